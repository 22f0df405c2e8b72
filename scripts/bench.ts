/**
 * npm run bench [-- --sizes 1000,10000 --entries 5000 --pack-weeks 52 --out bench/results.json]  (--sizes '' or --entries 0 skips a part)
 * Builds the site on synthetic corpora, cold and then warm (caches kept, one article retitled in between), runs the
 * calendar engine on a synthetic year, then prints one table and writes bench/results.json. Never part of `npm test`: figures, not pass/fail.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH_WEEKS, benchCalendar, prepareCalendarCopy, removeCalendarCopy } from '../src/bench/calendarBench.ts';
import {
  articlePageWeight,
  buildSite,
  prepareSiteCopy,
  removeSiteCopy,
  retitleNewestArticle,
} from '../src/bench/siteBench.ts';
import { UserError } from '../src/lib/userError.ts';
import { type CommandContext, runCli } from './runCli.ts';

const MiB = 1024 * 1024;

async function benchSite(root: string, articles: number) {
  const dir = prepareSiteCopy(root, articles);
  try {
    const cold = await buildSite(dir);
    if (cold.exitCode !== 0)
      throw new UserError('build-failed', `La construction de ${articles} articles a échoué :\n${cold.output}`);
    retitleNewestArticle(dir, articles);
    const warm = await buildSite(dir);
    if (warm.exitCode !== 0)
      throw new UserError('build-failed', `La reconstruction de ${articles} articles a échoué :\n${warm.output}`);
    return {
      articles,
      cold: {
        seconds: cold.wallMs / 1000,
        msPerArticle: cold.wallMs / articles,
        cpuSeconds: cold.cpuMs / 1000,
        cpuMsPerArticle: cold.cpuMs / articles,
        peakRssMiB: cold.peakRssBytes / MiB,
      },
      warm: {
        seconds: warm.wallMs / 1000,
        msPerArticle: warm.wallMs / articles,
        cpuSeconds: warm.cpuMs / 1000,
        cpuMsPerArticle: warm.cpuMs / articles,
        peakRssMiB: warm.peakRssBytes / MiB,
      },
      page: articlePageWeight(join(dir, 'dist'), 'articles/article-00000'),
    };
  } finally {
    removeSiteCopy(dir);
  }
}

/** The calendar engine on a synthetic year: the posts point to 1,000 synthetic articles. */
async function benchCalendarYear(root: string, entries: number, packWeeks: number) {
  const dir = prepareCalendarCopy(root, entries, 1000);
  try {
    return await benchCalendar(dir, { entries, articles: 1000, packWeeks: BENCH_WEEKS.slice(0, packWeeks) });
  } finally {
    removeCalendarCopy(dir);
  }
}

async function main({ argv, cwd }: CommandContext): Promise<undefined> {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string', default: '1000,10000' },
      entries: { type: 'string', default: '5000' },
      'pack-weeks': { type: 'string', default: '52' },
      out: { type: 'string', default: 'bench/results.json' },
    },
  });
  const root = cwd;
  const sizes = values.sizes.split(',').filter(Boolean).map(Number);
  const entries = Number(values.entries);
  let calendar: Awaited<ReturnType<typeof benchCalendarYear>> | undefined;
  if (entries > 0) {
    console.error(`Calendrier de ${entries} entrées…`);
    calendar = await benchCalendarYear(root, entries, Number(values['pack-weeks']));
  }
  const site = [];
  for (const size of sizes) {
    console.error(`Construction de ${size} articles…`);
    site.push(await benchSite(root, size));
  }
  const first = site[0];
  const last = site.at(-1);
  const results = {
    date: new Date().toISOString(),
    machine: {
      cores: availableParallelism(),
      cpu: cpus()[0]?.model ?? 'unknown',
      memoryGiB: Math.round(totalmem() / 1024 ** 3),
      node: process.version,
    },
    site,
    perArticleRatio:
      first && last && last !== first
        ? {
            from: first.articles,
            to: last.articles,
            cold: last.cold.msPerArticle / first.cold.msPerArticle,
            warm: last.warm.msPerArticle / first.warm.msPerArticle,
            coldCpu: last.cold.cpuMsPerArticle / first.cold.cpuMsPerArticle,
            warmCpu: last.warm.cpuMsPerArticle / first.warm.cpuMsPerArticle,
          }
        : null,
    calendar: calendar ?? null,
  };
  mkdirSync(dirname(values.out), { recursive: true });
  writeFileSync(values.out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(
    `${results.machine.cores} cœurs (${results.machine.cpu}), ${results.machine.memoryGiB} Gio, Node ${results.machine.node}`,
  );
  if (site.length > 0) {
    console.table(
      site.flatMap((run) => [
        ...(['cold', 'warm'] as const).map((kind) => ({
          build: `${run.articles} ${kind === 'warm' ? 'warm, 1 article retitled' : kind}`,
          s: run[kind].seconds.toFixed(1),
          'ms/article': run[kind].msPerArticle.toFixed(2),
          'CPU s': run[kind].cpuSeconds.toFixed(1),
          'CPU ms/article': run[kind].cpuMsPerArticle.toFixed(2),
          'peak RSS MiB': run[kind].peakRssMiB.toFixed(0),
        })),
      ]),
    );
    console.table(site.map((run) => ({ articles: run.articles, ...run.page })));
  }
  if (results.perArticleRatio) {
    const ratio = results.perArticleRatio;
    console.log(
      `ms/article at ${ratio.to} ÷ at ${ratio.from}: cold ${ratio.cold.toFixed(2)}, warm ${ratio.warm.toFixed(2)} (CPU: cold ${ratio.coldCpu.toFixed(2)}, warm ${ratio.warmCpu.toFixed(2)})`,
    );
  }
  if (calendar) {
    console.table([
      {
        step: `load + validate ${calendar.entries} entries`,
        count: calendar.entries,
        ms: calendar.loadMs.toFixed(0),
        'ms each': (calendar.loadMs / calendar.entries).toFixed(3),
      },
      {
        step: 'compose × 8 networks',
        count: calendar.allNetworks.snippets,
        ms: calendar.allNetworks.ms.toFixed(0),
        'ms each': calendar.allNetworks.msPerSnippet.toFixed(3),
      },
      {
        step: 'compose × own networks',
        count: calendar.ownNetworks.snippets,
        ms: calendar.ownNetworks.ms.toFixed(0),
        'ms each': calendar.ownNetworks.msPerSnippet.toFixed(3),
      },
      {
        step: `${calendar.packs.weeks} weekly packs (posts)`,
        count: calendar.packs.posts,
        ms: calendar.packs.ms.toFixed(0),
        'ms each': calendar.packs.msPerPost.toFixed(2),
      },
    ]);
    console.log(
      `Packs : ${calendar.packs.files} fichiers dont ${calendar.packs.mediaFiles} médias recadrés ou copiés, ${calendar.packs.msPerWeek.toFixed(0)} ms par semaine.`,
    );
  }
}

if (import.meta.main) await runCli(main);
