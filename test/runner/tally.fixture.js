// Known outcomes for test/runner/set-up.test.js: 4 passed, 5 failed, 3 skipped.
import { after, describe, it, test } from 'node:test';

test('passes', () => {});
test('fails', () => {
  throw new Error('as it should');
});
test('skipped by option', { skip: 'not here' }, () => {});
test('skipped from inside', (t) => t.skip('not now'));
test('to do', { todo: true }, () => {});
test('times out', { timeout: 50 }, () => new Promise((resolve) => setTimeout(resolve, 1000)));

describe('a suite whose body throws', () => {
  throw new Error('no cases registered');
});
describe('a suite whose after hook fails', () => {
  after(() => {
    throw new Error('cleaning up failed');
  });
  it('passes', () => {});
});
describe('a suite with a failing test', () => {
  it('passes', () => {});
  describe('inside', () => {
    it('fails', () => {
      throw new Error('one failure, not three');
    });
    it('passes', () => {});
  });
});
