import { CATEGORIES, type CategoryId } from '../lib/categories.ts';

import { type Lang, LOCALE, useTranslations } from '../lib/i18n.ts';
import { formatDate, parseZurichTime } from '../lib/zurichTime.ts';
import { h } from './decapRuntime.ts';
import type { ImmutableMap } from './decapTypes.ts';

/** What Decap gives a preview template. */
export interface PreviewProps {
  entry: ImmutableMap;
  widgetFor(name: string): unknown;
  getAsset(path: string): { toString(): string };
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function readableDate(value: unknown, lang: Lang): string {
  try {
    return formatDate(parseZurichTime(text(value)), lang);
  } catch {
    return text(value);
  }
}

/**
 * The article as readers will see it, in the site's own stylesheet and markup (`.article`, `.lead`, `.hero`,
 * `.prose`, the callouts' `aside`): the same classes as the article page, without the navigation around it.
 */
export function articlePreview(lang: Lang) {
  const t = useTranslations(lang);
  return function ArticlePreview({ entry, widgetFor, getAsset }: PreviewProps): unknown {
    const data = entry.get('data') as ImmutableMap;
    const category = CATEGORIES[text(data.get('category')) as CategoryId];
    const hero = data.get('hero') as ImmutableMap | undefined;
    const heroSrc = text(hero?.get('src'));
    const credit = text(hero?.get('credit'));
    const updated = text(data.get('updatedDate'));
    return h(
      'main',
      { id: 'contenu', className: 'wrap', lang: LOCALE[lang] },
      h(
        'article',
        { className: 'article' },
        category ? h('p', { className: 'meta' }, category.label[lang]) : null,
        h('h1', null, text(data.get('title'))),
        h('p', { className: 'lead' }, text(data.get('description'))),
        h(
          'p',
          { className: 'meta byline' },
          `${t.publishedOn} ${readableDate(data.get('pubDate'), lang)}`,
          updated ? ` · ${t.updatedOn} ${readableDate(updated, lang)}` : '',
        ),
        heroSrc
          ? h(
              'figure',
              { className: 'hero' },
              h('img', { src: String(getAsset(heroSrc)), alt: text(hero?.get('alt')) }),
              credit ? h('figcaption', null, `${t.credit} : ${credit}`) : null,
            )
          : null,
        h('div', { className: 'prose' }, widgetFor('body')),
      ),
    );
  };
}
