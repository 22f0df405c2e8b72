import type { VNode } from 'preact';
import { NETWORK_BRAND } from '../../../lib/socialNetworks.ts';
import { zurichClock } from '../../../lib/zurichTime.ts';
import { html } from '../../html/html.ts';
import type { PackMedia, PostRecord } from '../manifestSchema.ts';
import { formatCount } from '../presentation.ts';
import { hootsuiteDate, hootsuiteTime } from '../schedulers.ts';
import { RichText } from './RichText.ts';

/** Who posts, as the cards show it. */
export interface PreviewAccount {
  name: string;
  /** Two letters for the avatar. */
  initials: string;
  handle: string;
}

/**
 * One post as its network will show it: the account, the title (YouTube), the text, the media (first on Instagram and
 * YouTube), the first comment; above it the network and the time, below it the count against the limit.
 */
export function PostCard({ post, account }: { post: PostRecord; account: PreviewAccount }): VNode {
  const { label } = NETWORK_BRAND[post.network];
  const time = zurichClock(post.scheduledAt);
  const count = formatCount(post.count);
  const media = post.media.length > 0 ? MediaBlock({ media: post.media }) : null;
  const head = html`<div class="account">
    <span class="avatar" aria-hidden="true">${account.initials}</span>
    <span class="who"><b>${account.name}</b> <span class="handle">${account.handle}</span></span>
  </div>`;
  const title = post.title !== null ? html`<p class="title">${post.title}</p>` : null;
  const text = html`<p class="text">${RichText({ text: post.text })}</p>`;
  const mediaFirst = post.network === 'instagram' || post.network === 'youtube';
  return html`<article class="card net-${post.network}" aria-label="${label}, ${time}, ${post.id}">
    <div class="bar"><span class="badge">${label}</span><time datetime=${post.scheduledAt}>${time}</time></div>
    ${Shifted({ post })}
    <div class="post">
      ${mediaFirst ? [media, head, title, text] : [head, title, text, media]}
      ${
        post.firstComment !== null
          ? html`<p class="comment">
            <span class="muted">Premier commentaire :</span> ${RichText({ text: post.firstComment })}
          </p>`
          : null
      }
    </div>
    <div class="meta">
      <div class="gauge" role="img" aria-label=${count}>
        <span style="width:${Math.min(100, Math.round((post.count.used / post.count.limit) * 100))}%"></span>
      </div>
      <span>${count}${post.truncated ? ' · raccourci' : ''}</span><span class="id">${post.id}</span>
    </div>
  </article>`;
}

/** The post's images (from the pack's `media/`) and videos (named: the preview does not play them). */
function MediaBlock({ media }: { media: readonly PackMedia[] }): VNode {
  return html`<div class=${media.length > 1 ? 'media several' : 'media'}>
    ${media.map((item) =>
      item.kind === 'image'
        ? html`<img src=${item.file} alt=${item.alt} width=${item.width ?? undefined} height=${item.height ?? undefined} />`
        : html`<div class="video">Vidéo : ${item.file}</div>`,
    )}
  </div>`;
}

/** A note on the card when Hootsuite's 5-minute grid moves the post (see schedulers.ts). */
function Shifted({ post }: { post: PostRecord }): VNode | null {
  const planned = new Date(post.scheduledAt);
  const scheduled = hootsuiteTime(planned);
  return scheduled.getTime() === planned.getTime()
    ? null
    : html`<p class="shift">Hootsuite : ${hootsuiteDate(scheduled)} (multiple de 5 minutes)</p>`;
}
