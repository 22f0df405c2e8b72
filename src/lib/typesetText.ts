import { LANGS, type Lang } from './i18n.ts';
import { typographer } from './typographer.ts';

/** Stands for `&` while typograf runs, so that it reads no entity where a reader wrote an ampersand. */
export const AMPERSAND = '\uE000';

/**
 * Text as typograf reads it inside HTML: `&` set aside, `<` and `>` as the entities it hides, so that text such as
 * `si < 5 ans` is never taken for a tag.
 */
export function shieldText(text: string): string {
  return text.replaceAll('&', AMPERSAND).replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** Texts already typeset, by language: the same alt texts, labels and titles come back on page after page. */
const typeset = new Map(LANGS.map((lang) => [lang, new Map<string, string>()]));
/** Enough for the texts a build repeats; past it, the cache starts again rather than holding every text of a big site. */
const TYPESET_KEPT = 20_000;

/**
 * The text as a string of its own. An attribute's value is a slice of its page, and a slice keeps the string it was cut
 * from alive: kept as is, every text remembered would hold a whole page.
 */
const detached = (text: string) => Buffer.from(text, 'utf8').toString('utf8');

/** Plain text typeset for readers in `lang` (titles drawn on social cards, attribute values, feed titles). */
export function typesetText(text: string, lang: Lang): string {
  const known = typeset.get(lang)!;
  let result = known.get(text);
  if (result === undefined) {
    if (known.size >= TYPESET_KEPT) known.clear();
    result = detached(
      typographer(lang)
        .execute(shieldText(text))
        .replaceAll('&lt;', '<')
        .replaceAll('&gt;', '>')
        .replaceAll(AMPERSAND, '&'),
    );
    known.set(detached(text), result);
  }
  return result;
}
