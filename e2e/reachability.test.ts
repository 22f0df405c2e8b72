import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { LANGS, SEGMENTS } from '../src/lib/i18n.ts';
import { paths } from '../src/lib/paths.ts';

const dist = inject('dist');

/** The site paths a built page links to. */
function linksOf(path: string): string[] {
  const file = join(dist, path, 'index.html');
  if (!existsSync(file)) return [];
  return [...readFileSync(file, 'utf8').matchAll(/<a [^>]*href="(\/[^"#?]*)"/g)].map((match) => match[1]!);
}

describe.each(LANGS)('from the %s home page', (lang) => {
  it('every published article is two clicks away at most, the e2e fixtures’ old articles included', () => {
    const oneClick = new Set(linksOf(paths.home(lang)));
    const twoClicks = new Set([...oneClick, ...[...oneClick].flatMap(linksOf)]);
    const dir = join(dist, lang === 'fr' ? '' : lang, SEGMENTS.article[lang]);
    const articles = readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !/^\d+$/.test(entry.name))
      .map((entry) => paths.article(lang, entry.name));
    expect(articles.length).toBeGreaterThan(5);
    expect(articles.filter((path) => !twoClicks.has(path))).toEqual([]);
  });
});
