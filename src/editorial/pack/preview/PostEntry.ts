import type { VNode } from 'preact';
import { NETWORK_BRAND } from '../../../lib/socialNetworks.ts';
import { zurichClock } from '../../../lib/zurichTime.ts';
import { html } from '../../html/html.ts';
import type { AccountRecord, PostRecord } from '../manifestSchema.ts';
import type { SchedulerPlan } from '../schedulers.ts';
import { ApprovalPanel } from './ApprovalPanel.ts';
import { PageFrame } from './PageFrame.ts';
import { ThreadFrame } from './ThreadFrame.ts';
import { VisualFrame } from './VisualFrame.ts';

export interface PostEntryProps {
  post: PostRecord;
  account: AccountRecord;
  avatar: string | undefined;
  plan: SchedulerPlan;
}

/** The anchor of a post, which the week grid and the lists link to. */
export function postAnchor(post: Pick<PostRecord, 'id' | 'network'>): string {
  return `post-${post.id}-${post.network}`;
}

const FRAMES = {
  x: ThreadFrame,
  bluesky: ThreadFrame,
  mastodon: ThreadFrame,
  threads: ThreadFrame,
  facebook: PageFrame,
  linkedin: PageFrame,
  instagram: VisualFrame,
  youtube: VisualFrame,
} as const;

/** One post: as its network will show it to a reader, and beside it what the approver signs. */
export function PostEntry({ post, account, avatar, plan }: PostEntryProps): VNode {
  const anchor = postAnchor(post);
  return html`<article class="post net-${post.network}${post.past ? ' is-past' : ''}" id=${anchor} aria-labelledby="${anchor}-h">
    <h3 id="${anchor}-h">
      <span class="chip">${NETWORK_BRAND[post.network].label}</span>
      <time datetime=${post.scheduledAt}>${zurichClock(post.scheduledAt)}</time> · ${post.id}
    </h3>
    <div class="feed">${FRAMES[post.network]({ post, account, avatar })}</div>
    ${ApprovalPanel({ post, account, plan })}
  </article>`;
}
