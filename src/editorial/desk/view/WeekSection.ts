import type { VNode } from 'preact';
import { NETWORK_IDS, type NetworkId } from '../../../lib/socialNetworks.ts';
import { parseZurichTime, shortDay, weekContaining } from '../../../lib/zurichTime.ts';
import type { NetworkRhythm } from '../../../site.config.ts';
import { html } from '../../html/html.ts';
import { NETWORKS } from '../../networks.ts';
import { type Coverage, fillsSlot } from '../coverage.ts';
import type { DeskItem } from '../deskItems.ts';
import { DayCell } from './DayCell.ts';

export interface WeekSectionProps {
  /** The seven days, `YYYY-MM-DD`, Monday first. */
  days: readonly string[];
  /** Months shown: the days of other months stay empty. */
  months: ReadonlySet<string>;
  /** Every item, the neighbouring months' too: a week's counts include them, as the coverage report does. */
  items: readonly DeskItem[];
  byDay: ReadonlyMap<string, readonly DeskItem[]>;
  coverage: Coverage;
  rhythm: Partial<Record<NetworkId, NetworkRhythm>>;
}

/** A week on one row, with room for each post's text, headed by its count of posts per network against the rhythm. */
export function WeekSection({ days, months, items, byDay, coverage, rhythm }: WeekSectionProps): VNode {
  const week = weekContaining(parseZurichTime(days[0]!)).id;
  const posts = items.filter((item) => item.kind === 'post' && days.includes(item.day) && fillsSlot(item));
  const chips = NETWORK_IDS.flatMap((network) => {
    const expected = rhythm[network]?.perWeek;
    if (expected === undefined) return [];
    const gap = coverage.thinWeeks.find((thin) => thin.monday === days[0] && thin.network === network);
    const planned = posts.filter((item) => item.kind === 'post' && item.network === network).length;
    return [
      html`<li class=${gap ? 'chip short' : 'chip'}>
        <span class="dot net-${network}"></span>${NETWORKS[network].label} ${planned}/${expected}${gap ? ' ⚠' : ''}
      </li>`,
    ];
  });
  return html`<section class="week" aria-labelledby="w-${week}">
    <h2 id="w-${week}">Semaine ${week} <small>du ${shortDay(days[0]!)} au ${shortDay(days[6]!)}</small></h2>
    <ul class="chips" aria-label="Posts par réseau sur le rythme de la semaine">
      ${chips}
    </ul>
    <table class="grid">
      <thead>
        <tr>
          ${days.map((day) => html`<th scope="col">${shortDay(day)}</th>`)}
        </tr>
      </thead>
      <tbody>
        <tr>
          ${days.map((day) =>
            DayCell({ day, shown: months.has(day.slice(0, 7)), view: 'week', items: byDay.get(day) ?? [], coverage }),
          )}
        </tr>
      </tbody>
    </table>
  </section>`;
}
