import type { VNode } from 'preact';
import { shortDay } from '../../../lib/zurichTime.ts';
import { html } from '../../html/html.ts';
import { Avatar } from './Avatar.ts';
import { Attachment } from './LinkCard.ts';
import { type FrameProps, NETWORK_LOOK } from './networkLook.ts';
import { PostText } from './PostText.ts';

/**
 * X, Bluesky, Mastodon and Threads: the avatar beside the post; the name, the handle (Threads shows the username
 * alone) and the date on one line; the text; the media or the link card.
 */
export function ThreadFrame({ post, account, avatar }: FrameProps): VNode {
  const look = NETWORK_LOOK[post.network];
  const name = post.network === 'threads' ? account.handle : account.name;
  return html`<div class="frame thread">
    ${Avatar({ src: avatar, shape: look.avatar })}
    <div class="body">
      <p class="head">
        <b>${name}</b>${look.handle ? html` <span class="muted">@${account.handle}</span>` : null}
        <span class="muted">${' · '}${shortDay(post.day)}</span>
      </p>
      ${PostText({ text: post.text, look })} ${Attachment({ post, kind: look.card })}
    </div>
  </div>`;
}
