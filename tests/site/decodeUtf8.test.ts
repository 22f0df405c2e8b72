import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../src/lib/decodeUtf8.ts';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

describe.each([
  ['plain UTF-8', bytes('- id: café\n'), { text: '- id: café\n' }],
  ['a byte-order mark, dropped', bytes([0xef, 0xbb, 0xbf], 'a: 1\n'), { text: 'a: 1\n' }],
  ['an empty file', bytes(), { text: '' }],
  ['a Latin-1 é on line 3', bytes('a: 1\nb: 2\nc: "caf', [0xe9], '"\n'), { invalidAt: { line: 3, col: 8 } }],
  ['a Latin-1 é after a byte-order mark', bytes([0xef, 0xbb, 0xbf], 'x', [0xe9]), { invalidAt: { line: 1, col: 2 } }],
  [
    'a replacement character written in the file, then a bad byte',
    bytes('a: "\uFFFD"\nb: "', [0xff], '"\n'),
    { invalidAt: { line: 2, col: 5 } },
  ],
  ['a character cut at the end of the file', bytes('é', [0xc3]), { invalidAt: { line: 1, col: 2 } }],
  ['a surrogate encoded as UTF-8 (CESU)', bytes('x', [0xed, 0xa0, 0x80]), { invalidAt: { line: 1, col: 2 } }],
])('decodeUtf8 of %s', (_, input, expected) => {
  it(`gives ${JSON.stringify(expected)}`, () => expect(decodeUtf8(input)).toEqual(expected));
});
