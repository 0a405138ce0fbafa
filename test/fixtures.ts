/**
 * Sample items of the values, shared by the tests: one stakeholder of the circle and one group of
 * the ladder, each with every field, to override where a test needs something else.
 */

/** A moment the samples were written at. */
export const T = '2026-11-20T10:00:00.000Z';

/** Mevrouw Claeys, involved, from care, in the inner ring; nothing else set. */
export const stakeholder = <O extends object>(over: O = {} as O) => ({
  id: 's1',
  name: 'Mevrouw Claeys',
  ring: 'person',
  sector: 'care',
  involvement: 'involved',
  level: null as string | null,
  hardToReach: false,
  expert: false,
  note: '',
  ...over,
});

/** Buren, taking part directly, from Informeren to Adviseren. */
export const group = <O extends object>(over: O = {} as O) => ({
  id: 'g1',
  name: 'Buren',
  current: 'inform' as string | null,
  target: 'advise' as string | null,
  mode: 'direct',
  note: '',
  representative: '',
  feedback: '',
  ...over,
});
