import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { articleSkeleton, type SkeletonInput } from './articleSkeleton.ts';
import { CATEGORY_IDS, type CategoryId } from './categories.ts';
import { isLang } from './i18n.ts';
import { slugify } from './slugify.ts';
import { UserError } from './userError.ts';
import { LocalTimeError, parseZurichTime } from './zurichTime.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Why a new article was not written; `code` lets tests and scripts tell the cases apart. */
export type CreateArticleCode = 'missing' | 'category' | 'lang' | 'author' | 'slug' | 'date' | 'exists';

export interface CreateArticleInput {
  title: string;
  category: string;
  lang: string;
  authors: string[];
  date: string;
  /** Defaults to the title as an address. */
  slug?: string | undefined;
}

/**
 * Writes `content/articles/<lang>/<slug>.md` as a draft skeleton; never overwrites an article, in Markdown or MDX.
 * The slug becomes a folder name and an address, and the date the publication date: both are checked first.
 * Returns the file written.
 */
export function createArticle(contentDir: string, input: CreateArticleInput): string {
  if (!input.title.trim())
    throw new UserError<CreateArticleCode>('missing', 'Donnez un titre à l’article (--title "…").');
  if (!(CATEGORY_IDS as readonly string[]).includes(input.category)) {
    throw new UserError<CreateArticleCode>(
      'category',
      `Rubrique « ${input.category} » inconnue : choisissez parmi ${CATEGORY_IDS.join(', ')}.`,
    );
  }
  if (!isLang(input.lang))
    throw new UserError<CreateArticleCode>('lang', `Langue « ${input.lang} » inconnue : écrivez fr ou de.`);
  const known = readdirSync(join(contentDir, 'authors')).map((file) => file.replace(/\.yaml$/, ''));
  const unknown = input.authors.filter((author) => !known.includes(author));
  if (input.authors.length === 0 || unknown.length > 0) {
    throw new UserError<CreateArticleCode>(
      'author',
      `Auteur ${unknown.length ? `« ${unknown.join(', ')} » ` : ''}introuvable : choisissez parmi ${known.join(', ')} (ou ajoutez sa fiche dans content/authors/).`,
    );
  }
  const slug = input.slug ?? slugify(input.title);
  if (!SLUG.test(slug))
    throw new UserError<CreateArticleCode>(
      'slug',
      `Adresse « ${slug} » impossible : elle ne s’écrit qu’en minuscules sans accents, chiffres et tirets (par exemple ${slugify(slug) || slugify(input.title) || 'canicule-proteger-les-aines'}).`,
    );
  checkDate(input.date);
  const folder = join(contentDir, 'articles', input.lang);
  const taken = ['.md', '.mdx']
    .flatMap((extension) => [join(folder, `${slug}${extension}`), join(folder, slug, `index${extension}`)])
    .find((path) => existsSync(path));
  if (taken)
    throw new UserError<CreateArticleCode>(
      'exists',
      `${taken} existe déjà : choisissez un autre titre ou --slug, rien n’a été écrit.`,
    );
  const file = join(folder, `${slug}.md`);
  const skeleton: SkeletonInput = {
    title: input.title.trim(),
    category: input.category as CategoryId,
    lang: input.lang,
    authors: input.authors,
    date: input.date,
  };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, articleSkeleton(skeleton), { flag: 'wx' });
  return file;
}

/** A publication day that exists, written as the frontmatter wants it. */
function checkDate(date: string): void {
  const problem = `Date « ${date} » impossible : écrivez un jour qui existe, AAAA-MM-JJ (par exemple 2026-11-24).`;
  if (!DAY.test(date)) throw new UserError<CreateArticleCode>('date', problem);
  try {
    parseZurichTime(date);
  } catch (error) {
    if (error instanceof LocalTimeError) throw new UserError<CreateArticleCode>('date', problem);
    throw error;
  }
}
