import type { GetStaticPaths } from 'astro';
import { categoryFeedPaths } from '../../../data/staticPaths.ts';
import { articleFeed } from '../../../data/feed.ts';
import type { CategoryId } from '../../../lib/categories.ts';

export const getStaticPaths = (() => categoryFeedPaths('de')) satisfies GetStaticPaths;
export const GET = ({ props }: { props: { category: CategoryId } }) => articleFeed('de', props.category);
