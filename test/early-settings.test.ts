/**
 * A page (or a framework) may set the value and the sectors before the script has loaded. The value
 * may use the page's own sectors: it must be checked against them, whatever order they were set in.
 */
import { expect } from '@open-wc/testing';
import '../src/stakeholder-circle/define.js';
import '../src/engagement-tool/define.js';
import { defineElement } from '../src/core/define.js';
import { ElzStakeholderCircle } from '../src/stakeholder-circle/stakeholder-circle.js';
import { ElzEngagementTool } from '../src/engagement-tool/engagement-tool.js';
import { emptyCircle, type CircleValue } from '../src/stakeholder-circle/value.js';
import { emptyTool, type ToolValue } from '../src/engagement-tool/value.js';
import { stakeholder } from './fixtures.js';
import { collectErrorCodes, freshTag } from './helpers.js';

const sectors = [{ id: 'school', name: { nl: 'Onderwijs', fr: 'Enseignement' } }];
const circle = () => ({ ...emptyCircle(), stakeholders: [stakeholder({ sector: 'school' })] });

const cases = [
  {
    tag: 'elz-stakeholder-circle',
    ctor: ElzStakeholderCircle,
    value: circle,
    names: (v: unknown) => (v as CircleValue).stakeholders,
  },
  {
    tag: 'elz-engagement-tool',
    ctor: ElzEngagementTool,
    value: () => ({ ...emptyTool(), circle: circle() }),
    names: (v: unknown) => (v as ToolValue).circle.stakeholders,
  },
] as const;

type Early = HTMLElement & { value: unknown; sectors: unknown; updateComplete: Promise<boolean> };

/**
 * An element of a fresh name with what `set` gave it before its code was defined, then defined: in
 * the page, or (`connect` false) upgraded outside it.
 */
function beforeUpgrade(c: (typeof cases)[number], set: (early: Early) => void, connect = true) {
  const tag = freshTag(c.tag);
  const early = document.createElement(tag) as Early;
  early.setAttribute('storage', 'none');
  set(early);
  const errors = collectErrorCodes();
  if (connect) document.body.append(early);
  defineElement(tag, class extends (c.ctor as unknown as typeof HTMLElement) {} as CustomElementConstructor);
  if (!connect) customElements.upgrade(early);
  return { early, errors, done: () => (errors.stop(), early.remove()) };
}

for (const c of cases) {
  describe(`${c.tag}: value and sectors set before the upgrade`, () => {
    for (const order of ['value first', 'sectors first']) {
      it(`takes a value in the page's own sectors (${order})`, async () => {
        const { early, errors, done } = beforeUpgrade(c, (e) => {
          if (order === 'value first') {
            e.value = c.value();
            e.sectors = sectors;
          } else {
            e.sectors = sectors;
            e.value = c.value();
          }
        });
        try {
          await early.updateComplete;
          expect(errors.codes).to.deep.equal([]);
          expect(c.names(early.value).map((s) => s.sector)).to.deep.equal(['school']);
          expect(early.sectors).to.deep.equal(sectors);
        } finally {
          done();
        }
      });
    }

    it('reads the value at once after the upgrade, before the element is in the page', () => {
      const { early, done } = beforeUpgrade(
        c,
        (e) => {
          e.value = c.value();
          e.sectors = sectors;
        },
        false,
      );
      expect(c.names(early.value)).to.have.length(1);
      done();
    });

    it('still refuses, and reports once in the page, a value in sectors the page did not set', async () => {
      const { early, errors, done } = beforeUpgrade(c, (e) => (e.value = c.value()));
      try {
        await early.updateComplete;
        expect(errors.codes).to.deep.equal(['invalid-value']);
        expect(c.names(early.value)).to.deep.equal([]);
      } finally {
        done();
      }
    });
  });
}
