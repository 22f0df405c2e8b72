import { graphemes, linkCount } from './textMeasures.ts';

export const ELLIPSIS = '…';

export interface Shortened {
  text: string;
  truncated: boolean;
}

// Punctuation that reads badly right before "…" ("consulter,…").
const TRAILING = /[\s,;:]+$/u;

/**
 * The longest start of `text` that `fits`, cut after a whole word and ended with "…".
 * A word is cut between graphemes only when it could never fit whole; a link is never cut, only left out.
 * `fits` must be monotone: what fits stays fitting when shortened (true of every network counter).
 */
export function shortenToFit(text: string, fits: (candidate: string) => boolean): Shortened {
  const whole = text.trim();
  if (fits(whole)) return { text: whole, truncated: false };
  // Words at even indices, the whitespace between them at odd ones.
  const tokens = whole.split(/(\s+)/u);
  const wordCount = (tokens.length + 1) / 2;
  const stem = (words: number) => tokens.slice(0, words * 2 - 1).join('').replace(TRAILING, '');
  const withEllipsis = (start: string) => (start === '' ? '' : start + ELLIPSIS);

  const words = largest(wordCount - 1, (n) => stem(n) !== '' && fits(withEllipsis(stem(n))));
  const next = tokens[words * 2] ?? '';
  if (linkCount(next) > 0 || fits(next + ELLIPSIS)) return { text: withEllipsis(stem(words)), truncated: true };

  // The next word is longer than any room it could get: show as much of it as fits, between graphemes.
  const before = tokens.slice(0, words * 2).join('');
  const parts = graphemes(next);
  const kept = largest(parts.length - 1, (n) => fits(before + parts.slice(0, n).join('') + ELLIPSIS));
  return { text: kept === 0 ? withEllipsis(stem(words)) : before + parts.slice(0, kept).join('') + ELLIPSIS, truncated: true };
}

/** The largest n in 0…max with ok(n), 0 when none; binary search, then a walk down should `ok` not be monotone. */
function largest(max: number, ok: (n: number) => boolean): number {
  let low = 0;
  let high = max;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (ok(mid)) low = mid;
    else high = mid - 1;
  }
  while (low > 0 && !ok(low)) low--;
  return low;
}
