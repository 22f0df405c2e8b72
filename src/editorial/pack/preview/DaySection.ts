import type { VNode } from 'preact';
import { capitalize } from '../../../lib/capitalize.ts';
import { dayHeading } from '../../../lib/zurichTime.ts';
import { html } from '../../html/html.ts';
import type { AccountRecord, PostRecord } from '../manifestSchema.ts';
import { plural } from '../presentation.ts';
import type { SchedulerPlan } from '../schedulers.ts';
import { PostEntry } from './PostEntry.ts';

export interface DaySectionProps {
  day: string;
  posts: readonly PostRecord[];
  accounts: ReadonlyMap<string, AccountRecord>;
  avatars: ReadonlyMap<string, string>;
  plan: SchedulerPlan;
}

/** A day of the week: its heading and its posts, in the pack's order. */
export function DaySection({ day, posts, accounts, avatars, plan }: DaySectionProps): VNode {
  return html`<section class="day" aria-labelledby="d-${day}">
    <h2 id="d-${day}">${capitalize(dayHeading(day))} <small>${plural(posts.length, 'post', 'posts')}</small></h2>
    ${posts.map((post) =>
      PostEntry({ post, account: accounts.get(post.account)!, avatar: avatars.get(post.account), plan }),
    )}
  </section>`;
}
