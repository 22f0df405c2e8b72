import { isLang, type Lang } from './i18n.ts';

/** Splits a collection id such as `fr/varices-quand-consulter` into the language folder and the slug. */
export function parseArticleId(id: string): { lang: Lang; slug: string } {
  const [lang, ...rest] = id.split('/');
  if (!lang || !isLang(lang) || rest.length === 0) {
    throw new Error(`L'article « ${id} » doit être rangé dans content/articles/fr/ ou content/articles/de/.`);
  }
  return { lang, slug: rest.join('/') };
}
