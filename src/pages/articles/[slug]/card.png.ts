import type { GetStaticPaths } from 'astro';
import type { Article } from '../../../data/articles.ts';
import { socialCard } from '../../../data/socialCard.ts';
import { socialCardPaths } from '../../../data/staticPaths.ts';

export const getStaticPaths = (() => socialCardPaths('fr')) satisfies GetStaticPaths;
export const GET = async ({ props }: { props: { article: Article } }) =>
  new Response(new Uint8Array(await socialCard(props.article, 'fr')), { headers: { 'Content-Type': 'image/png' } });
