/**
 * The words every element shares: errors, save status, storage notes, common buttons.
 * Call these at render or event time, so they come in the page's current language.
 */
import { msg, str } from '@lit/localize';
import type { ElzErrorCode } from './events.js';
import { LIMITS, ValidationError, short, type Problem } from './schema.js';
import type { SaveStatus, StorageArea } from './persistence.js';

/**
 * User text inside a sentence of ours, set apart for the bidirectional algorithm (first-strong
 * isolate … pop directional isolate): a right-to-left name, or one with a stray override, cannot
 * turn the rest of the sentence around.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;

function reason(where: string, p: Problem): string {
  const path = short(where, 80);
  switch (p.kind) {
    case 'not-json':
      return msg('dit is geen bestand van deze tool.', { id: 'core.reason.not-json' });
    case 'too-large':
      return msg(str`dit is groter dan ${Math.round(LIMITS.bytes / 1024)} kB.`, { id: 'core.reason.too-large' });
    case 'schema':
      return msg('dit hoort bij een ander onderdeel van de tool.', { id: 'core.reason.schema' });
    case 'newer-version':
      return msg('dit komt uit een nieuwere versie van deze tool.', { id: 'core.reason.newer' });
    case 'too-long':
      return msg(str`een tekst is langer dan ${p.max} tekens (bij ${path}).`, { id: 'core.reason.too-long' });
    case 'too-many':
      return msg(str`er staan meer dan ${p.max} onderdelen in (bij ${path}).`, { id: 'core.reason.too-many' });
    case 'one-of': {
      // The unknown id itself, so that the user can find it in the file (shown as text only).
      return msg(str`"${short(p.got)}" is hier geen geldige keuze (bij ${path}).`, { id: 'core.reason.one-of' });
    }
    case 'in-use':
      return msg(str`"${short(p.id)}" ontbreekt, maar is nog in gebruik (bij ${path}).`, { id: 'core.reason.in-use' });
    case 'required':
      return path === 'schema'
        ? msg('er staat niet in van welk onderdeel van de tool dit is.', { id: 'core.reason.no-schema' })
        : msg(str`er ontbreekt iets (bij ${path}).`, { id: 'core.reason.required' });
    default:
      return path
        ? msg(str`een veld klopt niet (bij ${path}).`, { id: 'core.reason.field' })
        : msg('de gegevens kloppen niet.', { id: 'core.reason.data' });
  }
}

/** A refusal that says why itself, in the user's words (a share link's: its module loads on demand). */
const ownReason = (cause: unknown): string | null =>
  cause instanceof Error && typeof (cause as { reason?: unknown }).reason === 'function'
    ? (cause as Error & { reason(): string }).reason()
    : null;

