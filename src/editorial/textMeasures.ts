import twitter from 'twitter-text';

const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const utf8 = new TextEncoder();

/**
 * Text where every UTF-16 unit is a grapheme of its own: below U+0300 (Latin letters, precomposed accents) with no CR,
 * which joins a following LF, plus typographic punctuation (’ « » … U+202F, not the joiners U+200C/D nor the
 * separators U+2028/9) and currency signs. Most posts are only that, and
 * Intl.Segmenter is slow (the profile of the calendar bench put a quarter of the composing time in it).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: tabs and line feeds are one grapheme each, like letters.
const ONE_UNIT_GRAPHEMES = /^[\0-\x0c\x0e-\u02ff\u2010-\u2027\u202f-\u205e\u20a0-\u20bf]*$/;

/** User-perceived characters: an emoji with a skin tone or a ZWJ family is one grapheme, as is `é` written with a combining accent. */
export function graphemes(text: string): string[] {
  if (ONE_UNIT_GRAPHEMES.test(text)) return text.split('');
  return Array.from(graphemeSegmenter.segment(text), (part) => part.segment);
}

export function graphemeCount(text: string): number {
  if (ONE_UNIT_GRAPHEMES.test(text)) return text.length;
  let count = 0;
  for (const _ of graphemeSegmenter.segment(text)) count++;
  return count;
}

export function utf8Bytes(text: string): number {
  return utf8.encode(text).length;
}

/**
 * Where a platform does not say how it counts, JavaScript's `.length` (UTF-16 code units) is the safe choice:
 * it is never smaller than the count in code points or graphemes, so a text that fits by it fits by any.
 */
export function utf16Length(text: string): number {
  return text.length;
}

const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3/u;

/** Threads: "an emoji counts its UTF-8 bytes"; every other character counts one per code point. */
export function threadsLength(text: string): number {
  if (ONE_UNIT_GRAPHEMES.test(text) && !EMOJI.test(text)) return text.length;
  let count = 0;
  for (const grapheme of graphemes(text)) count += EMOJI.test(grapheme) ? utf8Bytes(grapheme) : [...grapheme].length;
  return count;
}

/** Links with a scheme (`https://…`), the ones Mastodon shortens and Instagram would show as dead text. Bare domains are left alone. */
export function schemeUrls(text: string): { url: string; indices: [number, number] }[] {
  return twitter.extractUrlsWithIndices(text, { extractUrlsWithoutProtocol: false });
}

/** Every link a reader's app would make clickable, bare domains included: the safe count for a cap on links. */
export function linkCount(text: string): number {
  return twitter.extractUrls(text).length;
}

export function hashtagsIn(text: string): string[] {
  return twitter.extractHashtags(text);
}

const HASH_SIGNS = /[#＃]/g;
// A link, with or without a scheme, has a domain: a dot followed by its top-level domain.
const DOT_BEFORE_DOMAIN = /\.[\p{L}\p{N}]/gu;

/** Never fewer than `hashtagsIn(text).length`, and a hundred times cheaper: each hashtag starts with its own sign. */
export function hashtagsAtMost(text: string): number {
  return text.match(HASH_SIGNS)?.length ?? 0;
}

/** Never fewer than `linkCount(text)`, and cheaper: each link holds its own dot before a domain. */
export function linksAtMost(text: string): number {
  return text.match(DOT_BEFORE_DOMAIN)?.length ?? 0;
}

// Port of Mastodon's Account::MENTION_RE (app/models/account.rb): `@user` or `@user@domain`.
const MASTODON_MENTION =
  /(?<![=/\p{L}\p{N}_])@([a-z0-9_]+(?:[a-z0-9_.-]+[a-z0-9_]+)?)(?:@[\p{L}\p{N}_.-]+[\p{L}\p{N}_]+)?/giu;
const MASTODON_URL_WEIGHT = 'x'.repeat(23);

/**
 * Mastodon's StatusLengthValidator: graphemes of the text after each link with a scheme becomes 23 characters
 * and each `@user@domain` becomes `@user`.
 */
export function mastodonLength(text: string): number {
  let countable = '';
  let from = 0;
  for (const { indices } of schemeUrls(text)) {
    countable += text.slice(from, indices[0]).replace(MASTODON_MENTION, '@$1') + MASTODON_URL_WEIGHT;
    from = indices[1];
  }
  countable += text.slice(from).replace(MASTODON_MENTION, '@$1');
  return graphemeCount(countable);
}

/** X's weighted length (twitter-text, config v3): links 23, CJK and emoji 2, Latin 1, after NFC normalisation. */
export function xWeightedLength(text: string): number {
  return twitter.parseTweet(text).weightedLength;
}
