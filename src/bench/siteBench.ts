import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { measureCommand, type Measure } from './measureCommand.ts';
import { writeSyntheticArticles } from './syntheticCorpus.ts';

const SITE_FILES = ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * A copy of the site whose content is a synthetic corpus. node_modules is a folder of links to the
 * project's packages, so Astro's cache (node_modules/.astro) belongs to the copy and a cold build is truly cold.
 */
export function prepareSiteCopy(root: string, articles: number): string {
  const dir = mkdtempSync(join(tmpdir(), `passerelle-bench-${articles}-`));
  for (const entry of SITE_FILES) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  cpSync(join(root, 'content/authors'), join(dir, 'content/authors'), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  }
  const heroes = readdirSync(join(root, 'editorial/media'))
    .filter((file) => file.endsWith('.jpg'))
    .map((file) => readFileSync(join(root, 'editorial/media', file)));
  writeSyntheticArticles(join(dir, 'content/articles'), articles, heroes);
  return dir;
}

export function buildSite(dir: string): Promise<Measure> {
  return measureCommand('npm', ['run', 'build', '--silent'], { cwd: dir, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
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
  const inlineJs = [...text.matchAll(/<script(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g)].map((match) => Buffer.byteLength(match[1]!));
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
