/** Adults read about 200 words a minute of health information (slower than fiction), so we round up. */
const WORDS_PER_MINUTE = 200;

/**
 * Minutes to read a text, at least one. MDX imports, components and tags are not counted as words, nor the lines of
 * directives (`:::urgence[Titre]`, `::figure{…}`), so an article counts the same in Markdown and in MDX.
 */
export function readingTime(source: string): number {
  const prose = source
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/^:{2,}.*$/gm, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/[#*_>`[\]()!|-]/g, ' ');
  const words = prose.split(/\s+/).filter((word) => /\p{L}|\p{N}/u.test(word)).length;
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}

/**
 * How reading times are counted, as a key: its words per minute and the function's own text, so that a change to
 * either makes stored counts stale.
 */
export const READING_TIME_METHOD = `${WORDS_PER_MINUTE} words a minute: ${readingTime}`;
