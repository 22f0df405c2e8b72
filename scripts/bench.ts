/**
 * npm run bench [-- --sizes 1000,10000 --entries 5000 --pack-weeks 52 --out bench/results.json]  (--sizes '' or --entries 0 skips a part)
 * Builds the site on synthetic corpora, cold and then warm (caches kept, one article retitled in between), and the bare
 * Astro blog (bench/bare-blog) on the same corpus in Markdown and in MDX; runs the calendar engine on a synthetic year;
 * then prints one table, the ratios to the bare blogs and the targets met or missed, and writes
 * bench/results.json. Never part of `npm test`: figures, not pass/fail.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH_WEEKS, benchCalendar, prepareCalendarCopy, removeCalendarCopy } from '../src/bench/calendarBench.ts';
import type { Measure } from '../src/bench/measureCommand.ts';
import {
  articlePageWeight,
  type BareFormat,
  buildBareBlog,
  buildSite,
  prepareBareBlog,
  prepareSiteCopy,
  removeSiteCopy,
  retitleNewestArticle,
} from '../src/bench/siteBench.ts';
import { UserError } from '../src/lib/userError.ts';
import { type CommandContext, runCli } from './runCli.ts';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

function figures(measure: Measure, articles: number) {
  return {
    seconds: measure.wallMs / 1000,
    msPerArticle: measure.wallMs / articles,
    cpuSeconds: measure.cpuMs / 1000,
    systemCpuSeconds: measure.systemCpuMs / 1000,
    cpuMsPerArticle: measure.cpuMs / articles,
    peakRssMiB: measure.peakRssBytes / MiB,
  };
}
type Figures = ReturnType<typeof figures>;

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
      cold: figures(cold, articles),
      warm: figures(warm, articles),
      page: articlePageWeight(join(dir, 'dist'), 'articles/article-00000'),
    };
  } finally {
    removeSiteCopy(dir);
  }
}

/** The bare Astro blog's full build on the same corpus, all in one format. */
async function benchBareBlog(root: string, articles: number, format: BareFormat): Promise<Figures> {
  const dir = prepareBareBlog(root, articles, format);
  try {
    const build = await buildBareBlog(dir, format);
    if (build.exitCode !== 0) throw new Error(`Le blog nu (${format}, ${articles}) a échoué :\n${build.output}`);
    return figures(build, articles);
  } finally {
    removeSiteCopy(dir);
  }
}

type Run = Awaited<ReturnType<typeof benchSite>> & { bare: Record<BareFormat, Figures> };

/** The targets of the Markdown-first issue, each with its measure, or undefined when the run did not measure it. */
function targets(site: Run[]) {
  const at = (articles: number) => site.find((run) => run.articles === articles);
  const [small, large] = [at(1000), at(10000)];
  const status = (value: number | undefined, limit: number, unit: string) =>
    value === undefined
      ? { status: 'not measured', value: '—', limit: `${limit}${unit}` }
      : { status: value <= limit ? 'met' : 'missed', value: `${value.toFixed(2)}${unit}`, limit: `${limit}${unit}` };
  return {
    'rebuild after one retitle at 10,000 ÷ bare .md full build': status(
      large && large.warm.seconds / large.bare.md.seconds,
      1,
      '×',
    ),
    'peak resident memory of the build at 10,000': status(
      large && (Math.max(large.cold.peakRssMiB, large.warm.peakRssMiB) * MiB) / GiB,
      3,
      ' GiB',
    ),
    'cold build at 1,000 ÷ bare .md build': status(small && small.cold.seconds / small.bare.md.seconds, 3, '×'),
    'ms per article at 10,000 ÷ at 1,000, cold': status(
      small && large && large.cold.msPerArticle / small.cold.msPerArticle,
      1.1,
      '×',
    ),
    'ms per article at 10,000 ÷ at 1,000, warm': status(
      small && large && large.warm.msPerArticle / small.warm.msPerArticle,
      1.1,
      '×',
    ),
  };
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
  const site: Run[] = [];
  for (const size of sizes) {
    console.error(`Construction de ${size} articles…`);
    const ours = await benchSite(root, size);
    console.error(`Blogs Astro nus de ${size} articles (.md, puis .mdx)…`);
    const bare = { md: await benchBareBlog(root, size, 'md'), mdx: await benchBareBlog(root, size, 'mdx') };
    site.push({ ...ours, bare });
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
    targets: targets(site),
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
        ...(
          [
            ['Passerelle, cold', run.cold],
            ['Passerelle, warm (1 article retitled)', run.warm],
            ['bare Astro blog .md', run.bare.md],
            ['bare Astro blog .mdx', run.bare.mdx],
          ] as const
        ).map(([build, figures]) => ({
          build: `${run.articles} ${build}`,
          s: figures.seconds.toFixed(1),
          'ms/article': figures.msPerArticle.toFixed(2),
          'CPU s': figures.cpuSeconds.toFixed(1),
          'of which system': figures.systemCpuSeconds.toFixed(1),
          'peak RSS MiB': figures.peakRssMiB.toFixed(0),
        })),
      ]),
    );
    console.table(
      site.map((run) => ({
        articles: run.articles,
        'cold ÷ bare .md': (run.cold.seconds / run.bare.md.seconds).toFixed(2),
        'cold ÷ bare .mdx': (run.cold.seconds / run.bare.mdx.seconds).toFixed(2),
        'warm ÷ bare .md': (run.warm.seconds / run.bare.md.seconds).toFixed(2),
        'warm ÷ bare .mdx': (run.warm.seconds / run.bare.mdx.seconds).toFixed(2),
        'peak RSS ÷ bare .md': (Math.max(run.cold.peakRssMiB, run.warm.peakRssMiB) / run.bare.md.peakRssMiB).toFixed(2),
      })),
    );
    console.table(
      Object.entries(results.targets).map(([target, { status, value, limit }]) => ({ target, value, limit, status })),
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
