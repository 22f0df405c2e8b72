/**
 * Lighthouse in Debian's Chromium over the built site, served on localhost as a static host would serve it:
 *   npm run lighthouse [-- /path/ …]
 * Prints the four scores of the home page and an article (or of the paths given), and fails under the targets:
 * 100 for accessibility, best practices and SEO, 98 for performance. Each page is measured RUNS times and the run with
 * the median performance is kept, as Lighthouse advises: one run on a busy machine swings by several points.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { paths } from '../src/lib/paths.ts';
import { CHROMIUM_PATH, QUIET_FLAGS } from '../src/testSupport/chromium.ts';
import { pagesIn } from '../src/testSupport/pagesIn.ts';
import { serveStatic } from '../src/testSupport/staticServer.ts';
import { type CommandContext, runCli } from './runCli.ts';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const RUNS = 3;
const TARGETS: Record<(typeof CATEGORIES)[number], number> = {
  performance: 98,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
};

/** Prints the scores; exits 1 when a page misses a target. */
async function main({ argv }: CommandContext): Promise<number> {
  if (!existsSync(join(dist, 'index.html'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });

  // An article with a hero image: its largest paint is a picture, the hardest case for performance.
  const articles = pagesIn(dist, paths.article('fr', ''));
  const article =
    articles.find((slug) =>
      readFileSync(join(dist, paths.article('fr', slug), 'index.html'), 'utf8').includes('class="hero"'),
    ) ??
    articles[0] ??
    '';
  const pages = argv.length > 0 ? argv : [paths.home('fr'), paths.article('fr', article)];

  const server = await serveStatic(dist);
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...QUIET_FLAGS],
  });
  let failed = false;
  try {
    console.log(['page'.padEnd(48), ...CATEGORIES.map((category) => category.padStart(15))].join(''));
    for (const path of pages) {
      const runs = [];
      for (let run = 0; run < RUNS; run++)
        runs.push(
          await lighthouse(`${server.url}${path}`, {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: [...CATEGORIES],
          }),
        );
      const result = runs.sort(
        (a, b) => (a?.lhr.categories['performance']?.score ?? 0) - (b?.lhr.categories['performance']?.score ?? 0),
      )[Math.floor(RUNS / 2)];
      const scores = CATEGORIES.map((category) => Math.round((result?.lhr.categories[category]?.score ?? 0) * 100));
      console.log([path.padEnd(48), ...scores.map((score) => String(score).padStart(15))].join(''));
      CATEGORIES.forEach((category, i) => {
        if ((scores[i] ?? 0) >= TARGETS[category]) return;
        failed = true;
        const audits = Object.values(result?.lhr.audits ?? {}).filter(
          (audit) =>
            audit.score !== null &&
            audit.score < 1 &&
            result?.lhr.categories[category]?.auditRefs.some((ref) => ref.id === audit.id && ref.weight > 0),
        );
        for (const audit of audits)
          console.log(`    ${category}: ${audit.id} (${audit.score}) ${audit.displayValue ?? ''}`);
      });
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  return failed ? 1 : 0;
}

if (import.meta.main) await runCli(main);
