import type { VNode } from 'preact';
import { html } from '../../html/html.ts';
import { Avatar } from './Avatar.ts';
import { MediaBlock } from './MediaBlock.ts';
import { type FrameProps, NETWORK_LOOK } from './networkLook.ts';
import { PostText } from './PostText.ts';

/**
 * Instagram and YouTube, where the picture comes first. Instagram: the username above the picture, the caption under
 * it starting with the username in bold, folded after about 125 characters. YouTube: the video, its title, the
 * channel, the description folded.
 */
export function VisualFrame({ post, account, avatar }: FrameProps): VNode {
  const look = NETWORK_LOOK[post.network];
  const head = html`<div class="head">
    ${Avatar({ src: avatar, shape: look.avatar, size: 32 })} <b>${post.network === 'instagram' ? account.handle : account.name}</b>
  </div>`;
  if (post.network === 'instagram')
    return html`<div class="frame visual">
      ${head} ${MediaBlock({ media: post.media, carousel: true })}
      ${PostText({ text: post.text, look, lead: html`<b>${account.handle}</b>${' '}` })}
    </div>`;
  return html`<div class="frame visual">
    ${MediaBlock({ media: post.media })}
    ${post.title === null ? null : html`<p class="title" data-as-written>${post.title}</p>`} ${head} ${PostText({ text: post.text, look })}
  </div>`;
}
