const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');
const encoder = new TextEncoder();
const BOM = [0xef, 0xbb, 0xbf];
const REPLACEMENT = '\uFFFD';

/** A file's bytes as text, or the place of its first byte that is not UTF-8 (line and column from 1, as in YAML errors). */
export type DecodedText = { text: string } | { invalidAt: { line: number; col: number } };

/**
 * The text of a file written by a person: UTF-8, a leading byte-order mark dropped (Windows editors write one). Bytes
 * that are not UTF-8 (a file saved as Latin-1) are not text as written: instead of replacement characters in a post,
 * the place of the first one.
 */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
  try {
    return { text: strict.decode(bytes) };
  } catch {
    return { invalidAt: firstInvalidByte(bytes) };
  }
}

/** The first replacement character the lenient decoder made up, told apart from one written in the file (EF BF BD). */
function firstInvalidByte(bytes: Uint8Array): { line: number; col: number } {
  const text = lenient.decode(bytes);
  const skipped = BOM.every((byte, index) => bytes[index] === byte) ? BOM.length : 0;
  for (let index = text.indexOf(REPLACEMENT); index !== -1; index = text.indexOf(REPLACEMENT, index + 1)) {
    // Every character before this one was read from valid bytes, so it encodes back to exactly those bytes.
    const offset = skipped + encoder.encode(text.slice(0, index)).length;
    const written = bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd;
    if (written) continue;
    const lineStart = text.lastIndexOf('\n', index) + 1;
    return { line: text.slice(0, lineStart).split('\n').length, col: index - lineStart + 1 };
  }
  return { line: 1, col: 1 };
}
