/**
 * Examples of stakeholders, per ring and sector, so that a team does not start from a blank circle:
 * the kinds of people and organisations the seeds name (the clusters of the primary-care zone, seed
 * 000; adviesraden, mantelzorgcafé, gezondheidsambassadeurs, ervaringsdeskundigen, seed 001; WWOL
 * partners, seed 004; OCMW/CPAS, huisartsen, thuisverpleging, gezinszorg, geïntegreerd breed onthaal), and
 * the care and welfare services a Flemish or Brussels primary-care team works with (apothekers,
 * wijkgezondheidscentrum, de sociale dienst van het ziekenfonds).
 *
 * Loaded when the user opens the examples (`*.on-demand.ts`: a file of its own), so that neither a
 * page's first load nor a language switch pays for them. That is also why their names are data in
 * the four languages, here, and not messages: every message's translation is in the language's one
 * file, which a page loads as soon as it shows that language.
 */
import { msg, str } from '@lit/localize';
import { css, html, nothing, type TemplateResult } from 'lit';
import { INVOLVEMENT_TEXT, RINGS, RING_TEXT, type RingId, type Sector } from '../content/circle.js';
import { heading } from '../core/heading.js';
import { newId } from '../core/ids.js';
import { pick } from '../core/local-text.js';
import type { Locale } from '../core/locale.js';
import { LIMITS } from '../core/schema.js';
import type { Stakeholder } from './value.js';

export interface Suggestion {
  /** Stable, for tests and keys: never shown. */
  id: string;
  ring: RingId;
  /** One of the default sector ids: shown only when the page uses that sector. */
  sector: string;
  name: Record<Locale, string>;
  /** An expert by experience (ervaringsdeskundige). */
  expert?: true;
  /** A group the seeds count as hard to reach (alone, isolated). */
  hardToReach?: true;
}

const s = (
  id: string,
  ring: RingId,
  sector: string,
  nl: string,
  fr: string,
  en: string,
  de: string,
  marks: Pick<Suggestion, 'expert' | 'hardToReach'> = {},
): Suggestion => ({ id, ring, sector, name: { nl, fr, en, de }, ...marks });

