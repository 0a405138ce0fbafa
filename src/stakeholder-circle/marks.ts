/**
 * The picture's marks: its colours, and the legend that says what each mark means. Colours are
 * attributes (not classes), so a downloaded picture looks the same on its own.
 */
import { msg } from '@lit/localize';
import { nothing, svg, type SVGTemplateResult } from 'lit';
import { INVOLVEMENT_TEXT, RINGS, RING_TEXT, type RingId } from '../content/circle.js';

export const INK = '#1d2a33';
export const ACCENT = '#005a70';
/** Darker inwards, a step apart each, so the legend's swatches tell the rings apart. */
export const RING_FILL: Record<RingId, string> = { person: '#bcd9e3', informal: '#dcebf0', formal: '#f7fafb' };
/** Ring edges and sector lines: 3:1 or more against every ring. */
export const LINE = '#687884';

/**
 * What the picture's marks mean: the rings inside out, then the dots. One list for the caption on
 * screen and the legend drawn into a download, so both show the picture's own marks (drawn
 * around 0,0, within 10 units), colours as attributes.
 */
export function legendKeys(exported: boolean): Array<[SVGTemplateResult, string]> {
  const dot = (fill: string, dash?: string) =>
    svg`<circle r="7" fill=${fill} stroke=${ACCENT} stroke-width="2" stroke-dasharray=${dash ?? nothing} />`;
  return [
    ...RINGS.map((r): [SVGTemplateResult, string] => [
      svg`<rect x="-8" y="-8" width="16" height="16" fill=${RING_FILL[r]} stroke=${LINE} />`,
      RING_TEXT[r].name(),
    ]),
    [dot(ACCENT), INVOLVEMENT_TEXT.involved()],
    [dot('#ffffff'), INVOLVEMENT_TEXT.planned()],
    [dot('#ffffff', '3 2'), INVOLVEMENT_TEXT['not-involved']()],
    [svg`<circle r="4.5" fill="#a4161a" />`, msg('Moeilijk bereikbaar', { id: 'circle.hard-to-reach' })],
    [
      svg`<circle r="9" fill="#ffffff" stroke=${ACCENT} stroke-width="2.5" />
        <text y="4" text-anchor="middle" font-size="11" font-weight="700" fill=${INK}>n</text>`,
      // A download has no list to point to.
      exported
        ? msg('Aantal betrokkenen op die plaats', { id: 'circle.many.count' })
        : msg('Meerdere: zie de lijst', { id: 'circle.many' }),
    ],
  ];
}
