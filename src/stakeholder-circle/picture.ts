/**
 * The picture: the rings around the theme, the sectors as wedges, a dot per stakeholder (or a count
 * where a cell is full), the legend, and the help for the keyboard and for touch. Who sits where
 * comes from the layout; focus and moving come from the MoveController.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { INVOLVEMENT_TEXT, RINGS, RING_TEXT, type RingId, type Sector } from '../content/circle.js';
import { CENTRE, NODE_R, RADII, VIEW, layoutCircle, polar, sectorLabel, wrap } from './layout.js';
import { ACCENT, INK, LINE, RING_FILL, legendKeys } from './marks.js';
import type { MoveController } from './move-controller.js';
import type { CircleValue } from './value.js';

const VIEW_BOX = `${VIEW.x} ${VIEW.y} ${VIEW.width} ${VIEW.height}`;

/** A cell in words: "Informeel netwerk, Welzijn". */
export function placeName(ring: RingId, sector: string, sectors: readonly Sector[]): string {
  return `${RING_TEXT[ring].name()}, ${sectors.find((x) => x.id === sector)?.name ?? sector}`;
}

/** Where someone is, as a sentence: "Buurtwerker: Informeel netwerk, Welzijn." */
export function placeSentence(name: string, ring: RingId, sector: string, sectors: readonly Sector[]): string {
  return msg(str`${name}: ${placeName(ring, sector, sectors)}.`, { id: 'circle.where' });
}

