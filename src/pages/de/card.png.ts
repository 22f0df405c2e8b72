import { cardContent, socialCard } from '../../data/socialCard.ts';

/** The card shared with every page that is not an article. */
export const GET = async () =>
  new Response(new Uint8Array(await socialCard(cardContent(undefined, 'de'), 'de')), {
    headers: { 'Content-Type': 'image/png' },
  });
