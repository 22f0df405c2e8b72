import type { GetStaticPaths } from 'astro';
import type { Article } from '../../../../data/articles.ts';
import { cardContent, socialCard, socialCardPaths } from '../../../../data/socialCard.ts';

export const getStaticPaths = (() => socialCardPaths('de')) satisfies GetStaticPaths;
export const GET = async ({ props }: { props: { article: Article } }) =>
  new Response(new Uint8Array(await socialCard(cardContent(props.article, 'de'), 'de')), {
    headers: { 'Content-Type': 'image/png' },
  });
