import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../lib/i18n.ts';
import type { NetworkId } from '../../lib/socialNetworks.ts';
import { UserError } from '../../lib/userError.ts';
import { monthHeading } from '../../lib/zurichTime.ts';
import { SITE } from '../../site.config.ts';
import { findArticle } from '../articleIndex.ts';
import { NOT_UTF8, readCalendarText } from '../calendarText.ts';
import { type LoadOptions, loadCalendar } from '../loadCalendar.ts';
import { insertEntries } from './insertEntries.ts';
import { type SuggestedEntry, suggestEntries } from './suggestEntries.ts';

export interface SuggestOptions extends LoadOptions {
  slug: string;
  lang: Lang;
  now: Date;
}

export interface SuggestPlan {
  entries: SuggestedEntry[];
  /** New text of each month file to write, `editorial/calendar/YYYY-MM.yaml`. */
  writes: { file: string; created: boolean; text: string }[];
}

/**
 * The draft entries for an article and the month files that receive them, computed in full before anything is
 * written: if one file cannot take them, none is touched.
 */
export function planSuggestion({ slug, lang, now, ...load }: SuggestOptions): SuggestPlan {
  const calendar = loadCalendar(load);
  const article = findArticle(calendar.articles, lang, slug);
  if (!article)
    throw new UserError(
      'unknown-article',
      `Aucun article « ${slug} » en « ${lang} » dans ${load.contentDir} : vérifiez le slug (nom du fichier ou du dossier), et --lang de pour un article allemand.`,
    );
  if (!article.valid)
    throw new UserError(
      'article-invalid',
      `L’article « ${slug} » (${article.file}) a un en-tête invalide — ${article.problem} : faites-le corriger d’abord.`,
    );
  if (article.data.draft)
    throw new UserError(
      'article-draft',
      `L’article « ${slug} » est un brouillon (draft: true) : il ne sera pas en ligne. Retirez draft: true et donnez-lui sa date (pubDate) avant de planifier ses posts.`,
    );

  const takenIds = new Set([
    ...calendar.entries.map((entry) => entry.id),
    ...calendar.errors.flatMap((error) => (error.id ? [error.id] : [])),
  ]);
  const announcedOn = new Set<NetworkId>(
    calendar.entries
      .filter((entry) => entry.article === slug && entry.lang === lang && entry.date >= article.data.pubDate)
      .flatMap((entry) => entry.networks),
  );
  const entries = suggestEntries({
    article: { ...article, data: article.data },
    takenIds,
    announcedOn,
    now,
    articles: calendar.articles,
  });

  const byMonth = Map.groupBy(entries, (entry) => entry.date.slice(0, 7));
  const comment = `Proposé par calendar:suggest pour « ${article.data.title} » (${lang}/${slug}) : brouillons à relire.`;
  const writes = [...byMonth].map(([month, monthEntries]) => {
    const file = join(load.calendarDir, `${month}.yaml`);
    const created = !existsSync(file);
    const source = created ? header(month) : monthText(file);
    return { file, created, text: insertEntries(source, monthEntries, file, comment) };
  });
  return { entries, writes };
}

function header(month: string): string {
  return [
    `# Calendrier éditorial — ${monthHeading(month)} (${SITE.name.fr})`,
    '#',
    '# Un fichier par mois, chaque entrée est une publication prévue. Les champs sont décrits dans editorial/README.md.',
    '# Vérifiez avant de pousser :  npm run calendar:check',
    '',
    '',
  ].join('\n');
}

/**
 * A month file's text as written: a byte-order mark is dropped (the file is written back without it, the same text);
 * a file that is not UTF-8 is refused rather than written back with replacement characters.
 */
function monthText(file: string): string {
  const read = readCalendarText(file);
  if ('text' in read) return read.text;
  throw new UserError('not-utf8', `${NOT_UTF8} Le fichier n’a pas été modifié.`, {
    place: { file, ...read.invalidAt },
  });
}
