import type { VNode } from 'preact';
import { html } from '../../html/html.ts';
import { NETWORKS } from '../../networks.ts';
import type { Coverage } from '../coverage.ts';
import type { DeskItem } from '../deskItems.ts';
import { ArticleEntry, PostEntry, type ViewName } from './Items.ts';

export interface DayCellProps {
  /** `YYYY-MM-DD` */
  day: string;
  /** False for a day of a month the page does not show: the cell stays empty. */
  shown: boolean;
  view: ViewName;
  items: readonly DeskItem[];
  coverage: Coverage;
}

/** A day of the grid: its number, a warning for each network over its daily maximum, then its items. */
export function DayCell({ day, shown, view, items, coverage }: DayCellProps): VNode {
  const number = Number(day.slice(8));
  if (!shown)
    return html`<td class="outside" data-day=${day} aria-hidden="true"><span class="num">${number}</span></td>`;
  const crowded = coverage.crowdedDays.filter((crowd) => crowd.day === day);
  return html`<td data-day=${day} class=${crowded.length > 0 ? 'crowded' : undefined}>
    <span class="num">${number}</span>
    ${crowded.map(
      (crowd) => html`<p class="warn">⚠ ${NETWORKS[crowd.network].label} ${crowd.planned}/${crowd.max}</p>`,
    )}
    <ul>
      ${items.map((item) => (item.kind === 'article' ? ArticleEntry({ item, view }) : PostEntry({ item, view })))}
    </ul>
  </td>`;
}
