import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { frontmatterAsWritten } from '../lib/articles/frontmatterSource.ts';
import { LANGS, type Lang } from '../lib/i18n.ts';
import { absoluteUrl, paths } from '../lib/paths.ts';
import { type PlainArticle, plainArticleSchema } from '../lib/schemas/article.ts';
import { SITE } from '../site.config.ts';
import { EditorialError } from './errors.ts';

interface ArticleFile {
  lang: Lang;
  slug: string;
  /** Path of the .md or .mdx file. */
  file: string;
  /** Public address of the article, without tracking parameters. */
  url: string;
}

/** An article whose frontmatter is valid, or one the site would refuse, with the reason. */
export type IndexedArticle = ArticleFile & ({ valid: true; data: PlainArticle } | { valid: false; problem: string });

/** The site's articles by language and slug, as the calendar refers to them. */
export type ArticleIndex = ReadonlyMap<string, IndexedArticle>;

export function findArticle(index: ArticleIndex, lang: Lang, slug: string): IndexedArticle | undefined {
  return index.get(`${lang}/${slug}`);
}

const ARTICLE_FILE = /\.mdx?$/;

/**
 * Reads `<contentDir>/<lang>/<slug>.md` and `<contentDir>/<lang>/<slug>/index.md` (and `.mdx`) without Astro,
 * as the site's collection does:
 * the frontmatter between the leading `---` lines, checked by the site's own schema.
 */
export function loadArticleIndex(contentDir: string): ArticleIndex {
  if (!existsSync(contentDir)) {
    throw new EditorialError(
      'content-dir-missing',
      `Le dossier des articles ${contentDir} est introuvable : indiquez-le avec --content.`,
    );
  }
  const index = new Map<string, IndexedArticle>();
  for (const lang of LANGS) {
    const langDir = join(contentDir, lang);
    if (!existsSync(langDir)) continue;
    for (const item of readdirSync(langDir, { withFileTypes: true })) {
      const found = item.isDirectory()
        ? ['index.md', 'index.mdx']
            .map((name) => ({ slug: item.name, file: join(langDir, item.name, name) }))
            .find(({ file }) => existsSync(file))
        : ARTICLE_FILE.test(item.name)
          ? { slug: item.name.replace(ARTICLE_FILE, ''), file: join(langDir, item.name) }
          : undefined;
      if (!found) continue;
      const article: ArticleFile = { lang, ...found, url: absoluteUrl(paths.article(lang, found.slug), SITE.url) };
      index.set(`${lang}/${found.slug}`, { ...article, ...readFrontmatter(found.file) });
    }
  }
  return index;
}

function readFrontmatter(file: string): { valid: true; data: PlainArticle } | { valid: false; problem: string } {
  let raw: unknown;
  try {
    raw = frontmatterAsWritten(readFileSync(file, 'utf8'));
  } catch {
    return { valid: false, problem: 'son en-tête n’est pas du YAML lisible' };
  }
  if (raw === undefined) return { valid: false, problem: 'il ne commence pas par un en-tête entre deux lignes ---' };
  const parsed = plainArticleSchema.safeParse(raw);
  if (parsed.success) return { valid: true, data: parsed.data };
  const [first] = parsed.error.issues;
  return {
    valid: false,
    problem: `${first?.path.join('.') || 'en-tête'} : ${(first?.message ?? 'invalide').replace(/\.$/, '')}`,
  };
}
