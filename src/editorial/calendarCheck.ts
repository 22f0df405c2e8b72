import { formatZurichDay, formatZurichTime } from '../lib/zurichTime.ts';
import { SITE } from '../site.config.ts';
import { checkMediaContents } from './checkMediaContents.ts';
import { composeSnippet } from './composeSnippet.ts';
import { byPosition, type CalendarError, EditorialError } from './errors.ts';
import { type Calendar, type LoadOptions, loadCalendar } from './loadCalendar.ts';
import { type ProfileOptions, UNIT_LABEL } from './networks.ts';
import { type ComposedPost, duplicateTexts, formulaLikeTexts, staleEntries } from './postWarnings.ts';
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
  /** What does not stop the pack: what drafts still lack, stale reviews, duplicates in progress, formula-like texts. */
  warnings: CalendarError[];
  /** What `npm run calendar:check` prints. */
  report: string;
  exitCode: 0 | 1;
}

/**
 * Everything `calendar:check` does but printing: load, check the media files' contents, compose every post once (to
 * catch what cannot fit, to warn about shortened texts and dropped hashtags, to find duplicates), and write the
 * report: errors, held-back entries, warnings, shortened texts, dropped hashtags, coming weeks.
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
  const dropped: string[] = [];
  const composed: ComposedPost[] = [];
  const unready = new Set(calendar.warnings.map((warning) => `${warning.file}\u0000${warning.id}`));
  for (const entry of calendar.entries) {
    // What a draft still lacks is a warning already: its posts cannot be composed yet.
    if (unready.has(`${entry.source.file}\u0000${entry.id}`)) continue;
    const cut: string[] = [];
    const tags: string[] = [];
    for (const network of entry.networks) {
      try {
        const snippet = composeSnippet(entry, network, { ...options, articles: calendar.articles });
        if (snippet.truncated) cut.push(`${network} (${snippet.count.limit} ${UNIT_LABEL[snippet.count.unit]})`);
        if (snippet.droppedHashtags.length > 0)
          tags.push(`${network} : ${snippet.droppedHashtags.map((tag) => `#${tag}`).join(' ')}`);
        if (entry.status !== 'idea') composed.push({ entry, network, text: snippet.text });
      } catch (error) {
        if (!(error instanceof EditorialError)) throw error;
        errors.push({ ...entry.source, id: entry.id, code: error.code, message: error.message });
      }
    }
    const when = `${entry.id} (${formatZurichTime(entry.date)})`;
    if (cut.length > 0) shortened.push(`  ${when} : ${cut.join(', ')}`);
    if (tags.length > 0) dropped.push(`  ${when} : ${tags.join(' ; ')}`);
  }
  const findings = [
    ...duplicateTexts(composed),
    ...staleEntries(calendar.entries, now),
    ...formulaLikeTexts(calendar.entries),
  ];
  errors.push(...findings.filter((finding) => finding.severity === 'error').map(({ severity, ...error }) => error));
  const warnings = [
    ...calendar.warnings,
    ...findings.filter((finding) => finding.severity === 'warning').map(({ severity, ...warning }) => warning),
  ];
  errors.sort(byPosition);
  warnings.sort(byPosition);

  const place = (error: CalendarError) => `${error.file}:${error.line}:${error.col}  ${error.id ?? '-'}`;
  const lines = errors.map((error) => `${place(error)}  ${error.message}`);
  if (calendar.holds.length > 0) {
    lines.push('', 'Retenus faute de consentement (hors du pack tant que ce n’est pas réglé) :');
    lines.push(...calendar.holds.map((hold) => `  ${hold.file}:${hold.line}:${hold.col}  ${hold.id}  ${hold.reason}`));
  }
  if (warnings.length > 0) {
    lines.push('', 'Avertissements (à régler avant l’approbation ; ils n’empêchent pas le pack) :');
    lines.push(...warnings.map((warning) => `${place(warning)}  ${warning.message}`));
  }
  if (shortened.length > 0)
    lines.push(
      '',
      'Textes raccourcis pour tenir dans la limite (relisez la fin, ou écrivez une variante) :',
      ...shortened,
    );
  if (dropped.length > 0)
    lines.push(
      '',
      'Mots-clés retirés (limite du réseau ou place manquante ; ceux de l’entrée passent avant ceux de l’hôpital) :',
      ...dropped,
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
  return { errors, warnings, report: `${lines.join('\n')}\n`, exitCode: errors.length === 0 ? 0 : 1 };
}
