import type { VNode } from 'preact';
import { shortDay, zurichClock } from '../../../lib/zurichTime.ts';
import { html } from '../../html/html.ts';
import { Avatar } from './Avatar.ts';
import { Attachment } from './LinkCard.ts';
import { type FrameProps, NETWORK_LOOK } from './networkLook.ts';
import { PostText } from './PostText.ts';

/**
 * Facebook and LinkedIn pages: the page's name without a handle above the post, the date under it (LinkedIn: the
 * square logo of a company page); the text folded at "Voir plus" / "…plus"; the media or the link card full width.
 */
export function PageFrame({ post, account, avatar }: FrameProps): VNode {
  const look = NETWORK_LOOK[post.network];
  const when = post.network === 'linkedin' ? 'Page' : `${shortDay(post.day)} à ${zurichClock(post.scheduledAt)}`;
  return html`<div class="frame page">
    <div class="head">
      ${Avatar({ src: avatar, shape: look.avatar, size: 44 })}
      <p><b>${account.name}</b><br /><span class="muted">${when} · public</span></p>
    </div>
    ${PostText({ text: post.text, look })} ${Attachment({ post, kind: look.card })}
  </div>`;
}
