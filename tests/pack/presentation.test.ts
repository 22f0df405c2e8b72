import { describe, expect, test } from 'vitest';
import { formatCount } from '../../src/editorial/pack/presentation.ts';

describe('formatCount', () => {
  // French digit groups take a narrow no-break space, never an apostrophe or a space a line could break at.
  test.each([
    [{ used: 182, limit: 280, unit: 'weighted' }, '182 / 280 caractères pondérés'],
    [{ used: 344, limit: 63_206, unit: 'characters' }, '344 / 63\u202f206 caractères'],
    [{ used: 1_250, limit: 3_000, unit: 'graphemes' }, '1\u202f250 / 3\u202f000 caractères'],
  ] as const)('%o is written %s', (count, written) => expect(formatCount(count)).toBe(written));
});
