/**
 * Every story, rendered as Storybook would and checked with axe: "zero axe violations in every
 * story" is guarded here, in CI, not only in the Storybook panel.
 */
import { expect, fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/engagement-tool/define.js'; // all four elements
import * as ladderStories from '../stories/participation-ladder.stories.js';
import * as wizardStories from '../stories/question-wizard.stories.js';
import * as circleStories from '../stories/stakeholder-circle.stories.js';
import * as toolStories from '../stories/engagement-tool.stories.js';
import { clearStorage, setPageLang, untilLoaded } from './helpers.js';

type StoryLike = {
  name?: string;
  args?: Record<string, unknown>;
  globals?: { locale?: string };
  render?: (args: Record<string, unknown>, context: unknown) => TemplateResult | HTMLElement;
  play?: (context: { canvasElement: HTMLElement; args: Record<string, unknown> }) => Promise<void> | void;
};

for (const [file, mod] of Object.entries({
  'participation-ladder': ladderStories,
  'question-wizard': wizardStories,
  'stakeholder-circle': circleStories,
  'engagement-tool': toolStories,
})) {
  const { default: meta, ...stories } = mod as unknown as Record<string, StoryLike>;
  describe(`stories: ${file}`, () => {
    beforeEach(clearStorage);
    after(() => setPageLang('nl'));

    it('its docs page says how the element reaches a page: the script tag, or its define.js', () => {
      const docs = (meta as { parameters?: { docs?: { description?: { component?: string } } } }).parameters?.docs
        ?.description?.component;
      expect(docs).to.include('How it reaches a page').and.include('`elz-widgets.js`');
      expect(docs).to.include(`\`elz-widgets/${file}/define.js\``);
    });

    for (const [exportName, story] of Object.entries(stories)) {
      it(`${story.name ?? exportName} renders, plays, passes axe and fits 320 px`, async () => {
        await setPageLang(story.globals?.locale ?? 'nl');
        const args = { ...meta.args, ...story.args };
        const render = story.render ?? meta.render!;
        const canvasElement = await fixture<HTMLElement>(document.createElement('div'));
        const content = render(args, { args, globals: story.globals ?? {} });
        if (content instanceof HTMLElement) canvasElement.append(content);
        else {
          const { render: litRender } = await import('lit');
          litRender(content, canvasElement);
        }
        // Every elz element in the story has rendered before play and axe.
        const elements = [...canvasElement.querySelectorAll('*')].filter((e) => e.localName.startsWith('elz-'));
        await Promise.all(
          elements.map((e) => (e as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete),
        );
        // …and shows what it loads when the user gets there (the tool's plan and report).
        for (const e of elements) await untilLoaded(e as HTMLElement & { updateComplete: Promise<unknown> });
        await story.play?.({ canvasElement, args });
        await expect(canvasElement).to.be.accessible();
        // At phone width nothing in the story, its event log included, makes the frame scroll sideways.
        canvasElement.style.width = '320px';
        await new Promise((r) => requestAnimationFrame(r));
        expect(canvasElement.scrollWidth).to.be.at.most(320);
      });
    }
  });
}
