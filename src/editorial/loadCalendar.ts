import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Document, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import type { z } from 'zod';
import { LANGS } from '../lib/i18n.ts';
import { NETWORK_IDS } from '../lib/socialNetworks.ts';
import { YAML_AS_WRITTEN } from '../lib/yamlAsWritten.ts';
import { formatZurichTime } from '../lib/zurichTime.ts';
import { type ArticleIndex, findArticle, loadArticleIndex } from './articleIndex.ts';
import { NOT_UTF8, readCalendarText } from './calendarText.ts';
import { type Entry, entrySchema, MEDIA_FIELDS, type Media } from './entrySchema.ts';
import { byPosition, type CalendarError, EditorialError } from './errors.ts';
import { type MediaPlaces, mediaPlace } from './mediaPlace.ts';
import { NETWORKS } from './networks.ts';
import { policyHolds } from './publishability.ts';
import { readinessProblems, readinessSeverity } from './readiness.ts';
import { suggestion } from './suggest.ts';
import { locate, type Position } from './yamlPositions.ts';

export interface LoadOptions extends MediaPlaces {
  /** Folder of the `*.yaml` calendar files. */
  calendarDir: string;
  /** Folder of the site's articles (`content/articles`). */
  contentDir: string;
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

/** A media file an entry uses, found where it must be; its contents are checked apart (`checkMediaContents`). */
export interface MediaUse {
  /** The file, links followed. */
  file: string;
  kind: Media['kind'];
  /** As the planner wrote it. */
  src: string;
  /** Entry id. */
  id: string;
  /** Where `src` is written, and the field's path (`media[0].src`). */
  at: { file: string; field: string } & Position;
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
  /** Every media file of the entries that passed the schema, once per entry and item. */
  media: MediaUse[];
}

const CALENDAR_FILE = /\.ya?ml$/;
const ENTRY_FIELDS = Object.keys(entrySchema.shape);
type Path = (string | number)[];

/**
 * Reads every calendar file as written (strict UTF-8, YAML without its 1.1 types) and checks each entry against the
 * schema, the articles, the other entries and the places of its media files; their contents are checked apart, with
 * sharp and file-type, by `checkMediaContents` (calendar:check and the pack run both).
 */
export function loadCalendar({ calendarDir, contentDir, ...places }: LoadOptions): Calendar {
  if (!existsSync(calendarDir)) {
    throw new EditorialError(
      'calendar-dir-missing',
      `Le dossier du calendrier ${calendarDir} est introuvable : indiquez-le avec --calendar.`,
    );
  }
  const articles = loadArticleIndex(contentDir);
  const calendar: Calendar = { entries: [], errors: [], warnings: [], holds: [], articles, media: [] };
  const seenIds = new Map<string, string>();
  const files = readdirSync(calendarDir)
    .filter((name) => CALENDAR_FILE.test(name))
    .sort();
  for (const name of files) {
    const file = join(calendarDir, name);
    const report = (at: Position, error: Omit<CalendarError, 'file' | 'line' | 'col'>) =>
      calendar.errors.push({ file, ...at, ...error });
    const decoded = readCalendarText(file);
    if ('invalidAt' in decoded) {
      report(decoded.invalidAt, { code: 'not-utf8', message: NOT_UTF8 });
      continue;
    }
    const lineCounter = new LineCounter();
    const doc = parseDocument(decoded.text, { ...YAML_AS_WRITTEN, lineCounter });

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
    for (const warning of doc.warnings.filter((warning) => warning.code === 'TAG_RESOLVE_FAILED'))
      report(lineCounter.linePos(warning.pos[0]), {
        code: 'yaml-tag',
        message:
          'Étiquette YAML (!!timestamp, !!binary, !…) : le calendrier n’en utilise pas, retirez-la et écrivez la valeur telle quelle.',
      });
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
    const raw = valuesOf(doc);
    if (!raw) {
      report(lineCounter.linePos(faultyAlias(doc)), {
        code: 'yaml-alias',
        message:
          'Renvoi YAML (*nom) illisible : son ancre (&nom) manque plus haut, ou les renvois se démultiplient (des copies de copies). Écrivez chaque entrée en entier, sans & ni *.',
      });
      continue;
    }
    raw.forEach((item, index) => {
      const id = isRecord(item) && typeof item.id === 'string' ? item.id : undefined;
      const {
        problems,
        warnings = [],
        entry,
        media,
      } = checkEntry(item, {
        articles,
        places,
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
      for (const { index: mediaIndex, file: mediaFile, kind, src } of media) {
        const path = ['media', mediaIndex, 'src'];
        calendar.media.push({
          file: mediaFile,
          kind,
          src,
          id: id!,
          at: { file, field: fieldName(path), ...locate(doc, lineCounter, [index, ...path]) },
        });
      }
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

/**
 * The document as plain values; undefined when the parser refuses to expand an alias: one without its anchor, or
 * aliases repeating an anchor beyond the parser's limit (a "billion laughs" file: copies of copies of copies).
 */
function valuesOf(doc: Document): unknown[] | undefined {
  try {
    return doc.toJS();
  } catch (error) {
    if (error instanceof ReferenceError) return undefined;
    throw error;
  }
}

/** Offset of the first alias without an anchor before it, or else of the first alias: where the expansion failed. */
function faultyAlias(doc: Document): number {
  const anchors = new Set<string>();
  let first: number | undefined;
  let unresolved: number | undefined;
  visit(doc, {
    Node(_, node) {
      if (node.anchor) anchors.add(node.anchor);
    },
    Alias(_, alias) {
      const offset = alias.range?.[0] ?? 0;
      first ??= offset;
      if (anchors.has(alias.source)) return undefined;
      unresolved = offset;
      return visit.BREAK;
    },
  });
  return unresolved ?? first ?? 0;
}

interface Problem {
  path: Path;
  code: string;
  message: string;
  atKey?: boolean;
}

interface CheckContext {
  articles: ArticleIndex;
  places: MediaPlaces;
  /** First place each id was seen, `file:line`. */
  seenIds: Map<string, string>;
  where: () => string;
}

interface CheckedEntry {
  problems: Problem[];
  /** What the entry still lacks when that is only a warning (readiness.ts). */
  warnings?: Problem[];
  /** The entry, when it has no problem. */
  entry?: Entry;
  /** The media files found where they must be, when the entry passed the schema. */
  media: FoundMedia[];
}

interface FoundMedia {
  index: number;
  file: string;
  kind: Media['kind'];
  src: string;
}

/** The problems of one entry, what it still lacks when that is only a warning, the entry itself when it has no problem, and the media files it uses. */
function checkEntry(raw: unknown, context: CheckContext): CheckedEntry {
  if (!isRecord(raw))
    return {
      media: [],
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
  if (!parsed.success) return { problems, media: [] };
  const entry = parsed.data;
  const media: FoundMedia[] = [];
  entry.media.forEach(({ src, kind }, index) => {
    const place = mediaPlace(src, context.places);
    if ('file' in place) media.push({ index, file: place.file, kind, src });
    else problems.push({ path: ['media', index, 'src'], code: place.code, message: place.message });
  });
  problems.push(...checkArticle(entry, context.articles));
  const severity = readinessSeverity(entry);
  const unready = severity === undefined ? [] : readinessProblems(entry);
  if (severity === 'error') problems.push(...unready);
  if (problems.length > 0) return { problems, media };
  return {
    problems,
    warnings: unready.map((problem) => ({ ...problem, message: beforeApproval(problem.message) })),
    entry,
    media,
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
