import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { type ViewOptions, viewCalendar } from '../src/editorial/desk/viewCalendar.ts';
import { calendarPlaces, parseCommandLine, readMonth, UsageError } from './commandLine.ts';
import { type CommandContext, runCli } from './runCli.ts';

const USAGE =
  'npm run calendar:view -- [--from 2026-11] [--to 2026-12] [--out editorial/out] [--calendar editorial/calendar] [--content content/articles]';

export function parseViewArgs(argv: string[], defaults: { now: Date; cwd: string }): ViewOptions & { out: string } {
  const values = parseCommandLine(
    argv,
    {
      from: { type: 'string' },
      to: { type: 'string' },
      out: { type: 'string', default: 'editorial/out' },
      ...calendarPlaces(defaults.cwd),
    },
    USAGE,
  );
  // The view shows unapproved posts and internal notes: it must never land in the public site.
  const out = resolve(defaults.cwd, values.out);
  const fromDist = relative(resolve(defaults.cwd, 'dist'), out);
  if (fromDist === '' || !fromDist.startsWith(`..`))
    throw new UsageError(
      `--out ${values.out} est dans dist/, le site public : le calendrier contient des posts non approuvés et des notes. Choisissez un autre dossier, par exemple editorial/out.`,
    );
  return {
    out,
    now: defaults.now,
    calendarDir: values.calendar,
    contentDir: values.content,
    root: values.root,
    ...(values.from === undefined ? {} : { from: readMonth(values.from, '--from') }),
    ...(values.to === undefined ? {} : { to: readMonth(values.to, '--to') }),
  };
}

/** Writes index.html and editorial.ics into --out. */
export function main({ argv, now, cwd, out }: CommandContext): undefined {
  const { out: folder, ...options } = parseViewArgs(argv, { now, cwd });
  const icsFile = join(folder, 'editorial.ics');
  // The events' revisions continue from the file written last time, so a subscribed calendar updates them.
  const view = viewCalendar({
    ...options,
    ...(existsSync(icsFile) ? { previousIcs: readFileSync(icsFile, 'utf8') } : {}),
  });
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'index.html'), view.html);
  writeFileSync(icsFile, view.ics);
  const shown = relative(cwd, folder) || '.';
  out(
    `Calendrier de ${view.months[0]} à ${view.months.at(-1)} : ${shown}${sep}index.html (ouvrez-le dans un navigateur) et ${shown}${sep}editorial.ics (abonnement ou import dans Outlook).\n` +
      (view.invalidEntries > 0
        ? `${view.invalidEntries} entrée(s) en erreur n’y figurent pas : lancez npm run calendar:check.\n`
        : ''),
  );
}

if (import.meta.main) await runCli(main);
