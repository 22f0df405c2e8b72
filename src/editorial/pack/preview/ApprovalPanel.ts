import type { VNode } from 'preact';
import { html } from '../../html/html.ts';
import type { AccountRecord, PostRecord } from '../manifestSchema.ts';
import { formatCount } from '../presentation.ts';
import { accountLabel } from '../readme.ts';
import { hootsuiteDate, hootsuiteTime, type SchedulerPlan } from '../schedulers.ts';
import { Badges } from './Badges.ts';
import { ManualSteps } from './ManualSteps.ts';

/** Beside each post, what the approver signs: when, from which account, who owns it, why, and what is done by hand. */
export function ApprovalPanel({
  post,
  account,
  plan,
}: {
  post: PostRecord;
  account: AccountRecord;
  plan: SchedulerPlan;
}): VNode {
  const planned = new Date(post.scheduledAt);
  const moved = hootsuiteTime(planned).getTime() !== planned.getTime();
  const count = formatCount(post.count);
  return html`<div class="panel">
    <p>${accountLabel(account)} · ${post.lang}</p>
    ${moved && !post.past ? html`<p class="muted">Hootsuite : ${hootsuiteDate(hootsuiteTime(planned))} (multiple de 5 minutes)</p>` : null}
    ${Badges({ post })}
    <dl>
      ${post.owner === null ? null : html`<dt>Responsable</dt><dd>${post.owner}</dd>`}
      ${post.campaign === null ? null : html`<dt>Campagne</dt><dd>${post.campaign}</dd>`}
      ${post.article === null ? null : html`<dt>Article</dt><dd>${post.article.title}</dd>`}
      <dt>Longueur</dt><dd><span class="gauge" aria-hidden="true"><span style="width:${Math.min(100, Math.round((post.count.used / post.count.limit) * 100))}%"></span></span>${count}</dd>
      <dt>Calendrier</dt><dd><code>${post.source}</code></dd>
    </dl>
    ${ManualSteps({ post, plan })}
  </div>`;
}
