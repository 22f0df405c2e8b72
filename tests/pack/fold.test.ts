import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/editorial/icalendar.ts';

const octets = (line: string) => new TextEncoder().encode(line).length;

describe('fold (RFC 5545 §3.1)', () => {
  it.each([
    ['short ASCII', 'SUMMARY:Jambes lourdes'],
    ['long ASCII', `DESCRIPTION:${'a'.repeat(200)}`],
    ['accents across a boundary', `DESCRIPTION:${'é'.repeat(100)}`],
    ['emoji across a boundary', `DESCRIPTION:${'x'.repeat(62)}${'👩‍⚕️'.repeat(10)}`],
    ['exactly 75 octets', `X:${'b'.repeat(73)}`],
  ])('%s: lines of at most 75 octets that unfold to the original', (_, line) => {
    const folded = fold(line);
    expect(folded.split('\r\n').every((part) => octets(part) <= 75)).toBe(true);
    expect(folded.replaceAll('\r\n ', '')).toBe(line);
  });

  it('leaves a line of 75 octets whole and folds one of 76', () => {
    expect(fold(`X:${'b'.repeat(73)}`)).not.toContain('\r\n');
    expect(fold(`X:${'b'.repeat(74)}`).split('\r\n')).toHaveLength(2);
  });

  it('holds for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const folded = fold(text);
        return folded.split('\r\n').every((part) => octets(part) <= 75) && folded.replaceAll('\r\n ', '') === text;
      }),
    );
  });
});
