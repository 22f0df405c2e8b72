import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { isSeq, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { LANGS } from '../lib/i18n.ts';
import { NETWORK_IDS } from '../lib/socialNetworks.ts';
import { formatZurichTime } from '../lib/zurichTime.ts';
import { type ArticleIndex, findArticle, loadArticleIndex } from './articleIndex.ts';
import { type Entry, entrySchema, MEDIA_FIELDS } from './entrySchema.ts';
import { byPosition, type CalendarError, EditorialError } from './errors.ts';
import { NETWORKS } from './networks.ts';
import { policyHolds } from './publishability.ts';
import { readinessProblems, readinessSeverity } from './readiness.ts';
import { suggestion } from './suggest.ts';
import { locate, type Position } from './yamlPositions.ts';

export interface LoadOptions {
  /** Folder of the `*.yaml` calendar files. */
  calendarDir: string;
  /** Folder of the site's articles (`content/articles`). */
  contentDir: string;
  /** Folder media `src` paths start from (the repository root). */
  root: string;
}

export type CalendarEntry = Entry & { source: { file: string } & Position };

export interface Hold {
  id: string;
  file: string;
  line: number;
  col: number;
  code: 'missing-consent';
  reason: string;
}

export interface Calendar {
  /** Entries without any error, in file order. */
  entries: CalendarEntry[];
  /** Every mistake found, sorted by file, line and column. */
  errors: CalendarError[];
  /** What valid entries still lack before they can be approved (readiness.ts), sorted the same way. */
  warnings: CalendarError[];
  /** Valid entries held back by policy (consent), with the place of the media item concerned. */
  holds: Hold[];
  /** The articles the entries were checked against, for composing snippets. */
  articles: ArticleIndex;
}

const CALENDAR_FILE = /\.ya?ml$/;
const ENTRY_FIELDS = Object.keys(entrySchema.shape);
type Path = (string | number)[];

/** Reads every calendar file and checks each entry against the schema, the articles, the media files and the other entries. */
export function loadCalendar({ calendarDir, contentDir, root }: LoadOptions): Calendar {
  if (!existsSync(calendarDir)) {
    throw new EditorialError(
      'calendar-dir-missing',
      `Le dossier du calendrier ${calendarDir} est introuvable : indiquez-le avec --calendar.`,
    );
  }
  const articles = loadArticleIndex(contentDir);
  const calendar: Calendar = { entries: [], errors: [], warnings: [], holds: [], articles };
  const seenIds = new Map<string, string>();
  const files = readdirSync(calendarDir)
    .filter((name) => CALENDAR_FILE.test(name))
    .sort();
  for (const name of files) {
    const file = join(calendarDir, name);
    const lineCounter = new LineCounter();
    const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter });
    const report = (at: Position, error: Omit<CalendarError, 'file' | 'line' | 'col'>) =>
      calendar.errors.push({ file, ...at, ...error });

    const syntaxLines = new Set<number>();
    for (const error of doc.errors) {
      const at = lineCounter.linePos(error.pos[0]);
      // One mistake often trips several parser errors on the same line: report it once.
      if (syntaxLines.has(at.line)) continue;
      syntaxLines.add(at.line);
      const duplicate = error.code === 'DUPLICATE_KEY';
      report(at, {
        code: duplicate ? 'duplicate-field' : 'yaml-syntax',
        message: YAML_MESSAGES[error.code] ?? YAML_MESSAGES.default!,
      });
    }
    // A repeated field leaves the rest readable; any other syntax error could make the rest mean something else.
    if (doc.errors.some((error) => error.code !== 'DUPLICATE_KEY')) continue;
    if (doc.contents === null) continue;
    if (!isSeq(doc.contents)) {
      report(locate(doc, lineCounter, []), {
        code: 'not-a-list',
        message:
          'Le fichier doit être une liste d’entrées, chacune commençant par « - id: » : voir editorial/calendar/2026-11.yaml.',
      });
      continue;
    }
    const raw: unknown[] = doc.toJS();
    raw.forEach((item, index) => {
      const id = isRecord(item) && typeof item.id === 'string' ? item.id : undefined;
      const {
        problems,
        warnings = [],
        entry,
      } = checkEntry(item, {
        articles,
        root,
        seenIds,
        where: () => `${file}:${locate(doc, lineCounter, [index]).line}`,
      });
      const placed = (problem: Problem): CalendarError => ({
        file,
        ...locate(doc, lineCounter, [index, ...problem.path], { key: problem.atKey ?? false }),
        ...(id === undefined ? {} : { id }),
        ...(problem.path.length ? { field: fieldName(problem.path) } : {}),
        code: problem.code,
        message: problem.message,
      });
      calendar.errors.push(...problems.map(placed));
      calendar.warnings.push(...warnings.map(placed));
      if (!entry) return;
      calendar.entries.push({ ...entry, source: { file, ...locate(doc, lineCounter, [index]) } });
      for (const hold of policyHolds(entry)) {
        calendar.holds.push({
          id: entry.id,
          file,
          ...locate(doc, lineCounter, [index, 'media', hold.mediaIndex]),
          code: hold.code,
          reason: hold.reason,
        });
      }
    });
  }
  calendar.errors.sort(byPosition);
  calendar.warnings.sort(byPosition);
  return calendar;
}

