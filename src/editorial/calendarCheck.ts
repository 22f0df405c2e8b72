import { formatZurichDay, formatZurichTime } from '../lib/zurichTime.ts';
import { SITE } from '../site.config.ts';
import { checkMediaContents } from './checkMediaContents.ts';
import { composeSnippet } from './composeSnippet.ts';
import { byPosition, type CalendarError, EditorialError } from './errors.ts';
import { type Calendar, type LoadOptions, loadCalendar } from './loadCalendar.ts';
import { type ProfileOptions, UNIT_LABEL } from './networks.ts';
import { type ComingWeeks, summarizeComingWeeks } from './summarizeComingWeeks.ts';

export interface CheckOptions extends LoadOptions, ProfileOptions {
  /** Start of the "coming weeks" summary. */
  now: Date;
  weeks?: number;
  /**
   * Advice on the coming weeks, printed after their summary under its own heading: lines that never change the
   * exit code (calendar:check passes the desk's coverage report here).
   */
  advise?: (calendar: Calendar, coming: ComingWeeks) => string[];
}

export interface CheckResult {
  errors: CalendarError[];
  /** What `npm run calendar:check` prints. */
  report: string;
  exitCode: 0 | 1;
}

/**
 * Everything `calendar:check` does but printing: load, check the media files' contents, compose every post once (to
 * catch what cannot fit and to warn about shortened texts), and write the report: errors, held-back entries,
 * shortened texts, coming weeks.
 */
export async function checkCalendar({ now, weeks = 4, ...options }: CheckOptions): Promise<CheckResult> {
  return checkLoadedCalendar(await loadCheckedCalendar(options), { now, weeks, ...options });
}

/** The calendar as calendar:check and the pack read it: loaded, and its media files' contents checked. */
export async function loadCheckedCalendar(options: LoadOptions): Promise<Calendar> {
  return checkMediaContents(loadCalendar(options), SITE.images.maxPixels);
}

/** The same check on a calendar already loaded, so that a command loading it for other work reads it once. */
export function checkLoadedCalendar(
  calendar: Calendar,
  { now, weeks = 4, advise, ...options }: Omit<CheckOptions, keyof LoadOptions>,
): CheckResult {
  const errors = [...calendar.errors];
  const shortened: string[] = [];
  for (const entry of calendar.entries) {
    const cut = entry.networks.flatMap((network) => {
      try {
        const { truncated, count } = composeSnippet(entry, network, { ...options, articles: calendar.articles });
        return truncated ? [`${network} (${count.limit} ${UNIT_LABEL[count.unit]})`] : [];
      } catch (error) {
        if (!(error instanceof EditorialError)) throw error;
        errors.push({ ...entry.source, id: entry.id, code: error.code, message: error.message });
        return [];
      }
    });
    if (cut.length > 0) shortened.push(`  ${entry.id} (${formatZurichTime(entry.date)}) : ${cut.join(', ')}`);
  }
  errors.sort(byPosition);

  const lines = errors.map((error) => `${error.file}:${error.line}:${error.col}  ${error.id ?? '-'}  ${error.message}`);
  if (calendar.holds.length > 0) {
    lines.push('', 'Retenus faute de consentement (hors du pack tant que ce n’est pas réglé) :');
    lines.push(...calendar.holds.map((hold) => `  ${hold.file}:${hold.line}:${hold.col}  ${hold.id}  ${hold.reason}`));
  }
  if (shortened.length > 0)
    lines.push(
      '',
      'Textes raccourcis pour tenir dans la limite (relisez la fin, ou écrivez une variante) :',
      ...shortened,
    );

  const coming = summarizeComingWeeks(calendar.entries, now, weeks);
  const lastDay = new Date(coming.to.getTime() - 1);
  const counts = (record: Record<string, number>) =>
    Object.entries(record)
      .map(([name, count]) => `${name} ${count}`)
      .join(' · ');
  lines.push(
    '',
    `Les ${weeks} prochaines semaines, du ${formatZurichDay(coming.from)} au ${formatZurichDay(lastDay)} : ${coming.entries} entrée(s) valide(s).`,
    `  Par statut : ${counts(coming.byStatus)}`,
    `  Par réseau : ${counts(coming.byNetwork)}`,
    '',
  );
  if (advise) lines.push(...advise(calendar, coming), '');
  lines.push(errors.length === 0 ? 'Aucune erreur.' : `${errors.length} erreur(s) à corriger.`);
  return { errors, report: `${lines.join('\n')}\n`, exitCode: errors.length === 0 ? 0 : 1 };
}
