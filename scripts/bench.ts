/**
 * npm run bench [-- --sizes 1000,10000 --entries 5000]
 * Builds the site on synthetic corpora and runs the calendar engine on a synthetic year, then prints one table
 * and writes bench/results.json. Never part of `npm test`: figures, not pass/fail.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { articlePageWeight, buildSite, prepareSiteCopy, removeSiteCopy } from '../src/bench/siteBench.ts';

const MiB = 1024 * 1024;

async function benchSite(root: string, articles: number) {
  const dir = prepareSiteCopy(root, articles);
  try {
    const cold = await buildSite(dir);
    if (cold.exitCode !== 0) throw new Error(`La construction de ${articles} articles a échoué :\n${cold.output}`);
    const warm = await buildSite(dir);
    if (warm.exitCode !== 0) throw new Error(`La reconstruction de ${articles} articles a échoué :\n${warm.output}`);
    return {
      articles,
      cold: { seconds: cold.wallMs / 1000, msPerArticle: cold.wallMs / articles, peakRssMiB: cold.peakRssBytes / MiB },
      warm: { seconds: warm.wallMs / 1000, msPerArticle: warm.wallMs / articles, peakRssMiB: warm.peakRssBytes / MiB },
      page: articlePageWeight(join(dir, 'dist'), 'articles/article-00000'),
    };
  } finally {
    removeSiteCopy(dir);
  }
}

async function main() {
  const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' }, out: { type: 'string', default: 'bench/results.json' } } });
  const root = process.cwd();
  const sizes = values.sizes.split(',').map(Number);
  const site = [];
  for (const size of sizes) {
    console.error(`Construction de ${size} articles…`);
    site.push(await benchSite(root, size));
  }
  const first = site[0]!;
  const last = site.at(-1)!;
  const results = {
    date: new Date().toISOString(),
    machine: { cores: availableParallelism(), memoryGiB: Math.round(totalmem() / 1024 ** 3), node: process.version },
    site,
    perArticleRatio: { cold: last.cold.msPerArticle / first.cold.msPerArticle, warm: last.warm.msPerArticle / first.warm.msPerArticle },
  };
  mkdirSync('bench', { recursive: true });
  writeFileSync(values.out, `${JSON.stringify(results, null, 2)}\n`);
  console.table(
    site.flatMap((run) => [
      { build: `${run.articles} cold`, 's': run.cold.seconds.toFixed(1), 'ms/article': run.cold.msPerArticle.toFixed(2), 'peak RSS MiB': run.cold.peakRssMiB.toFixed(0) },
      { build: `${run.articles} warm`, 's': run.warm.seconds.toFixed(1), 'ms/article': run.warm.msPerArticle.toFixed(2), 'peak RSS MiB': run.warm.peakRssMiB.toFixed(0) },
    ]),
  );
  console.table([{ ...last.page }]);
  console.log(`ms/article at ${last.articles} ÷ at ${first.articles}: cold ${results.perArticleRatio.cold.toFixed(2)}, warm ${results.perArticleRatio.warm.toFixed(2)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
