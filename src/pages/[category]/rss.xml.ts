import type { GetStaticPaths } from 'astro';
import { categoryFeedPaths } from '../../data/staticPaths.ts';
import { articleFeed } from '../../data/feed.ts';
import type { CategoryId } from '../../lib/categories.ts';

export const getStaticPaths = (() => categoryFeedPaths('fr')) satisfies GetStaticPaths;
export const GET = ({ props }: { props: { category: CategoryId } }) => articleFeed('fr', props.category);
