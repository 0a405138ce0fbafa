/**
 * The introduction at the start of the tool: what it is, why, and for whom (seed 000, part 3 "Wat /
 * Waarom / Wie"), in a few plain sentences a returning team can fold away.
 */
import { msg } from '@lit/localize';
import { css, html, type TemplateResult } from 'lit';

/** The introduction, `open` or folded; `toggled` hears the user open or fold it. */
export function renderIntro(open: boolean, toggled: (open: boolean) => void): TemplateResult {
  return html`<details
    class="about"
    part="intro"
    ?open=${open}
    @toggle=${(e: Event) => toggled((e.target as HTMLDetailsElement).open)}
  >
    <summary>${msg('Over deze tool', { id: 'tool.about' })}</summary>
    <dl>
      <dt>${msg('Wat?', { id: 'tool.about.what' })}</dt>
      <dd>
        ${msg(
          'Een hulpmiddel om samen met iedereen die ertoe doet een project of actie uit te werken: wie is betrokken, hoe sterk, en wat doen we om dat te versterken?',
          { id: 'tool.about.what.text' },
        )}
      </dd>
      <dt>${msg('Waarom?', { id: 'tool.about.why' })}</dt>
      <dd>
        ${msg(
          'Om de juiste mensen rond de tafel te krijgen, ook wie moeilijk te bereiken is. Zo groeit het draagvlak en slaagt het project beter.',
          { id: 'tool.about.why.text' },
        )}
      </dd>
      <dt>${msg('Voor wie?', { id: 'tool.about.who' })}</dt>
      <dd>
        ${msg(
          'Voor iedereen die een project of actie uitwerkt. Vul de tool samen in: met de partners en met de mensen om wie het gaat.',
          { id: 'tool.about.who.text' },
        )}
      </dd>
    </dl>
  </details>`;
}

export const introStyles = css`
  .about {
    margin-block: 0.5rem 1rem;
    padding: 0 0.75rem;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface-alt);
  }
  .about summary {
    min-height: 2.75rem;
    display: flex;
    align-items: center;
    cursor: pointer;
    font-weight: 600;
  }
  .about dt {
    font-weight: 600;
  }
  .about dd {
    margin: 0 0 0.5rem;
  }
`;
