import type { GetStaticPaths } from 'astro';
import { articleFeed } from '../../../data/feed.ts';
import { categoryFeedPaths } from '../../../data/staticPaths.ts';
import type { CategoryId } from '../../../lib/categories.ts';

export const getStaticPaths = (() => categoryFeedPaths('de')) satisfies GetStaticPaths;
export const GET = ({ props }: { props: { category: CategoryId } }) => articleFeed('de', props.category);
