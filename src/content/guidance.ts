/**
 * The partner's own guidance (PRODUCT.md §3): a host page adds, per rung of the ladder and per
 * phase of the questions, its own explanation and links to its methods — seed 003 asks which
 * tools can start a dialogue with residents; a partner knows its own. Its shape, its validation
 * and how it is shown. Host text is shown as text, never as markup; links go only to web pages.
 */
import { msg } from '@lit/localize';
import { css, html, nothing, type TemplateResult } from 'lit';
import { localText, pick, type LocalText } from '../core/local-text.js';
import { LIMITS, ValidationError, array, isBlank, object, string, toPlain, type Check } from '../core/schema.js';
import type { PhaseId } from './questions.js';
import { RUNG_IDS, type RungId } from './rungs.js';

/** A link to one of the partner's methods: its name, as a string or per language, and a web address. */
export interface GuidanceLink {
  label: LocalText;
  url: string;
}

/** What the partner says about one rung or phase: a few sentences, and links. */
export interface GuidanceEntry {
  text?: LocalText;
  links?: GuidanceLink[];
}

/** The partner's guidance: per rung id (the ladder) and per phase id (the questions). */
export interface Guidance {
  rungs?: Partial<Record<RungId, GuidanceEntry>>;
  phases?: Partial<Record<PhaseId, GuidanceEntry>>;
}

export const GUIDANCE_LIMITS = Object.freeze({
  /** A few sentences; more belongs on the partner's own page, behind a link. */
  text: 1000,
  links: 5,
  url: 2000,
});

// The wizard's phase ids, here so that the ladder's page does not load the questions for them (a test
// checks that they are the same).
const PHASE_IDS: readonly PhaseId[] = ['discover', 'understand', 'self-direction'];

const NOT_A_WEB_ADDRESS = { kind: 'type', expected: 'an https: or http: web address' } as const;

/**
 * A web page's address: absolute, `https:` or `http:`, without a user name or password. Anything
 * else — `javascript:`, `data:`, a relative path — is refused. What is kept is the address as the
 * browser reads it, so that the link goes exactly where the check looked.
 */
const webAddress: Check<string> = (v, path) => {
  const text = string(GUIDANCE_LIMITS.url)(v, path);
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    // Relative, or no address at all.
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.username || url.password || url.href.length > GUIDANCE_LIMITS.url)
    throw new ValidationError(path, NOT_A_WEB_ADDRESS);
  return url.href;
};

/** A link's name: shows something in every language it is given in (a link must say where it goes). */
const linkLabel: Check<LocalText> = (v, path) => {
  const label = localText(LIMITS.name)(v, path);
  const texts = typeof label === 'string' ? [label] : Object.values(label).filter((t) => t !== undefined);
  if (!texts.length || texts.some(isBlank)) throw new ValidationError(path, { kind: 'required' });
  return label;
};

const entry = object(
  {
    text: localText(GUIDANCE_LIMITS.text),
    links: array(object({ label: linkLabel, url: webAddress }), GUIDANCE_LIMITS.links),
  },
  { text: undefined, links: undefined },
);

/** An entry per id of `ids`, each optional; any other key is refused (a typo must not pass silently). */
const byId = (ids: readonly string[]) =>
  object(Object.fromEntries(ids.map((id) => [id, entry])), Object.fromEntries(ids.map((id) => [id, undefined])));

const guidance = object({ rungs: byId(RUNG_IDS), phases: byId(PHASE_IDS) }, { rungs: undefined, phases: undefined });

/**
 * Validates the guidance a host page passes (property or inline JSON), whole or not at all; null
 * or undefined is none.
 */
export function parseGuidance(input: unknown): Guidance | null {
  if (input === null || input === undefined) return null;
  return guidance(toPlain(input, 'guidance'), 'guidance') as Guidance;
}

/**
 * The partner's entry under `title`, shown as text with its links, or nothing when it has neither.
 * Links open in a new tab, without telling the partner's page where the user came from; their text
 * says so.
 */
export function renderGuidance(e: GuidanceEntry | undefined, title: string): TemplateResult | typeof nothing {
  const text = pick(e?.text);
  const links = e?.links ?? [];
  if (!text && !links.length) return nothing;
  return html`<div class="guidance" part="guidance">
    <p><strong>${title}</strong></p>
    ${text ? html`<p>${text}</p>` : nothing}
    ${
      links.length
        ? html`<ul>
            ${links.map(
              (l) =>
                html`<li>
                  <a href=${l.url} target="_blank" rel="noopener noreferrer"
                    >${pick(l.label)}
                    ${msg('(link van de organisatie achter deze pagina, opent in een nieuw tabblad)', { id: 'guidance.new-tab' })}</a
                  >
                </li>`,
            )}
          </ul>`
        : nothing
    }
  </div>`;
}

export const guidanceStyles = css`
  .guidance {
    margin-block: 0.5rem;
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    overflow-wrap: anywhere;
  }
  .guidance p {
    white-space: pre-line;
  }
  .guidance ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .guidance a {
    color: var(--_accent);
  }
`;
