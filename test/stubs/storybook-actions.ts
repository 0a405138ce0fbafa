/** Stands in for `storybook/actions` when stories run in the test runner: records, logs nothing. */
export const calls: Array<{ name: string; args: unknown[] }> = [];
export const action =
  (name: string) =>
  (...args: unknown[]) => {
    calls.push({ name, args });
  };