/** The user's sentence for an `elz-error`, in the current language. */
export function errorMessage(code: ElzErrorCode, cause?: unknown): string {
  const why =
    cause instanceof ValidationError
      ? reason(cause.path, cause.problem)
      : (ownReason(cause) ?? msg('de gegevens kloppen niet.', { id: 'core.reason.data' }));
  switch (code) {
    case 'invalid-value':
      return msg(str`Deze gegevens kunnen niet gebruikt worden: ${why} Er is niets veranderd.`, {
        id: 'core.error.invalid-value',
      });
    case 'invalid-import':
      return msg(str`Dit bestand kan niet gebruikt worden: ${why} Er is niets veranderd.`, {
        id: 'core.error.invalid-import',
      });
    case 'invalid-link':
      return msg(str`Deze link kan niet gebruikt worden: ${why} Er is niets veranderd.`, {
        id: 'core.error.invalid-link',
      });
    case 'edit-refused':
      return cause instanceof ValidationError && cause.problem.kind === 'too-large'
        ? msg(
            str`Deze wijziging is niet gedaan: het werk zou groter worden dan ${Math.round(LIMITS.bytes / 1024)} kB, en dan kan het niet meer bewaard worden. Maak een tekst korter, of download een kopie en begin een nieuw bestand.`,
            { id: 'core.error.edit-too-large' },
          )
        : msg(str`Deze wijziging kan niet bewaard worden: ${why} Er is niets veranderd.`, {
            id: 'core.error.edit-refused',
          });
    case 'storage-unavailable':
      return msg(
        'Deze browser laat niet toe om uw werk op te slaan. U kunt verder werken, maar download een kopie voor u de pagina sluit.',
        { id: 'core.error.storage-unavailable' },
      );
    case 'storage-full':
      return msg(
        'De opslag van deze browser is vol. Uw laatste wijzigingen zijn niet bewaard. Download een kopie om ze te houden.',
        { id: 'core.error.storage-full' },
      );
    case 'storage-unreadable':
      return cause === 'another-tab'
        ? msg(
            'Een ander tabblad bewaarde hier gegevens die deze pagina niet kan lezen, bijvoorbeeld van een nieuwere versie. We hebben ze apart gezet: u kunt ze downloaden. Uw werk hier blijft staan.',
            { id: 'core.error.storage-unreadable.tab' },
          )
        : cause === 'another-element'
          ? msg(
              'Een ander onderdeel op deze pagina bewaart zijn werk onder dezelfde naam. Dat werk is hier niet overgenomen. Meld dit aan de beheerder van de website.',
              { id: 'core.error.storage-unreadable.element' },
            )
          : msg(
              'We vonden opgeslagen gegevens die we niet kunnen lezen. We hebben ze apart gezet en zijn opnieuw begonnen. U kunt ze downloaden.',
              { id: 'core.error.storage-unreadable' },
            );
    case 'storage-conflict':
      return msg(
        'Dit werk werd tegelijk in een ander tabblad gewijzigd. We hebben beide wijzigingen samengevoegd. Waar u allebei hetzelfde anders invulde, bleef de versie van dit tabblad staan. De andere versie is apart gezet: u kunt ze downloaden.',
        { id: 'core.error.storage-conflict' },
      );
  }
}

/** A short line for the live region: what happens to the user's work right now. */
export function statusMessage(status: SaveStatus): string {
  switch (status) {
    case 'saved':
    case 'pending':
      return msg('Opgeslagen in deze browser.', { id: 'core.status.saved' });
    case 'unavailable':
    case 'full':
      return msg('Niet opgeslagen. Download een kopie om uw werk te houden.', { id: 'core.status.unsaved' });
    default:
      return '';
  }
}

/** What the user should know about where the work is kept. */
export function storageNote(area: StorageArea): string {
  switch (area) {
    case 'local':
      return msg(
        'Uw werk blijft alleen in deze browser, op dit toestel. Download een kopie om het te bewaren of te delen.',
        {
          id: 'core.note.local',
        },
      );
    case 'session':
      return msg('Uw werk blijft bewaard tot u dit tabblad sluit. Handig op een gedeelde computer.', {
        id: 'core.note.session',
      });
    case 'none':
      return msg('Uw werk wordt niet opgeslagen. Download een kopie voor u deze pagina verlaat.', {
        id: 'core.note.none',
      });
  }
}

export const words = {
  download: () => msg('Kopie downloaden', { id: 'core.action.download' }),
  share: () => msg('Delen via een link', { id: 'share.action' }),
  open: () => msg('Bestand openen', { id: 'core.action.open' }),
  reset: () => msg('Opnieuw beginnen', { id: 'core.action.reset' }),
  forget: () => msg('Wissen op dit toestel', { id: 'core.action.forget' }),
  forgetConfirm: () =>
    msg('Alles van deze tool wissen uit deze browser? Dat kan niet ongedaan worden.', { id: 'core.forget.confirm' }),
  forgetYes: () => msg('Ja, alles wissen', { id: 'core.forget.yes' }),
  cancel: () => msg('Annuleren', { id: 'core.action.cancel' }),
  forgotten: () => msg('Alles is gewist uit deze browser.', { id: 'core.forget.done' }),
  undo: () => msg('Ongedaan maken', { id: 'core.action.undo' }),
  close: () => msg('Sluiten', { id: 'core.action.close' }),
  resetDone: () => msg('Alles is leeggemaakt.', { id: 'core.reset.done' }),
  importDone: () => msg('Het bestand is geopend.', { id: 'core.import.done' }),
  downloadAside: () => msg('Oude gegevens downloaden', { id: 'core.action.download-aside' }),
  savedAgain: () => msg('Het opslaan lukt weer. Alles is bewaard.', { id: 'core.status.saved-again' }),
  actions: () => msg('Bewaren en delen', { id: 'core.actions.label' }),
};
