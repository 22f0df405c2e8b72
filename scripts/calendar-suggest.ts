import { writeFileSync } from 'node:fs';
import { planSuggestion, type SuggestOptions } from '../src/editorial/desk/suggestForArticle.ts';
import { loadCalendar } from '../src/editorial/loadCalendar.ts';
import { NETWORKS } from '../src/editorial/networks.ts';
import { LANGS, type Lang } from '../src/lib/i18n.ts';
import { calendarPlaces, parseCommandLine, readCalendarPlaces, readNow, UsageError } from './commandLine.ts';
import { type CommandContext, runCli } from './runCli.ts';

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
    ...readCalendarPlaces(values),
  };
}

/** Writes the drafts into the month files; exits 1 when the new entries still need a correction. */
export function main({ argv, now, cwd, out, err }: CommandContext): number {
  const options = parseSuggestArgs(argv, { now, cwd });
  const plan = planSuggestion(options);
  if (plan.entries.length === 0) {
    out(`Chaque réseau qui convient à « ${options.slug} » l’annonce déjà : rien à ajouter.\n`);
    return 0;
  }
  for (const { file, text } of plan.writes) writeFileSync(file, text);
  const lines = plan.entries.map(
    (entry) => `  ${entry.date}  ${NETWORKS[entry.networks[0]].label.padEnd(9)} ${entry.id}`,
  );
  const files = plan.writes.map(({ file, created }) => `${file}${created ? ' (créé)' : ''}`).join(', ');
  out(`${plan.entries.length} brouillon(s) ajouté(s) dans ${files} :\n${lines.join('\n')}\n`);
  const newIds = new Set(plan.entries.map((entry) => entry.id));
  const problems = loadCalendar(options).errors.filter((error) => error.id !== undefined && newIds.has(error.id));
  if (problems.length > 0) {
    err(
      `À corriger dans les nouvelles entrées :\n${problems.map((error) => `  ${error.file}:${error.line}:${error.col}  ${error.id}  ${error.message}`).join('\n')}\n`,
    );
    return 1;
  }
  out(
    'Relisez les textes, ajoutez une image si besoin, puis passez-les en review. Vérification : npm run calendar:check\n',
  );
  return 0;
}

if (import.meta.main) await runCli(main);
