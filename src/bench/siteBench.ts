import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { copySite } from '../testSupport/copySite.ts';
import { type Measure, measureCommand } from './measureCommand.ts';
import { syntheticArticleFile, writeSyntheticArticles } from './syntheticCorpus.ts';

const SITE_FILES = [
  'src',
  'scripts',
  'public',
  'astro.config.mjs',
  'package.json',
  'tsconfig.json',
  'content/authors',
  'content/pages',
];

function heroImages(root: string): Buffer[] {
  return readdirSync(join(root, 'editorial/media'))
    .filter((file) => file.endsWith('.jpg'))
    .map((file) => readFileSync(join(root, 'editorial/media', file)));
}

/** A copy of the site (its own caches, so a cold build is truly cold) whose articles are a synthetic corpus. */
export function prepareSiteCopy(root: string, articles: number): string {
  const dir = copySite(root, `passerelle-bench-${articles}-`, SITE_FILES);
  writeSyntheticArticles(join(dir, 'content/articles'), articles, heroImages(root));
  return dir;
}

export type BareFormat = 'md' | 'mdx';

/** A copy of the bare Astro blog (`bench/bare-blog`) with the same synthetic corpus, every article in `format`. */
export function prepareBareBlog(root: string, articles: number, format: BareFormat): string {
  const dir = copySite(root, `passerelle-bare-${format}-${articles}-`, []);
  cpSync(join(root, 'bench/bare-blog'), dir, { recursive: true });
  writeSyntheticArticles(join(dir, 'content'), articles, heroImages(root), format);
  return dir;
}

/** The bare blog's build: `astro build` with Astro's defaults, as its own project would run it. */
export function buildBareBlog(dir: string, format: BareFormat): Promise<Measure> {
  return measureCommand(process.execPath, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BARE_BLOG_FORMAT: format },
  });
}

/**
 * What an editor does between two builds: retitles the newest French article, which the home page, its category, its
 * tags, its author, its neighbours and the feeds all show. The rebuild after it is the "warm" build.
 */
export function retitleNewestArticle(dir: string, articles: number): void {
  // Every fifth synthetic article is German (syntheticArticleFile).
  const newest = (articles - 1) % 5 === 4 ? articles - 2 : articles - 1;
  const file = join(dir, 'content/articles', syntheticArticleFile(newest));
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: "(.*)"$/m, 'title: "$1, relu"'));
}

export function buildSite(dir: string): Promise<Measure> {
  return measureCommand('npm', ['run', 'build', '--silent'], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
}

function folderBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

export interface PageWeight {
  htmlBytes: number;
  htmlGzipBytes: number;
  cssBytes: number;
  cssGzipBytes: number;
  jsBytes: number;
  pagefindBytes: number;
}

/** What one article page costs a reader: its HTML, the CSS it links or inlines, the JavaScript it loads. */
export function articlePageWeight(dist: string, articlePath: string): PageWeight {
  const html = readFileSync(join(dist, articlePath, 'index.html'));
  const text = html.toString();
  const linked = (pattern: RegExp) => [...text.matchAll(pattern)].map((match) => readFileSync(join(dist, match[1]!)));
  const stylesheets = linked(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  const inlineCss = [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => Buffer.from(match[1]!));
  const css = Buffer.concat([...stylesheets, ...inlineCss]);
  const scripts = linked(/<script[^>]+src="([^"]+)"/g);
  const inlineJs = [...text.matchAll(/<script(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g)].map(
    (match) => Buffer.byteLength(match[1]!),
  );
  return {
    htmlBytes: html.length,
    htmlGzipBytes: gzipSync(html).length,
    cssBytes: css.length,
    cssGzipBytes: gzipSync(css).length,
    jsBytes: scripts.reduce((sum, file) => sum + file.length, 0) + inlineJs.reduce((sum, bytes) => sum + bytes, 0),
    pagefindBytes: folderBytes(join(dist, 'pagefind')),
  };
}

export function removeSiteCopy(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
