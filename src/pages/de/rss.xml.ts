import { articleFeed } from '../../data/feed.ts';

export const GET = () => articleFeed('de');
