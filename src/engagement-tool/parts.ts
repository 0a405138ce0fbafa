/**
 * The parts inside the tool's three parts, exported from the tool under the part's name with a
 * prefix (`picture` of the circle is `circle-picture`), so that a page can style them:
 * `elz-engagement-tool::part(ladder-group)`. Only parts that show inside the tool are listed (the
 * tool has the actions bar; the ladder adds no groups there; the wizard's steps are the tool's).
 * Custom properties need no such list: set on the tool, they reach every part.
 */
const exported = (prefix: string, parts: readonly string[]) => parts.map((p) => `${p}:${prefix}-${p}`).join(', ');

const SHARED = ['base', 'heading', 'status', 'notice'];

export const CIRCLE_PARTS = exported('circle', [
  ...SHARED,
  'picture',
  'hints',
  'counts',
  'list',
  'editor',
  'suggestions',
]);
export const LADDER_PARTS = exported('ladder', [...SHARED, 'picture', 'explanation', 'group', 'guidance']);
export const WIZARD_PARTS = exported('wizard', [...SHARED, 'phase', 'question', 'guidance']);
