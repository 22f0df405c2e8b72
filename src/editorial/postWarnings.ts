import type { NetworkId } from '../lib/socialNetworks.ts';
import { formatZurichTime, weekContaining } from '../lib/zurichTime.ts';
import { accountFor } from './accounts.ts';
import type { CalendarError } from './errors.ts';
import { startsLikeFormula } from './formulaLike.ts';
import type { CalendarEntry } from './loadCalendar.ts';
import { NETWORKS } from './networks.ts';
import { STATUS_LABEL } from './statuses.ts';

/** A finding of calendar:check beyond the schema, with its weight. */
export interface Finding extends CalendarError {
  severity: 'error' | 'warning';
}

function at(entry: CalendarEntry, field: string | undefined, code: string, message: string): CalendarError {
  return {
    file: entry.source.file,
    line: entry.source.line,
    col: entry.source.col,
    id: entry.id,
    ...(field === undefined ? {} : { field }),
    code,
    message,
  };
}

/** Entries still in draft or review whose time has passed: nobody approved them in time. */
export function staleEntries(entries: readonly CalendarEntry[], now: Date): Finding[] {
  return entries
    .filter((entry) => (entry.status === 'review' || entry.status === 'draft') && entry.date < now)
    .map((entry) => ({
      severity: 'warning',
      ...at(
        entry,
        'status',
        'stale',
        `La date du post (${formatZurichTime(entry.date)}) est passée et il est encore en ${STATUS_LABEL[entry.status]} : approuvez-le avec une nouvelle date, passez-le en published s’il a été publié à la main, ou retirez-le.`,
      ),
    }));
}

/**
 * Texts a spreadsheet would compute as a formula (formulaLike.ts), in the fields the scheduler files carry. The pack
 * keeps them exact (the schedulers would publish any prefix); the warning is for whoever opens those files in Excel.
 */
export function formulaLikeTexts(entries: readonly CalendarEntry[]): Finding[] {
  return entries
    .filter((entry) => entry.status !== 'idea')
    .flatMap((entry) => {
      const fields: [string, string | undefined][] = [
        ['text', entry.text],
        ...Object.entries(entry.variants).map(([network, text]): [string, string] => [`variants.${network}`, text]),
        ['firstComment', entry.firstComment],
        ['title', entry.title],
        ...entry.media.map((media, index): [string, string] => [`media[${index}].alt`, media.alt]),
      ];
      return fields
        .filter((field): field is [string, string] => field[1] !== undefined && startsLikeFormula(field[1]))
        .map(([field, text]) => ({
          severity: 'warning' as const,
          ...at(
            entry,
            field,
            'formula-like',
            `${field} commence par « ${text.charAt(0)} » : un tableur (Excel, LibreOffice) le prendrait pour une formule. Le pack le garde tel quel pour Hootsuite et Publer ; n’ouvrez pas leurs fichiers dans un tableur (la copie excel/ du pack est faite pour cela), ou commencez le texte autrement.`,
          ),
        }));
    });
}

/** One composed post, for the duplicate check. */
export interface ComposedPost {
  entry: CalendarEntry;
  network: NetworkId;
  text: string;
}

/**
 * Two posts of one account with the same text in one ISO week, or in consecutive weeks (the same text as last week's
 * pack): Hootsuite refuses them and X answers "Status is a duplicate". Reported on the later post: an error when both
 * have passed approval (the scheduler would refuse it), a warning while one is still being written.
 */
export function duplicateTexts(posts: readonly ComposedPost[]): Finding[] {
  const findings: Finding[] = [];
  const byText = Map.groupBy(
    posts,
    (post) => `${accountFor(post.network, post.entry.lang)?.id ?? post.network}\u0000${post.text}`,
  );
  for (const group of byText.values()) {
    const sorted = [...group].sort((a, b) => a.entry.date.getTime() - b.entry.date.getTime());
    for (const [index, later] of sorted.entries()) {
      const laterWeek = weekContaining(later.entry.date);
      const lastWeek = weekContaining(new Date(laterWeek.start.getTime() - 1)).id;
      const earlier = sorted
        .slice(0, index)
        .find((post) => [laterWeek.id, lastWeek].includes(weekContaining(post.entry.date).id));
      if (!earlier || earlier.entry.id === later.entry.id) continue;
      const passed = (post: ComposedPost) => post.entry.status === 'approved' || post.entry.status === 'published';
      findings.push({
        severity: passed(later) && passed(earlier) ? 'error' : 'warning',
        ...at(
          later.entry,
          later.entry.variants[later.network] ? `variants.${later.network}` : 'text',
          'duplicate-text',
          `Sur ${NETWORKS[later.network].label}, ce post a le même texte que « ${earlier.entry.id} » (${formatZurichTime(earlier.entry.date)}), sur le même compte à moins d’une semaine d’écart : Hootsuite et X refusent un doublon. Écrivez une variante ${later.network}.`,
        ),
      });
    }
  }
  return findings;
}
