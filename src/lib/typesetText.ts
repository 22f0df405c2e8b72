import type { Lang } from './i18n.ts';
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

/** Plain text typeset for readers in `lang` (titles drawn on social cards, attribute values, feed titles). */
export function typesetText(text: string, lang: Lang): string {
  return typographer(lang)
    .execute(shieldText(text))
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll(AMPERSAND, '&');
}
