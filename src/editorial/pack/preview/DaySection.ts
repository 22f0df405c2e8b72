import type { VNode } from 'preact';
import { capitalize } from '../../../lib/capitalize.ts';
import { dayHeading } from '../../../lib/zurichTime.ts';
import { html } from '../../html/html.ts';
import type { PostRecord } from '../manifestSchema.ts';
import { plural } from '../presentation.ts';
import { PostCard, type PreviewAccount } from './PostCard.ts';

/** A day of the week: its heading and its posts' cards, in the pack's order. */
export function DaySection({
  day,
  posts,
  account,
}: {
  day: string;
  posts: readonly PostRecord[];
  account: PreviewAccount;
}): VNode {
  return html`<section class="day" aria-labelledby="d-${day}">
    <h2 id="d-${day}">${capitalize(dayHeading(day))} <small>${plural(posts.length, 'post', 'posts')}</small></h2>
    <div class="cards">
      ${posts.map((post) => PostCard({ post, account }))}
    </div>
  </section>`;
}
