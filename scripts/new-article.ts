/**
 * npm run new:article [-- --title "…" --category prevention-et-conseils --lang fr --authors claire-morand,luc-baeriswyl]
 * Asks for what the flags do not give (when run in a terminal), then writes a draft skeleton.
 */
import { stdin, stdout } from 'node:process';
import { createInterface } from 'node:readline/promises';
import { CATEGORY_IDS } from '../src/lib/categories.ts';
import { createArticle } from '../src/lib/createArticle.ts';
import { zurichDay } from '../src/lib/zurichTime.ts';
import { parseCommandLine, UsageError } from './commandLine.ts';
import { type CommandContext, runCli } from './runCli.ts';

const USAGE =
  'npm run new:article -- [--title "…"] [--category prevention-et-conseils] [--lang fr] [--authors claire-morand] [--slug …] [--date 2026-11-24] [--content content]';

const QUESTIONS = {
  title: 'Titre de l’article : ',
  category: `Rubrique (${CATEGORY_IDS.join(', ')}) : `,
  lang: 'Langue (fr ou de) [fr] : ',
  authors: 'Auteurs, séparés par des virgules (ex. claire-morand) : ',
} as const;

/** Asks for what the options do not give (in a terminal), then writes the skeleton. */
export async function main({ argv, now, out }: CommandContext): Promise<undefined> {
  const values = parseCommandLine(
    argv,
    {
      title: { type: 'string' },
      category: { type: 'string' },
      lang: { type: 'string' },
      authors: { type: 'string' },
      slug: { type: 'string' },
      date: { type: 'string' },
      content: { type: 'string', default: 'content' },
    },
    USAGE,
  );
  const answers: Record<keyof typeof QUESTIONS, string | undefined> = {
    title: values.title,
    category: values.category,
    lang: values.lang,
    authors: values.authors,
  };
  const missing = (Object.keys(QUESTIONS) as (keyof typeof QUESTIONS)[]).filter(
    (key) => answers[key] === undefined && key !== 'lang',
  );
  if (missing.length > 0 && !stdin.isTTY)
    throw new UsageError(
      `Il manque ${missing.map((key) => `--${key}`).join(', ')} : donnez-les en options, ou lancez la commande dans un terminal pour répondre aux questions.`,
    );
  if (missing.length > 0) {
    const prompt = createInterface({ input: stdin, output: stdout });
    for (const key of Object.keys(QUESTIONS) as (keyof typeof QUESTIONS)[])
      answers[key] ??= (await prompt.question(QUESTIONS[key])).trim() || undefined;
    prompt.close();
  }
  const file = createArticle(values.content, {
    title: answers.title ?? '',
    category: answers.category ?? '',
    lang: answers.lang ?? 'fr',
    authors: (answers.authors ?? '')
      .split(',')
      .map((author) => author.trim())
      .filter(Boolean),
    date: values.date ?? zurichDay(now),
    slug: values.slug,
  });
  out(
    `Article créé : ${file}\nC’est un brouillon (draft: true) : complétez la description, écrivez le texte, puis retirez draft: true pour le publier.\n`,
  );
}

if (import.meta.main) await runCli(main);
