import { writeFileSync } from 'node:fs';
import { CalendarFileError } from '../src/editorial/desk/insertEntries.ts';
import { planSuggestion, SuggestError, type SuggestOptions } from '../src/editorial/desk/suggestForArticle.ts';
import { EditorialError } from '../src/editorial/errors.ts';
import { loadCalendar } from '../src/editorial/loadCalendar.ts';
import { NETWORKS } from '../src/editorial/networks.ts';
import { LANGS, type Lang } from '../src/lib/i18n.ts';
import { calendarPlaces, parseCommandLine, readNow, UsageError } from './commandLine.ts';

const USAGE =
  'npm run calendar:suggest -- --article <slug> [--lang fr|de] [--calendar editorial/calendar] [--content content/articles] [--now 2026-11-23]';

/** Reads the command line; `now` and the working directory are passed in so tests control them. */
export function parseSuggestArgs(argv: string[], defaults: { now: Date; cwd: string }): SuggestOptions {
  const values = parseCommandLine(
    argv,
    {
      article: { type: 'string' },
      lang: { type: 'string', default: 'fr' },
      ...calendarPlaces(defaults.cwd),
      now: { type: 'string' },
    },
    USAGE,
  );
  if (!values.article) throw new UsageError(`Indiquez l’article : ${USAGE}`);
  if (!LANGS.includes(values.lang as Lang)) throw new UsageError(`--lang attend fr ou de (reçu « ${values.lang} »).`);
  return {
    slug: values.article,
    lang: values.lang as Lang,
    now: readNow(values.now, defaults.now),
    calendarDir: values.calendar,
    contentDir: values.content,
    root: values.root,
  };
}

export function main(argv: string[]): void {
  try {
    const options = parseSuggestArgs(argv, { now: new Date(), cwd: process.cwd() });
    const plan = planSuggestion(options);
    if (plan.entries.length === 0) {
      process.stdout.write(`Chaque réseau qui convient à « ${options.slug} » l’annonce déjà : rien à ajouter.\n`);
      return;
    }
    for (const { file, text } of plan.writes) writeFileSync(file, text);
    const lines = plan.entries.map(
      (entry) => `  ${entry.date}  ${NETWORKS[entry.networks[0]].label.padEnd(9)} ${entry.id}`,
    );
    const files = plan.writes.map(({ file, created }) => `${file}${created ? ' (créé)' : ''}`).join(', ');
    process.stdout.write(`${plan.entries.length} brouillon(s) ajouté(s) dans ${files} :\n${lines.join('\n')}\n`);
    const newIds = new Set(plan.entries.map((entry) => entry.id));
    const problems = loadCalendar(options).errors.filter((error) => error.id !== undefined && newIds.has(error.id));
    if (problems.length > 0) {
      process.stderr.write(
        `À corriger dans les nouvelles entrées :\n${problems.map((error) => `  ${error.file}:${error.line}:${error.col}  ${error.id}  ${error.message}`).join('\n')}\n`,
      );
      process.exitCode = 1;
      return;
    }
    process.stdout.write(
      'Relisez les textes, ajoutez une image si besoin, puis passez-les en review. Vérification : npm run calendar:check\n',
    );
  } catch (error) {
    if (
      !(
        error instanceof UsageError ||
        error instanceof SuggestError ||
        error instanceof CalendarFileError ||
        error instanceof EditorialError
      )
    )
      throw error;
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  }
}

if (import.meta.main) main(process.argv.slice(2));