interface Problem {
  path: Path;
  code: string;
  message: string;
  atKey?: boolean;
}

interface CheckContext {
  articles: ArticleIndex;
  root: string;
  /** First place each id was seen, `file:line`. */
  seenIds: Map<string, string>;
  where: () => string;
}

/** The problems of one entry, what it still lacks when that is only a warning, and the entry itself when it has no problem. */
function checkEntry(raw: unknown, context: CheckContext): { problems: Problem[]; warnings?: Problem[]; entry?: Entry } {
  if (!isRecord(raw))
    return {
      problems: [
        {
          path: [],
          code: 'not-an-entry',
          message:
            'Cette entrée n’est pas un post : chaque entrée commence par « - id: » suivi des champs, un par ligne.',
        },
      ],
    };
  const parsed = entrySchema.safeParse(raw);
  const problems: Problem[] = parsed.success ? [] : parsed.error.issues.flatMap((issue) => fromZodIssue(issue, raw));
  if (typeof raw.id === 'string') {
    const first = context.seenIds.get(raw.id);
    if (first)
      problems.push({
        path: ['id'],
        code: 'duplicate-id',
        message: `L’identifiant « ${raw.id} » est déjà utilisé (${first}) : chaque post a le sien, renommez celui-ci.`,
      });
    else context.seenIds.set(raw.id, context.where());
  }
  if (!parsed.success) return { problems };
  const entry = parsed.data;
  problems.push(...checkArticle(entry, context.articles), ...checkMediaFiles(entry, context.root));
  const severity = readinessSeverity(entry);
  const unready = severity === undefined ? [] : readinessProblems(entry);
  if (severity === 'error') problems.push(...unready);
  if (problems.length > 0) return { problems };
  return {
    problems,
    warnings: unready.map((problem) => ({ ...problem, message: beforeApproval(problem.message) })),
    entry,
  };
}

/** A readiness message as a warning: the same fix, due before the entry is approved. */
function beforeApproval(message: string): string {
  return `${message.replace(/\.$/, '')} (avant de passer l’entrée en approved).`;
}

function checkArticle(entry: Entry, articles: ArticleIndex): Problem[] {
  if (entry.article === undefined) return [];
  const path = ['article'];
  const article = findArticle(articles, entry.lang, entry.article);
  if (!article) {
    const otherLang = LANGS.find((lang) => lang !== entry.lang && findArticle(articles, lang, entry.article!));
    const hint = otherLang
      ? ` Il existe en « ${otherLang} » : ajoutez lang: ${otherLang}.`
      : suggestion(
          entry.article,
          [...articles.values()].filter((a) => a.lang === entry.lang).map((a) => a.slug),
        ) || ' Vérifiez le nom du fichier de l’article.';
    return [
      { path, code: 'unknown-article', message: `Aucun article « ${entry.article} » en « ${entry.lang} ».${hint}` },
    ];
  }
  if (!article.valid)
    return [
      {
        path,
        code: 'article-invalid',
        message: `L’article « ${entry.article} » (${article.file}) a un en-tête invalide — ${article.problem} : faites-le corriger avant de le programmer.`,
      },
    ];
  const { data } = article;
  if (data.draft)
    return [
      {
        path,
        code: 'article-draft',
        message: `L’article « ${entry.article} » est un brouillon (draft: true) et ne sera pas en ligne : attendez sa publication ou retirez article.`,
      },
    ];
  const problems: Problem[] = [];
  if (data.pubDate > entry.date) {
    problems.push({
      path,
      code: 'article-not-yet-published',
      message: `L’article « ${entry.article} » ne paraît que le ${formatZurichTime(data.pubDate)}, après ce post (${formatZurichTime(entry.date)}) : programmez le post après la parution de l’article.`,
    });
  }
  const titleLimit = NETWORKS.youtube.title!.limit;
  if (entry.networks.includes('youtube') && entry.title === undefined && data.title.length > titleLimit) {
    problems.push({
      path,
      code: 'title-too-long',
      message: `Le titre de l’article compte ${data.title.length} caractères, plus que les ${titleLimit} d’un titre YouTube : ajoutez title: "…" à cette entrée.`,
    });
  }
  return problems;
}

