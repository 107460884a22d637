/**
 * The date finder on long and pathological texts: a 256K run of one letter, of digits, of
 * spaces, alternations. It must still find the date that follows, and say "none" where there
 * is none. Its cost is bounded by the regex-safety test (recheck proves every pattern linear);
 * here the real function runs on the inputs that used to take seconds to minutes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findFirstDate } from '../../src/main/import/find-date';

const LONG = 262_144;
const runs = fc.constantFrom('y', 'ж', 'ա', '1', ' ', '\t', '\n', 'a1', 'May ', '1 May ', 'a ', '1.', '-', ',');

describe('findFirstDate on pathological text', () => {
  it('finds the date after a 256K run, and none without one', () => {
    fc.assert(
      fc.property(runs, fc.constantFrom('25 July 2024', 'July 25, 2024', '25.07.2024', '2024-07-25'), (unit, date) => {
        const run = unit.repeat(Math.ceil(LONG / unit.length));
        expect(findFirstDate(`Title\n\n${run}`)).toBe(null);
        expect(findFirstDate(`${run}.\n${date}.`)).toBe('2024-07-25');
      }),
      { numRuns: 30 },
    );
  }, 120_000);

  it('reads dates written in the archive styles, whatever precedes them', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (noise) => {
        const clean = noise.replace(/[\p{L}\p{N}]/gu, ' ');
        expect(findFirstDate(`${clean} 12 марта 2024 г.`)).toBe('2024-03-12');
        expect(findFirstDate(`${clean}\nYerevan, 3 June 2024 —`)).toBe('2024-06-03');
      }),
    );
  });
});
