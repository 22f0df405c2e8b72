import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { READING_TIME_METHOD, readingTime } from '../readingTime.ts';
import { slugify } from '../slugify.ts';
import { checkArticleImage, type ImageRules } from './checkArticleImage.ts';
import { bodyOf, frontmatterAsWritten } from './frontmatterSource.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Frontmatter dates, read from the text as written (see `frontmatterAsWritten`). */
const DATE_FIELDS = ['pubDate', 'updatedDate'] as const;

/**
 * What the loader adds to an article's data, after the schema: the store keeps no bodies (they would be half of it,
 * read back whole by every build), so what the pages need from the text is counted while the file is read.
 */
export interface CountedFromBody {
  /** Minutes to read the article (`readingTime` of its body). */
  readingMinutes: number;
}

/** The key, in the collection's meta store, of how the stored counts were made (`READING_TIME_METHOD`, hashed). */
export const COUNTED_WITH = 'counted-with';

/** Why an article file cannot be read as one; its message names the file and says what to do, in French. */
export class ArticleFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArticleFileError';
  }
}

/** Astro's render function of a content type (Markdown), as the glob loader receives it in its context. */
type Render = (entry: unknown) => Promise<unknown>;
interface EntryType {
  getRenderFunction?: (config: unknown) => Promise<Render>;
}
/** The glob loader's context: Astro passes it the content types, which its public type leaves out. */
type GlobContext = LoaderContext & { entryTypes: Map<string, EntryType> };

export interface ArticleLoaderOptions {
  /** Folder of the articles, `<lang>/<slug>.md` or `<lang>/<slug>/index.md` (or `.mdx`), from the project root. */
  base: string;
  /** Folder of the authors' files, `<id>.yaml`. */
  authorsFolder: string;
  images: ImageRules;
}

/** The slug a file's name gives, as written: `fr/varices.md` and `fr/varices/index.mdx` give `varices`. */
function slugAsWritten(base: string, file: string): string {
  const [, ...rest] = relative(base, file).split(/[\\/]/);
  return rest
    .join('/')
    .replace(/\.mdx?$/, '')
    .replace(/\/index$/, '');
}

/**
 * Every article file's name, checked before Astro reads any (it skips the files it has already read): a valid slug,
 * and one file per slug, since `x.md`, `x.mdx` and `x/index.md` would all be published at `/articles/x/`.
 */
function checkFileNames(base: string): string[] {
  const problems: string[] = [];
  const bySlug = new Map<string, string>();
  for (const lang of ['fr', 'de']) {
    if (!existsSync(join(base, lang))) continue;
    for (const entry of readdirSync(join(base, lang), { recursive: true, encoding: 'utf8' })) {
      if (!/\.mdx?$/.test(entry)) continue;
      const file = join(base, lang, entry);
      const name = relative(process.cwd(), file);
      const slug = slugAsWritten(base, file);
      if (!SLUG.test(slug)) {
        const wanted = slugify(slug.replaceAll('/', '-')) || 'titre-de-l-article';
        const extension = entry.slice(entry.lastIndexOf('.'));
        const rename = /(^|\/)index\.mdx?$/.test(entry) ? `${wanted}/index${extension}` : `${wanted}${extension}`;
        problems.push(
          `${name} : le nom du fichier donne l’adresse de l’article et ne s’écrit qu’en minuscules sans accents, chiffres et tirets : renommez-le « ${rename} ».`,
        );
        continue;
      }
      const other = bySlug.get(`${lang}/${slug}`);
      if (other)
        problems.push(`${name} et ${other} donnent la même adresse (${slug}) : gardez un seul des deux fichiers.`);
      else bySlug.set(`${lang}/${slug}`, name);
    }
  }
  return problems;
}

/**
 * Astro's glob loader for `.md` and `.mdx` articles, with what it does not check: a file name that is a valid slug, one
 * file per slug, dates that exist as written, authors that have a file, a hero image inside the article's folder and
 * within the pixel budget. A Markdown body that cannot be rendered (an unknown directive) stops the build, where Astro
 * would only log it.
 */
export function articleLoader(options: ArticleLoaderOptions): Loader {
  const base = resolve(options.base);
  const countedWith = createHash('sha256').update(READING_TIME_METHOD).digest('base64url');
  const inner = glob({ base: options.base, pattern: '{fr,de}/**/*.{md,mdx}', retainBody: false });
  return {
    name: 'passerelle-articles',
    load: async (loaderContext) => {
      const context = loaderContext as GlobContext;
      const problems: string[] = [];
      const misnamed = checkFileNames(base);
      if (misnamed.length > 0) throw new ArticleFileError(misnamed.join('\n'));
      // Astro reuses a stored entry as long as its file is unchanged, and CI keeps the store (node_modules/.astro):
      // counts made another way, or by a version that made none, would stay. Every file is then read again.
      if (context.meta.get(COUNTED_WITH) !== countedWith) {
        context.store.clear();
        context.meta.set(COUNTED_WITH, countedWith);
      }

      async function check(file: string, data: Record<string, unknown>): Promise<string[]> {
        const name = relative(process.cwd(), file);
        const found: string[] = [];
        const authors = Array.isArray(data['authors']) ? data['authors'] : [];
        for (const author of authors) {
          if (typeof author === 'string' && !existsSync(join(options.authorsFolder, `${author}.yaml`)))
            found.push(
              `l’auteur « ${author} » n’a pas de fiche dans ${options.authorsFolder}/ : écrivez le nom d’un fichier de ce dossier (sans .yaml), ou ajoutez sa fiche.`,
            );
        }
        const hero = data['hero'];
        if (hero && typeof hero === 'object' && 'src' in hero && typeof hero.src === 'string') {
          const problem = await checkArticleImage(file, hero.src, options.images);
          if (problem) found.push(`hero.src : ${problem}`);
        }
        return found.map((message) => `${name} : ${message}`);
      }

      const parseData = async (props: Parameters<LoaderContext['parseData']>[0]) => {
        const file = resolve(props.filePath ?? '');
        const source = readFileSync(file, 'utf8');
        const asWritten = frontmatterAsWritten(source);
        const data: Record<string, unknown> = { ...props.data };
        for (const field of DATE_FIELDS) {
          const value =
            asWritten && typeof asWritten === 'object' ? (asWritten as Record<string, unknown>)[field] : undefined;
          if (typeof value === 'string') data[field] = value;
        }
        const found = await check(file, data);
        if (found.length > 0) throw new ArticleFileError(found.join('\n'));
        const parsed = await context.parseData({ ...props, data });
        return { ...parsed, readingMinutes: readingTime(bodyOf(source)) } satisfies CountedFromBody;
      };

      const entryTypes = new Map(
        [...context.entryTypes].map(([extension, entryType]) => {
          const { getRenderFunction } = entryType;
          if (!getRenderFunction) return [extension, entryType];
          return [
            extension,
            {
              ...entryType,
              getRenderFunction: async (config: unknown): Promise<Render> => {
                const render = await getRenderFunction(config);
                return async (entry: unknown) => {
                  try {
                    return await render(entry);
                  } catch (error) {
                    problems.push((error as Error).message);
                    throw error;
                  }
                };
              },
            },
          ];
        }),
      );

      await inner.load({ ...context, parseData: parseData as LoaderContext['parseData'], entryTypes } as GlobContext);
      if (problems.length > 0) throw new ArticleFileError(problems.join('\n'));
    },
  };
}
