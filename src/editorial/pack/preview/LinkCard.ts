import type { VNode } from 'preact';
import { html } from '../../html/html.ts';
import type { PostRecord } from '../manifestSchema.ts';
import { MediaBlock } from './MediaBlock.ts';

/**
 * The card a network draws under a post with a link and no media, from the article's social card: on X the image
 * alone with the domain over it (since October 2023); elsewhere the image, the domain and the title.
 */
export function LinkCard({
  article,
  card,
  kind,
}: {
  article: NonNullable<PostRecord['article']>;
  /** The card's image in the pack. */
  card: string;
  kind: 'image' | 'full';
}): VNode {
  const domain = new URL(article.url).host;
  return kind === 'image'
    ? html`<div class="card image-only">
        <img src=${card} alt=${`Carte de l’article « ${article.title} »`} width="600" height="315" />
        <span class="domain">${domain}</span>
      </div>`
    : html`<div class="card">
        <img src=${card} alt="" width="600" height="315" />
        <div class="card-text"><span class="domain">${domain}</span><b>${article.title}</b></div>
      </div>`;
}

/** What goes under the text: the media, or else the link card where the network draws one, or nothing. */
export function Attachment({ post, kind }: { post: PostRecord; kind: 'image' | 'full' | undefined }): VNode | null {
  if (post.media.length > 0) return MediaBlock({ media: post.media });
  const card = post.article?.card;
  return post.article && card && kind ? LinkCard({ article: post.article, card, kind }) : null;
}