/** The picture, with its caption and help; `moves` holds its focus and what is being moved. */
export function renderPicture(
  value: CircleValue,
  sectors: readonly Sector[],
  editable: boolean,
  moves: MoveController,
): TemplateResult {
  const { theme, stakeholders } = value;
  const { nodes, summaries } = layoutCircle(
    stakeholders,
    sectors.map((s) => s.id),
  );
  // Everything focusable in the picture, in reading order: a stakeholder by id, a summary by its cell.
  const keys = [...nodes.map((n) => n.id), ...summaries.map((m) => `sum:${m.ring}:${m.sector}`)];
  const focus = moves.tabStop(keys);
  const byId = new Map(stakeholders.map((s) => [s.id, s]));
  const span = (2 * Math.PI) / sectors.length;
  const legend = legendKeys(false).map(
    ([mark, text]) =>
      html`<span class="key"><svg class="mark" viewBox="-10 -10 20 20" aria-hidden="true">${mark}</svg>${text}</span>`,
  );
  const label = msg(str`Cirkel van betrokkenen. Thema: ${theme || '…'}.`, { id: 'circle.picture.label' });
  // A pointer pressed on a stakeholder is followed by `moves` itself (an event listener object).
  return html`<figure class="picture" part="picture">
    <svg
      viewBox=${VIEW_BOX}
      role="group"
      aria-label=${label}
      aria-describedby="picture-help"
      @keydown=${(e: KeyboardEvent) => keys.length && moves.handleKeydown(e, keys)}
      @pointermove=${moves}
      @pointerup=${moves}
      @pointercancel=${moves}
    >
      ${[...RINGS]
        .reverse()
        .map((r) => svg`<circle cx=${CENTRE} cy=${CENTRE} r=${RADII[r][1]} fill=${RING_FILL[r]} stroke=${LINE} />`)}
      <circle cx=${CENTRE} cy=${CENTRE} r=${RADII.centre[1]} fill="#ffffff" stroke=${ACCENT} stroke-width="2" />
      ${
        sectors.length > 1
          ? sectors.map((_, i) => {
              const a = polar(RADII.centre[1], i * span);
              const b = polar(RADII.formal[1], i * span);
              return svg`<line x1=${a.x} y1=${a.y} x2=${b.x} y2=${b.y} stroke=${LINE} />`;
            })
          : nothing
      }
      ${sectors.map((s, i) => {
        const { x, y, anchor, lines } = sectorLabel(s.name, i, sectors.length);
        // On the page's background, outside the rings: in the page's text colour (forced colours too).
        return svg`<text x=${x} y=${y} text-anchor=${anchor} font-size="12" font-weight="700" fill="currentColor"
          aria-hidden="true">${lines.map((l, n) => svg`<tspan x=${x} dy=${n ? 14 : 0}>${l}</tspan>`)}</text>`;
      })}
      ${wrap(theme || msg('Thema', { id: 'circle.theme.short' }), 15, 3).map(
        (line, i, all) =>
          svg`<text x=${CENTRE} y=${CENTRE + 5 + (i - (all.length - 1) / 2) * 16} text-anchor="middle" font-size="13"
            font-weight="700" fill=${INK} aria-hidden="true">${line}</text>`,
      )}
      ${nodes.map((n) => {
        const s = byId.get(n.id)!;
        const moving = moves.pickedUp === n.id;
        const desc = `${placeSentence(s.name, s.ring, s.sector, sectors)} ${INVOLVEMENT_TEXT[s.involvement]()}.${
          s.hardToReach ? ` ${msg('Moeilijk bereikbaar.', { id: 'circle.hard-to-reach.short' })}` : ''
        }${s.expert ? ` ${msg('Ervaringsdeskundige.', { id: 'circle.expert.short' })}` : ''}`;
        return svg`<g class="node ${moving ? 'moving' : ''}" tabindex=${n.id === focus ? 0 : -1}
          role="button" aria-label=${desc} aria-pressed=${moving ? 'true' : 'false'}
          @focus=${() => moves.handleFocus(n.id)}
          @pointerdown=${(e: PointerEvent) => moves.handlePointerdown(e, n.id)}>
          <circle cx=${n.x} cy=${n.y - 5} r=${NODE_R}
            fill=${s.involvement === 'involved' ? ACCENT : '#ffffff'} stroke=${ACCENT} stroke-width="2"
            stroke-dasharray=${s.involvement === 'not-involved' ? '3 2' : nothing} />
          ${s.hardToReach ? svg`<circle cx=${n.x + 10} cy=${n.y - 9} r="4.5" fill="#a4161a" stroke="#ffffff" stroke-width="1.5" />` : nothing}
        </g>`;
      })}
      <g aria-hidden="true">
        ${nodes.map(
          (n) => svg`<text x=${n.x} y=${n.y + 12} text-anchor="middle" font-size="11" fill=${INK}>${n.label}</text>`,
        )}
      </g>
      ${summaries.map((m) => {
        const key = `sum:${m.ring}:${m.sector}`;
        const names = m.ids.map((id) => byId.get(id)?.name ?? '');
        const shown = names.slice(0, 8).join(', ') + (names.length > 8 ? ` …` : '');
        const desc = msg(str`${placeName(m.ring, m.sector, sectors)}: ${m.ids.length} betrokkenen (${shown})`, {
          id: 'circle.summary',
        });
        return svg`<g class="summary" tabindex=${key === focus ? 0 : -1} role="img" aria-label=${desc}
          @focus=${() => moves.handleFocus(key)}>
          <circle cx=${m.x} cy=${m.y} r="16" fill="#ffffff" stroke=${ACCENT} stroke-width="3" />
          ${
            m.ids.some((id) => byId.get(id)?.hardToReach)
              ? svg`<circle cx=${m.x + 14} cy=${m.y - 13} r="4.5" fill="#a4161a" stroke="#ffffff" stroke-width="1.5" />`
              : nothing
          }
          <text x=${m.x} y=${m.y + 5} text-anchor="middle" font-size="14" font-weight="700" fill=${INK} aria-hidden="true">${m.ids.length}</text>
        </g>`;
      })}
    </svg>
    <figcaption>
      <span class="keys">${legend.slice(0, 3)}</span>
      <span class="keys">${legend.slice(3)}</span>
    </figcaption>
    ${
      editable
        ? html`<p class="help touch-help">
            ${msg('Tik op een betrokkene om de naam, de ring of de sector te wijzigen.', { id: 'circle.touch' })}
          </p>`
        : nothing
    }
    <p id="picture-help" class="help">
      ${
        editable
          ? msg(
              'Met het toetsenbord: pijltjes om van betrokkene naar betrokkene te gaan, Enter om vast te pakken, pijltjes om te verplaatsen (op en neer: ring, links en rechts: sector), Enter om neer te zetten, Escape om terug te zetten. Of sleep met de muis.',
              { id: 'circle.keys' },
            )
          : msg('Pijltjes om van betrokkene naar betrokkene te gaan.', { id: 'circle.keys.readonly' })
      }
    </p>
  </figure>`;
}
