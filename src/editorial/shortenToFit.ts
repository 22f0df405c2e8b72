import { graphemeCount, graphemes, linkCount } from './textMeasures.ts';

export const ELLIPSIS = '…';

export interface Shortened {
  text: string;
  truncated: boolean;
}

// Punctuation that reads badly right before "…" ("consulter,…").
const TRAILING = /[\s,;:]+$/u;
// Tokens that may be links or mentions, which some networks count shorter than written.
const MAYBE_SHORTER = /[@./]/;

/**
 * The start of `text` beyond which nothing can fit under `ceiling`, since every network counts at least one per
 * grapheme outside links and mentions. Counting a long text is slow (twitter-text on 10,000 characters takes tens of
 * milliseconds), so the search below only ever looks at this start plus one word.
 */
export function hopelessTail(text: string, ceiling: number): string | undefined {
  const tokens = text.split(/(\s+)/u);
  let least = 0;
  for (const [index, token] of tokens.entries()) {
    least += /^\s/u.test(token) || MAYBE_SHORTER.test(token) ? 1 : graphemeCount(token);
    if (least > ceiling) return tokens.slice(0, index + 1).join('');
  }
  return undefined;
}

/**
 * The longest start of `text` that `fits`, cut after a whole word and ended with "…".
 * A word is cut between graphemes only when it could never fit whole; a link is never cut, only left out.
 * `fits` must be monotone: what fits stays fitting when shortened (true of every network counter).
 * `ceiling` is the network's limit, for `hopelessTail`.
 */
export function shortenToFit(text: string, fits: (candidate: string) => boolean, ceiling = Infinity): Shortened {
  const trimmed = text.trim();
  const start = hopelessTail(trimmed, ceiling);
  if (start === undefined && fits(trimmed)) return { text: trimmed, truncated: false };
  // Words at even indices, the whitespace between them at odd ones.
  const tokens = (start ?? trimmed).split(/(\s+)/u);
  const wordCount = (tokens.length + 1) / 2;
  const stem = (words: number) =>
    tokens
      .slice(0, words * 2 - 1)
      .join('')
      .replace(TRAILING, '');
  const withEllipsis = (kept: string) => (kept === '' ? '' : kept + ELLIPSIS);

  const words = largest(wordCount - 1, (n) => stem(n) !== '' && fits(withEllipsis(stem(n))));
  const next = tokens[words * 2] ?? '';
  if (linkCount(next) > 0 || fits(next + ELLIPSIS)) return { text: withEllipsis(stem(words)), truncated: true };

  // The next word is longer than any room it could get: show as much of it as fits, between graphemes.
  const before = tokens.slice(0, words * 2).join('');
  const parts = graphemes(next);
  const kept = largest(parts.length - 1, (n) => fits(before + parts.slice(0, n).join('') + ELLIPSIS));
  return { text: kept === 0 ? withEllipsis(stem(words)) : before + parts.slice(0, kept).join('') + ELLIPSIS, truncated: true };
}

/**
 * The largest n in 0…max with ok(n), 0 when none. Gallops up from 1 so that `ok` mostly sees short candidates,
 * then bisects; walks down at the end should `ok` not be monotone.
 */
function largest(max: number, ok: (n: number) => boolean): number {
  let low = 0;
  let step = 1;
  while (low + step <= max && ok(low + step)) {
    low += step;
    step *= 2;
  }
  let high = Math.min(max, low + step - 1);
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (ok(mid)) low = mid;
    else high = mid - 1;
  }
  while (low > 0 && !ok(low)) low--;
  return low;
}
