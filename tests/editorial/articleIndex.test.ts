import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findArticle, loadArticleIndex } from '../../src/editorial/articleIndex.ts';

const frontmatter = (pubDate: string) =>
  `---\ntitle: "Titre"\ndescription: "Résumé."\ncategory: medecine-et-soins\npubDate: ${pubDate}\nauthors: [claire-morand]\n---\n\nTexte.\n`;

function contentDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-index-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('the calendar’s article index', () => {
  const index = loadArticleIndex(
    contentDir({
      'fr/en-markdown.md': frontmatter('2026-11-24'),
      'fr/en-mdx.mdx': frontmatter('2026-11-24 09:00'),
      'fr/dossier-markdown/index.md': frontmatter('2026-11-25'),
      'fr/dossier-mdx/index.mdx': frontmatter('2026-11-25'),
      'de/auf-deutsch.md': frontmatter('2026-11-26'),
      'fr/30-fevrier.md': frontmatter('2026-02-30'),
      'fr/mois-13.md': frontmatter('2026-13-45'),
    }),
  );

  it.each([
    ['fr', 'en-markdown'],
    ['fr', 'en-mdx'],
    ['fr', 'dossier-markdown'],
    ['fr', 'dossier-mdx'],
    ['de', 'auf-deutsch'],
  ] as const)('finds %s/%s, whatever its format, as the site does', (lang, slug) => {
    const article = findArticle(index, lang, slug);
    expect(article?.valid).toBe(true);
    expect(article?.url).toMatch(new RegExp(`/${slug}/$`));
  });

  it.each([
    ['30-fevrier', '2026-02-30'],
    ['mois-13', '2026-13-45'],
  ])('reads the date of %s as written, and refuses %s', (slug, date) => {
    const article = findArticle(index, 'fr', slug);
    expect(article?.valid).toBe(false);
    expect(article && !article.valid && article.problem).toContain(date);
  });
});
