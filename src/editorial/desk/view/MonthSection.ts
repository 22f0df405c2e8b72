import type { VNode } from 'preact';
import { capitalize } from '../../../lib/capitalize.ts';
import { monthGrid, monthHeading, parseZurichTime, weekContaining } from '../../../lib/zurichTime.ts';
import { html } from '../../html/html.ts';
import { NETWORKS } from '../../networks.ts';
import type { Coverage } from '../coverage.ts';
import type { DeskItem } from '../deskItems.ts';
import { DayCell } from './DayCell.ts';

const WEEKDAYS = ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.'];

export interface MonthSectionProps {
  /** `YYYY-MM` */
  month: string;
  byDay: ReadonlyMap<string, readonly DeskItem[]>;
  coverage: Coverage;
}

/** A month as a grid of weeks, each row headed by its ISO week and how many networks fall below their rhythm. */
export function MonthSection({ month, byDay, coverage }: MonthSectionProps): VNode {
  const rows = monthGrid(month).map((days) => {
    const thin = coverage.thinWeeks.filter((gap) => gap.monday === days[0]);
    const week = weekContaining(parseZurichTime(days[0]!)).id;
    const tip = thin.map((gap) => `${NETWORKS[gap.network].label} ${gap.planned}/${gap.expected}`).join(', ');
    return html`<tr>
      <th scope="row" class=${thin.length > 0 ? 'wk short' : 'wk'} title=${thin.length > 0 ? tip : undefined}>
        S${week.slice(-2)}
        ${
          thin.length > 0
            ? html`<span class="warn" aria-label="${thin.length} réseau(x) sous le rythme">⚠ ${thin.length}</span>`
            : null
        }
      </th>
      ${days.map((day) =>
        DayCell({ day, shown: day.startsWith(month), view: 'month', items: byDay.get(day) ?? [], coverage }),
      )}
    </tr>`;
  });
  return html`<section class="month" aria-labelledby="m-${month}">
    <h2 id="m-${month}">${capitalize(monthHeading(month))}</h2>
    <table class="grid">
      <thead>
        <tr>
          <th class="wk" scope="col">Sem.</th>
          ${WEEKDAYS.map((day) => html`<th scope="col">${day}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>
  </section>`;
}
