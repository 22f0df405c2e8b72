import { capitalize } from '../../lib/capitalize.ts';
import type { NetworkId } from '../../lib/socialNetworks.ts';
import { formatLongZurichTime, monthGrid, monthHeading } from '../../lib/zurichTime.ts';
import type { NetworkRhythm } from '../../site.config.ts';
import { asset, html, renderDocument } from '../html/html.ts';
import { Page } from '../html/Page.ts';
import type { Coverage } from './coverage.ts';
import type { DeskItem } from './deskItems.ts';
import { CoverageSection } from './view/CoverageSection.ts';
import { Filters } from './view/Filters.ts';
import { MonthSection } from './view/MonthSection.ts';
import { WeekSection } from './view/WeekSection.ts';

export interface CalendarPage {
  months: readonly string[];
  /** Only the items dated in `months` are shown. */
  items: readonly DeskItem[];
  coverage: Coverage;
  rhythm: Partial<Record<NetworkId, NetworkRhythm>>;
  /** Entries left out because calendar:check finds mistakes in them. */
  invalidEntries: number;
  generatedAt: Date;
  siteName: string;
}

const STYLE = asset(import.meta.url, './view/calendarView.css');
const SCRIPT = asset(import.meta.url, './view/calendarView.js');

/**
 * The editorial calendar as one HTML file for the team: month and week views of articles and posts, coverage advice,
 * filters. Its CSS and script (view/calendarView.css and .js) are inlined, nothing is fetched: it opens from a disk or
 * an e-mail attachment. Every item carries `data-view`, `data-day`, `data-kind` and `data-key`, and sits in the
 * `<td data-day>` of its day.
 */
export function calendarHtml(page: CalendarPage): string {
  const months = new Set(page.months);
  const items = page.items.filter((item) => months.has(item.day.slice(0, 7)));
  const byDay = Map.groupBy(items, (item) => item.day);
  const weeks = [...new Map(page.months.flatMap(monthGrid).map((week) => [week[0]!, week])).values()];
  const campaigns = [
    ...new Set(items.flatMap((item) => (item.kind === 'post' && item.campaign ? [item.campaign] : []))),
  ].sort();
  const last = page.months.length > 1 ? ` – ${monthHeading(page.months.at(-1)!)}` : '';
  const title = `Calendrier éditorial · ${capitalize(monthHeading(page.months[0]!))}${last}`;
  const { coverage, rhythm } = page;
  const stamp = `${page.siteName} · usage interne : contient des posts non approuvés et des notes · généré le ${formatLongZurichTime(page.generatedAt)}`;
  const invalid = `${page.invalidEntries} entrée(s) du calendrier ont des erreurs et n’apparaissent pas : lancez npm run calendar:check et corrigez-les.`;

  return renderDocument(
    Page({
      title,
      style: STYLE,
      script: SCRIPT,
      children: html`<header>
          <h1>${title}</h1>
          <p class="muted">${stamp}</p>
          ${page.invalidEntries > 0 ? html`<p class="alert" role="alert">${invalid}</p>` : null}
        </header>
        ${Filters({ campaigns })}
        ${CoverageSection({ coverage, rhythm })}
        <main>
          <div class="view" data-view="month">
            ${page.months.map((month) => MonthSection({ month, byDay, coverage }))}
          </div>
          <div class="view" data-view="week" hidden>
            ${weeks.map((days) => WeekSection({ days, months, items: page.items, byDay, coverage, rhythm }))}
          </div>
        </main>`,
    }),
  );
}