/** Inside out, and per ring in the order of the default sectors. */
export const SUGGESTIONS: readonly Suggestion[] = [
  // The people it is about.
  s(
    'older-alone',
    'person',
    'care',
    'Oudere die alleen woont',
    'Personne âgée qui vit seule',
    'Older person who lives alone',
    'Ältere Person, die allein lebt',
    { hardToReach: true },
  ),
  s(
    'chronic-illness',
    'person',
    'care',
    'Persoon met een chronische ziekte',
    "Personne atteinte d'une maladie chronique",
    'Person with a chronic illness',
    'Person mit einer chronischen Krankheit',
  ),
  s(
    'poverty-expert',
    'person',
    'welfare',
    'Ervaringsdeskundige in armoede',
    'Expert du vécu en pauvreté',
    'Expert by experience in poverty',
    'Erfahrungsexpert*in für Armut',
    { expert: true },
  ),
  s('residents', 'person', 'wwol', 'Buurtbewoners', 'Habitants du quartier', 'Local residents', 'Anwohner*innen'),
  s(
    'peers',
    'person',
    'wwol',
    'Lotgenoten',
    'Pairs (personnes qui vivent la même situation)',
    'People in the same situation',
    'Menschen in derselben Lage',
  ),
  // Their informal network.
  s('carers', 'informal', 'care', 'Mantelzorgers', 'Aidants proches', 'Informal carers', 'Pflegende Angehörige'),
  s('carers-cafe', 'informal', 'care', 'Mantelzorgcafé', 'Café des aidants', "Carers' café", 'Angehörigen-Café'),
  s('volunteers', 'informal', 'welfare', 'Vrijwilligers', 'Bénévoles', 'Volunteers', 'Ehrenamtliche'),
  s(
    'health-ambassadors',
    'informal',
    'welfare',
    'Gezondheidsambassadeurs',
    'Ambassadeurs santé',
    'Health ambassadors',
    'Gesundheitsbotschafter*innen',
  ),
  s(
    'advisory-councils',
    'informal',
    'local-government',
    'Adviesraden (seniorenraad)',
    'Conseils consultatifs (conseil consultatif des aînés)',
    "Advisory councils (seniors' council)",
    'Beiräte (Seniorenbeirat)',
  ),
  s(
    'neighbours',
    'informal',
    'wwol',
    'Buren, buurtvereniging',
    'Voisins, association de quartier',
    'Neighbours, neighbourhood association',
    'Nachbarn, Nachbarschaftsverein',
  ),
  s(
    'associations',
    'informal',
    'wwol',
    'Verenigingen (cultuur, sport)',
    'Associations culturelles et sportives',
    'Clubs and associations (culture, sport)',
    'Vereine (Kultur, Sport)',
  ),
  // The formal network.
  s('gps', 'formal', 'care', 'Huisartsen', 'Médecins généralistes', 'GPs (family doctors)', 'Hausärzt*innen'),
  s(
    'home-nursing',
    'formal',
    'care',
    'Thuisverpleging',
    'Infirmiers à domicile',
    'Home nursing',
    'Häusliche Krankenpflege',
  ),
  s('pharmacists', 'formal', 'care', 'Apothekers', 'Pharmaciens', 'Pharmacists', 'Apotheker*innen'),
  s(
    'community-health-centre',
    'formal',
    'care',
    'Wijkgezondheidscentrum',
    'Maison médicale',
    'Community health centre',
    'Gemeinschaftspraxis (Wijkgezondheidscentrum)',
  ),
  s(
    'primary-care-zone',
    'formal',
    'care',
    'Eerstelijnszone',
    'Zone de première ligne / zone de soins',
    'Primary care zone',
    'Erstlinienzone',
  ),
  s(
    'family-care',
    'formal',
    'welfare',
    'Gezinszorg',
    'Aide à domicile (aides familiales)',
    'Family care (home help)',
    'Familienhilfe',
  ),
  s(
    'social-desk',
    'formal',
    'welfare',
    'Geïntegreerd breed onthaal',
    'Accueil social de première ligne',
    'Integrated social help desk',
    'Integrierte soziale Anlaufstelle',
  ),
  s('community-work', 'formal', 'welfare', 'Buurtwerk', 'Travail de quartier', 'Community work', 'Stadtteilarbeit'),
  s(
    'health-insurer',
    'formal',
    'welfare',
    'Ziekenfonds (sociale dienst)',
    'Mutualité (service social)',
    'Health insurance fund (social service)',
    'Krankenkasse (Sozialdienst)',
  ),
  s(
    'ocmw',
    'formal',
    'local-government',
    'OCMW',
    'CPAS',
    'Welfare centre (OCMW/CPAS)',
    'ÖSHZ (Öffentliches Sozialhilfezentrum)',
  ),
  s(
    'municipality',
    'formal',
    'local-government',
    'Stad of gemeente',
    'Commune',
    'City or municipality',
    'Stadt oder Gemeinde',
  ),
  s('schools', 'formal', 'wwol', 'Scholen', 'Écoles', 'Schools', 'Schulen'),
  s(
    'hospital',
    'formal',
    'second-line',
    'Ziekenhuis (sociale dienst)',
    'Hôpital (service social)',
    'Hospital (social work department)',
    'Krankenhaus (Sozialdienst)',
  ),
  s(
    'mental-health',
    'formal',
    'second-line',
    'Geestelijke gezondheidszorg',
    'Santé mentale',
    'Mental health care',
    'Psychische Gesundheitsversorgung',
  ),
];

const same = (a: string) => a.trim().toLocaleLowerCase();

/**
 * Whether the circle already has this suggestion: someone of the same name, in any of the four
 * languages (a bilingual team may have added it in the other one).
 */
export function isAdded(suggestion: Suggestion, stakeholders: readonly Stakeholder[]): boolean {
  const names = new Set(Object.values(suggestion.name).map(same));
  return stakeholders.some((x) => names.has(same(x.name)));
}

