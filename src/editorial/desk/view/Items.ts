import type { VNode } from 'preact';
import { CATEGORIES } from '../../../lib/categories.ts';
import { html } from '../../html/html.ts';
import { NETWORKS } from '../../networks.ts';
import { STATUS_LABEL } from '../../statuses.ts';
import { ARTICLE_STATE_LABEL, type ArticleItem, type PostItem } from '../deskItems.ts';

/** The month view shows items on one line; the week view has room for whole titles and the start of each text. */
export type ViewName = 'month' | 'week';

const ARTICLE_BADGE = { published: 'Article', scheduled: 'Programmé', draft: 'Brouillon' } as const;

/** An article on its publication day; its attributes are what the filters read. */
export function ArticleEntry({ item, view }: { item: ArticleItem; view: ViewName }): VNode {
  const tip = `${ARTICLE_STATE_LABEL[item.state]} (${item.lang}) · ${CATEGORIES[item.category].label.fr} · ${item.title}`;
  return html`<li
    class="item art state-${item.state}"
    data-view=${view}
    data-kind="article"
    data-key=${item.key}
    data-day=${item.day}
    data-network="article"
    data-status="article-${item.state}"
    data-campaign=""
    title=${tip}
  >
    ${item.time ? html`<time>${item.time}</time> ` : null}<b>${ARTICLE_BADGE[item.state]}</b>${' '}
    ${view === 'week' ? item.title : shorten(item.title, 48)}
  </li>`;
}

/** One entry on one network, coloured by its network and status; a post held back for consent says so. */
export function PostEntry({ item, view }: { item: PostItem; view: ViewName }): VNode {
  const label = NETWORKS[item.network].label;
  const tip = [
    `${label} · ${STATUS_LABEL[item.status]} · ${item.id}`,
    item.campaign && `campagne ${item.campaign}`,
    item.owner && `responsable ${item.owner}`,
    item.held,
    item.notes && `notes : ${item.notes}`,
    item.text,
  ]
    .filter(Boolean)
    .join('\n');
  return html`<li
    class="item post net-${item.network} st-${item.status}${item.held ? ' held' : ''}"
    data-view=${view}
    data-kind="post"
    data-key=${item.key}
    data-day=${item.day}
    data-network=${item.network}
    data-status=${item.status}
    data-campaign=${item.campaign ?? '-'}
    title=${tip}
  >
    <time>${item.time}</time> <b class="net">${label}</b> <span class="id">${item.id}</span>
    ${item.held ? html` <span class="lock">retenu</span>` : null} <span class="status">${STATUS_LABEL[item.status]}</span>
    ${view === 'week' ? html`<span class="text">${shorten(item.text, 140)}</span>` : null}
  </li>`;
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