function checkMediaFiles(entry: Entry, root: string): Problem[] {
  return entry.media.flatMap((media, index) => {
    const file = resolve(root, media.src);
    if (existsSync(file) && statSync(file).isFile()) return [];
    const folder = dirname(file);
    const near = existsSync(folder) ? suggestion(basename(file), readdirSync(folder)) : '';
    return [
      {
        path: ['media', index, 'src'],
        code: 'media-not-found',
        message: `Le fichier ${media.src} est introuvable (chemin depuis la racine du dépôt) : vérifiez son nom ou ajoutez-le.${near}`,
      },
    ];
  });
}

function fromZodIssue(issue: z.core.$ZodIssue, raw: Record<string, unknown>): Problem[] {
  const path = issue.path.filter((segment) => typeof segment !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    const parent = path.at(-1);
    const networkKeys = parent === 'variants' || parent === 'mentions';
    return issue.keys.map((key) =>
      networkKeys
        ? {
            path: [...path, key],
            atKey: true,
            code: 'unknown-network',
            message: `« ${key} » n’est pas un réseau connu : choisissez parmi ${NETWORK_IDS.join(', ')}.${suggestion(key, NETWORK_IDS)}`,
          }
        : {
            path: [...path, key],
            atKey: true,
            code: 'unknown-field',
            message: `Champ inconnu « ${key} » : il serait ignoré.${suggestion(key, path.length ? MEDIA_FIELDS : ENTRY_FIELDS) || ` Champs possibles : ${(path.length ? MEDIA_FIELDS : ENTRY_FIELDS).join(', ')}.`}`,
          },
    );
  }
  const missing = valueAt(raw, path) == null;
  const code =
    issue.code === 'custom' && typeof issue.params?.code === 'string'
      ? issue.params.code
      : path[0] === 'networks' && issue.code === 'invalid_value'
        ? 'unknown-network'
        : missing
          ? 'missing-field'
          : 'invalid-value';
  return [{ path, code, message: issue.message }];
}

function valueAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (node, segment) =>
      isRecord(node) || Array.isArray(node) ? (node as Record<string | number, unknown>)[segment] : undefined,
    value,
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `media[0].alt` */
function fieldName(path: Path): string {
  return path
    .map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`))
    .join('');
}

/** The yaml package's error codes, told in French with the usual cause. */
const YAML_MESSAGES: Record<string, string> = {
  DUPLICATE_KEY: 'Ce champ est écrit deux fois dans la même entrée : gardez-en un seul.',
  BLOCK_AS_IMPLICIT_KEY:
    'Deux-points inattendu ou ligne décalée : mettez entre guillemets un texte qui contient « : », et alignez chaque champ sur les autres champs de l’entrée.',
  MULTILINE_IMPLICIT_KEY:
    'Ligne décalée : alignez chaque champ sur les autres champs de l’entrée, et mettez entre guillemets un texte qui contient « : ».',
  MISSING_CHAR: 'Il manque un guillemet, un ] ou un } fermant : fermez ce qui a été ouvert plus haut.',
  BAD_INDENT:
    'Indentation incorrecte, ou crochet [ ] ou accolade { } non fermé : alignez la ligne sur ses voisines et fermez ce qui a été ouvert.',
  TAB_AS_INDENT: 'Tabulation dans l’indentation : YAML n’accepte que des espaces.',
  UNEXPECTED_TOKEN:
    'Caractère inattendu : indentez avec des espaces (jamais de tabulation) et mettez entre guillemets les textes qui contiennent « : », « # » ou commencent par « @ ».',
  BAD_DQ_ESCAPE:
    'Barre oblique inverse \\ invalide dans un texte entre guillemets doubles : doublez-la (\\\\) ou utilisez des guillemets simples.',
  MULTIPLE_DOCS: 'Un seul document par fichier : retirez la ligne « --- ».',
  default: 'YAML illisible à cet endroit : vérifiez l’indentation (des espaces), les deux-points et les guillemets.',
};
