import { graphemeCount, graphemes, linkCount } from './textMeasures.ts';

export const ELLIPSIS = '…';

export interface Shortened {
  text: string;
  truncated: boolean;
}

export interface ShortenOptions {
  /** The network's limit, for `hopelessTail`. */
  ceiling?: number;
  /**
   * About how many UTF-16 units of the text fit: where the search starts, so that `fits` is asked twice or so
   * instead of a dozen times. A guess: the answer does not depend on it.
   */
  room?: number;
}

// Punctuation that reads badly right before "…" ("consulter,…").
const TRAILING = /[\s,;:]+$/u;
// Tokens that may be links or mentions, which some networks count shorter than written.
const MAYBE_SHORTER = /[@./]/;
// Sticky, and walked with exec: splitting on a capture group is V8's slow path (100 µs for a 480-character post).
const WORD_OR_SPACE = /\s+|\S+/y;
const SPACE = /\s/;

/**
 * The start of `text` beyond which nothing can fit under `ceiling`, since every network counts at least one per
 * grapheme outside links and mentions. Counting a long text is slow (twitter-text on 10,000 characters takes tens of
 * milliseconds), so the search below only ever looks at this start plus one word.
 */
export function hopelessTail(text: string, ceiling: number): string | undefined {
  // A text has no more graphemes than UTF-16 units: a short one always has a chance.
  if (text.length <= ceiling) return undefined;
  let least = 0;
  WORD_OR_SPACE.lastIndex = 0;
  for (let match = WORD_OR_SPACE.exec(text); match; match = WORD_OR_SPACE.exec(text)) {
    const token = match[0];
    least += SPACE.test(token.charAt(0)) || MAYBE_SHORTER.test(token) ? 1 : graphemeCount(token);
    if (least > ceiling) return text.slice(0, WORD_OR_SPACE.lastIndex);
  }
  return undefined;
}

/** Words at even indices, the whitespace between them at odd ones, for a text that starts with a word. */
function wordsAndSpaces(text: string): string[] {
  const tokens: string[] = [];
  WORD_OR_SPACE.lastIndex = 0;
  for (let match = WORD_OR_SPACE.exec(text); match; match = WORD_OR_SPACE.exec(text)) tokens.push(match[0]);
  return tokens.length === 0 ? [''] : tokens;
}

/**
 * The longest start of `text` that `fits`, cut after a whole word and ended with "…".
 * A word is cut between graphemes only when it could never fit whole; a link is never cut, only left out.
 * `fits` must be monotone: what fits stays fitting when shortened (true of every network counter).
 */
export function shortenToFit(
  text: string,
  fits: (candidate: string) => boolean,
  options: ShortenOptions = {},
): Shortened {
  const trimmed = text.trim();
  const start = hopelessTail(trimmed, options.ceiling ?? Infinity);
  if (start === undefined && fits(trimmed)) return { text: trimmed, truncated: false };
  const tokens = wordsAndSpaces(start ?? trimmed);
  const wordCount = (tokens.length + 1) / 2;
  const stem = (words: number) =>
    tokens
      .slice(0, Math.max(0, words * 2 - 1))
      .join('')
      .replace(TRAILING, '');
  const withEllipsis = (kept: string) => (kept === '' ? '' : kept + ELLIPSIS);

  const words = largest(
    wordCount - 1,
    (n) => stem(n) !== '' && fits(withEllipsis(stem(n))),
    wordsWithin(tokens, options.room),
  );
  const next = tokens[words * 2] ?? '';
  if (linkCount(next) > 0 || fits(next + ELLIPSIS)) return { text: withEllipsis(stem(words)), truncated: true };

  // The next word is longer than any room it could get: show as much of it as fits, between graphemes.
  const before = tokens.slice(0, words * 2).join('');
  const parts = graphemes(next);
  const kept = largest(parts.length - 1, (n) => fits(before + parts.slice(0, n).join('') + ELLIPSIS));
  return {
    text: kept === 0 ? withEllipsis(stem(words)) : before + parts.slice(0, kept).join('') + ELLIPSIS,
    truncated: true,
  };
}

/** How many whole words (tokens at even indices) and the ellipsis stay within `room` UTF-16 units: 1 without a room. */
function wordsWithin(tokens: string[], room: number | undefined): number {
  if (room === undefined) return 1;
  let length = ELLIPSIS.length;
  let words = 0;
  for (let index = 0; index < tokens.length; index += 2) {
    length += tokens[index]!.length + (index > 0 ? tokens[index - 1]!.length : 0);
    if (length > room) break;
    words += 1;
  }
  return Math.max(words, 1);
}

/**
 * The largest n in 0…max with ok(n) for a monotone `ok`, 0 when none. Gallops from `guess` (up while ok holds,
 * down while it fails), then bisects: a good guess costs two calls to `ok`, each of which may count a whole post.
 */
function largest(max: number, ok: (n: number) => boolean, guess = 1): number {
  if (max < 1) return 0;
  let low = 0;
  let high = max;
  const start = Math.min(guess, max);
  if (ok(start)) {
    low = start;
    let step = 1;
    while (low + step <= max && ok(low + step)) {
      low += step;
      step *= 2;
    }
    high = Math.min(max, low + step - 1);
  } else {
    let failed = start;
    let step = 1;
    while (failed - step >= 1) {
      if (ok(failed - step)) {
        low = failed - step;
        break;
      }
      failed -= step;
      step *= 2;
    }
    high = failed - 1;
  }
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (ok(mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}
