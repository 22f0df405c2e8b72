import type { GetStaticPaths } from 'astro';
import type { Article } from '../data/articles.ts';
import { articleCard, articleCardPaths } from '../data/socialCard.ts';
import type { Lang } from '../lib/i18n.ts';

/** Each published article's social card, beside its page in either language (see `articleCardPaths`). */
export const getStaticPaths = (() => articleCardPaths()) satisfies GetStaticPaths;
export const GET = async ({ props }: { props: { article: Article; lang: Lang } }) =>
  new Response(new Uint8Array(await articleCard(props.article, props.lang)), {
    headers: { 'Content-Type': 'image/png' },
  });
