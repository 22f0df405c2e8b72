import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { articleSkeleton, type SkeletonInput } from './articleSkeleton.ts';
import { CATEGORY_IDS, type CategoryId } from './categories.ts';
import { isLang } from './i18n.ts';
import { slugify } from './slugify.ts';
import { UserError } from './userError.ts';

/** Why a new article was not written; `code` lets tests and scripts tell the cases apart. */
export type CreateArticleCode = 'missing' | 'category' | 'lang' | 'author' | 'exists';

export interface CreateArticleInput {
  title: string;
  category: string;
  lang: string;
  authors: string[];
  date: string;
  /** Defaults to the title as an address. */
  slug?: string | undefined;
}

/** Writes `content/articles/<lang>/<slug>.mdx` as a draft skeleton; never overwrites an article. Returns the file written. */
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
  const folder = join(contentDir, 'articles', input.lang);
  const taken = [join(folder, `${slug}.mdx`), join(folder, slug, 'index.mdx')].find((path) => existsSync(path));
  if (taken)
    throw new UserError<CreateArticleCode>(
      'exists',
      `${taken} existe déjà : choisissez un autre titre ou --slug, rien n’a été écrit.`,
    );
  const file = join(folder, `${slug}.mdx`);
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