/** The suggestions for the sectors a page uses, in their order within each ring. */
export function suggestionsFor(sectors: readonly Sector[]): Suggestion[] {
  const order = sectors.map((x) => x.id);
  return SUGGESTIONS.filter((x) => order.includes(x.sector)).sort(
    (a, b) => RINGS.indexOf(a.ring) - RINGS.indexOf(b.ring) || order.indexOf(a.sector) - order.indexOf(b.sector),
  );
}

/** The stakeholder a suggestion adds: in its ring and sector, still to be contacted. */
export const stakeholderOf = (x: Suggestion, id: string): Stakeholder => ({
  id,
  name: pick(x.name)!,
  ring: x.ring,
  sector: x.sector,
  involvement: 'planned',
  level: null,
  hardToReach: !!x.hardToReach,
  expert: !!x.expert,
  note: '',
});

/** What the element does for the examples. */
export interface SuggestionActions {
  /** The stakeholders now (not those the examples were drawn with: two quick clicks must both count). */
  stakeholders(): readonly Stakeholder[];
  /** Adds a stakeholder, as a user's edit; false when refused (the user has been told why). */
  add(s: Stakeholder): boolean;
  announce(text: string): void;
}

/** A click on an example: adds it, or says why not. */
function choose(x: Suggestion, actions: SuggestionActions) {
  const name = pick(x.name)!;
  const stakeholders = actions.stakeholders();
  if (isAdded(x, stakeholders))
    actions.announce(msg(str`"${name}" staat al bij de betrokkenen.`, { id: 'circle.suggest.there' }));
  else if (stakeholders.length >= LIMITS.items)
    actions.announce(
      msg(str`U kunt niet meer dan ${LIMITS.items} betrokkenen toevoegen.`, {
        id: 'circle.form.full',
      }),
    );
  else if (actions.add(stakeholderOf(x, newId('s'))))
    actions.announce(msg(str`"${name}" is toegevoegd.`, { id: 'circle.form.added' }));
}

/**
 * The examples of the page's `sectors`, per ring: one button each, which adds it; one already in
 * the circle says so and adds nothing again. Headings at `level`.
 */
export function renderSuggestions(
  sectors: readonly Sector[],
  level: number,
  actions: SuggestionActions,
): TemplateResult {
  const list = suggestionsFor(sectors);
  const stakeholders = actions.stakeholders();
  const sectorName = (id: string) => sectors.find((x) => x.id === id)!.name;
  return html`<p class="help">
      ${msg(
        str`Kies een voorbeeld om het toe te voegen. Het komt in zijn ring en sector, als "${INVOLVEMENT_TEXT.planned()}". Daarna kunt u het wijzigen.`,
        { id: 'circle.suggest.help' },
      )}
    </p>
    ${RINGS.map((ring) => {
      const here = list.filter((x) => x.ring === ring);
      if (!here.length) return nothing;
      return html`${heading(level, RING_TEXT[ring].name())}
        <ul class="suggestions">
          ${here.map((x) => {
            const added = isAdded(x, stakeholders);
            return html`<li>
              <button type="button" aria-disabled=${added ? 'true' : 'false'} @click=${() => choose(x, actions)}>
                <span aria-hidden="true">${added ? '✓' : '+'}</span>
                <span class="text">
                  ${added ? nothing : html`<span class="visually-hidden">${msg('Toevoegen:', { id: 'circle.suggest.add' })}</span>`}
                  ${pick(x.name)}<span class="visually-hidden">,</span>
                  <span class="sector">${sectorName(x.sector)}</span>
                  ${added ? html`<span class="sector">${msg('Toegevoegd', { id: 'circle.suggest.added' })}</span>` : nothing}
                </span>
              </button>
            </li>`;
          })}
        </ul>`;
    })}`;
}

export const suggestionStyles = css`
  .suggestions {
    list-style: none;
    margin: 0 0 0.75rem;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .suggestions button {
    justify-content: flex-start;
    border-width: 1px;
    font-weight: 600;
    text-align: start;
  }
  .suggestions .text {
    display: grid;
  }
  .suggestions .sector {
    color: var(--_muted);
    font-size: 0.85em;
    font-weight: 400;
  }
  .suggestions [aria-disabled='true'] {
    border-style: dashed;
    cursor: default;
  }
`;
