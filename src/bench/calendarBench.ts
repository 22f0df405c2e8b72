import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCheckedCalendar } from '../editorial/calendarCheck.ts';
import { composeSnippet } from '../editorial/composeSnippet.ts';
import { buildPacks } from '../editorial/pack/buildPack.ts';
import { NETWORK_IDS, type NetworkId } from '../lib/socialNetworks.ts';
import { seededRandom, syntheticArticle, writeSyntheticArticles } from './syntheticCorpus.ts';

/** Networks every entry may go to; Instagram needs an image and YouTube a video, so they come with media only. */
const TEXT_NETWORKS: NetworkId[] = ['facebook', 'linkedin', 'x', 'bluesky', 'mastodon', 'threads'];
const CAMPAIGNS = ['hiver-2027', 'prevention-2027', 'maternite', 'recherche', 'portes-ouvertes'];
const OWNERS = ['Claire Rochat', 'Marie Dubois', 'Luc Baeriswyl'];
const HASHTAGS = ['Santé', 'Prévention', 'Grippe', 'Sommeil', 'Maternité', 'Cœur', 'Recherche', 'Soins'];
const DAY_MS = 86_400_000;
/** Monday of ISO week 2027-W01: the synthetic year is 2027-W01 to 2027-W52. */
const YEAR_START = Date.UTC(2027, 0, 4);
export const BENCH_WEEKS = Array.from({ length: 52 }, (_, index) => `2027-W${String(index + 1).padStart(2, '0')}`);

const yamlString = (text: string) => JSON.stringify(text);

export interface CalendarShape {
  /** Entries with an image (crops in the pack), one in `imageEvery`. */
  imageEvery: number;
  /** Entries with a video, on YouTube too, one in `videoEvery`. */
  videoEvery: number;
}

/**
 * One entry in the engine's YAML shape (see editorial/calendar/2026-11.yaml): a post about a synthetic article,
 * dated at office hours in Zurich (07:00–19:45, never in the 02:00–03:00 spring gap), on several networks.
 */
function syntheticEntry(
  index: number,
  count: number,
  random: () => number,
  articles: number,
  words: string[],
  shape: CalendarShape,
): string {
  const day = Math.floor((index * 364) / count);
  const date = new Date(YEAR_START + day * DAY_MS).toISOString().slice(0, 10);
  const time = `${String(7 + (index % 13)).padStart(2, '0')}:${String(((index * 7) % 4) * 15).padStart(2, '0')}`;
  const article = index % articles;
  const lang = article % 5 === 4 ? 'de' : 'fr';
  const image = index % shape.imageEvery === 0;
  const video = index % shape.videoEvery === 1;
  const networks = TEXT_NETWORKS.filter((_, n) => (index + n) % 3 !== 0 || n === 0);
  if (image) networks.push('instagram');
  if (video) networks.push('youtube');
  const sentence = (length: number) => {
    const text = Array.from({ length }, () => words[Math.floor(random() * words.length)]).join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  // About one text in four is too long for X or Bluesky and gets shortened.
  const text = index % 4 === 0 ? [sentence(20), sentence(18), sentence(22)].join(' ') : sentence(12 + (index % 15));
  const lines = [
    `- id: post-${String(index).padStart(5, '0')}`,
    `  date: ${date} ${time}`,
    `  networks: [${networks.join(', ')}]`,
    `  article: article-${String(article).padStart(5, '0')}`,
  ];
  if (lang === 'de') lines.push('  lang: de');
  if (index % 7 !== 3) lines.push(`  text: ${yamlString(text)}`);
  if (index % 5 === 2 && networks.includes('linkedin'))
    lines.push('  variants:', `    linkedin: ${yamlString(sentence(30))}`);
  lines.push(
    `  hashtags: [${[HASHTAGS[index % HASHTAGS.length], HASHTAGS[(index * 3 + 1) % HASHTAGS.length]].filter((tag, i, all) => all.indexOf(tag) === i).join(', ')}]`,
  );
  if (index % 6 === 1 && networks.includes('x')) lines.push('  mentions:', '    x: ["@hug_ge"]');
  if (image || video) {
    lines.push('  media:');
    if (image)
      lines.push(
        `    - src: editorial/media/image-${index % 8}.jpg`,
        `      alt: ${yamlString(sentence(14))}`,
        '      credit: "Illustration : Service communication"',
        '      rights: owned',
      );
    if (video)
      lines.push(
        '    - src: editorial/media/video.mp4',
        `      alt: ${yamlString(sentence(10))}`,
        '      rights: owned',
        '      duration: "1:30"',
      );
  }
  lines.push(`  status: ${index % 10 === 9 ? 'published' : index % 23 === 5 ? 'review' : 'approved'}`);
  if (index % 3 === 0) lines.push(`  campaign: ${CAMPAIGNS[index % CAMPAIGNS.length]}`);
  lines.push(`  owner: ${yamlString(OWNERS[index % OWNERS.length]!)}`);
  if (index % 11 === 0) lines.push(`  firstComment: ${yamlString(sentence(10))}`);
  return lines.join('\n');
}

/** Words to write posts with: those of the synthetic articles, so texts read like the corpus. */
function corpusWords(): string[] {
  const sample = syntheticArticle(0, seededRandom(7), ['a'], 1);
  return sample
    .split('---')[2]!
    .replace(/[^\p{L}\s'-]/gu, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 1)
    .map((word) => word.toLowerCase());
}

/**
 * A folder laid out like the repository for the engine: `editorial/calendar/<month>.yaml` holding `entries` posts
 * over 2027-W01…W52, `editorial/media/` (the project's images, a stand-in video) and `content/articles/` with
 * `articles` synthetic articles the posts point to.
 */
export function prepareCalendarCopy(
  root: string,
  entries: number,
  articles: number,
  shape: CalendarShape = { imageEvery: 25, videoEvery: 50 },
): string {
  const dir = mkdtempSync(join(tmpdir(), `passerelle-calendar-${entries}-`));
  const media = join(dir, 'editorial/media');
  mkdirSync(media, { recursive: true });
  const images = readdirSync(join(root, 'editorial/media'))
    .filter((file) => file.endsWith('.jpg'))
    .sort();
  for (let index = 0; index < 8; index += 1)
    cpSync(join(root, 'editorial/media', images[index % images.length]!), join(media, `image-${index}.jpg`));
  // The engine checks a video's container signature (an MP4 `ftyp` box) and copies it as it is: the rest is filler.
  const mp4Signature = Buffer.from('00000018667479706d703432000000006d70343269736f6d', 'hex');
  writeFileSync(
    join(media, 'video.mp4'),
    Buffer.concat([mp4Signature, Buffer.alloc(200_000 - mp4Signature.length, 1)]),
  );
  writeSyntheticArticles(
    join(dir, 'content/articles'),
    articles,
    images.slice(0, 2).map((file) => readFileSync(join(root, 'editorial/media', file))),
  );

  const random = seededRandom(2027);
  const words = corpusWords();
  const byMonth = new Map<string, string[]>();
  for (let index = 0; index < entries; index += 1) {
    const entry = syntheticEntry(index, entries, random, articles, words, shape);
    const month = /date: (\d{4}-\d{2})/.exec(entry)![1]!;
    byMonth.set(month, [...(byMonth.get(month) ?? []), entry]);
  }
  mkdirSync(join(dir, 'editorial/calendar'), { recursive: true });
  for (const [month, items] of byMonth)
    writeFileSync(
      join(dir, 'editorial/calendar', `${month}.yaml`),
      `# Calendrier synthétique du banc d’essai — ${month}\n\n${items.join('\n\n')}\n`,
    );
  return dir;
}

export interface CalendarFigures {
  entries: number;
  articles: number;
  /** loadCheckedCalendar: YAML, schema, articles, media files (places and contents), positions. */
  loadMs: number;
  errors: number;
  /** Every valid entry composed for each of the 8 networks, whether it lists it or not. */
  allNetworks: { snippets: number; ms: number; msPerSnippet: number };
  /** Every valid entry composed for the networks it lists, as calendar:check and the packs do. */
  ownNetworks: { snippets: number; ms: number; msPerSnippet: number };
  /** `buildPacks` for the 52 weeks, as `npm run pack -- --week … --week …` calls it: one load and one check, then a folder a week. */
  packs: {
    weeks: number;
    posts: number;
    mediaFiles: number;
    files: number;
    ms: number;
    msPerWeek: number;
    msPerPost: number;
  };
}

/** Measures the engine in this process with performance.now(): load and validate, compose, write the 52 weekly packs. */
export async function benchCalendar(
  dir: string,
  options: { entries: number; articles: number; packWeeks?: readonly string[] },
): Promise<CalendarFigures> {
  const load = {
    calendarDir: join(dir, 'editorial/calendar'),
    contentDir: join(dir, 'content/articles'),
    root: dir,
    mediaDir: join(dir, 'editorial/media'),
  };
  let started = performance.now();
  const calendar = await loadCheckedCalendar(load);
  const loadMs = performance.now() - started;
  if (calendar.errors.length > 0) {
    const first = calendar.errors[0]!;
    throw new Error(
      `Le calendrier synthétique a ${calendar.errors.length} erreur(s), dont ${first.file}:${first.line} ${first.message}`,
    );
  }

  started = performance.now();
  let all = 0;
  for (const entry of calendar.entries) {
    for (const network of NETWORK_IDS) {
      composeSnippet(entry, network, { articles: calendar.articles });
      all += 1;
    }
  }
  const allMs = performance.now() - started;

  started = performance.now();
  let own = 0;
  for (const entry of calendar.entries) {
    for (const network of entry.networks) {
      composeSnippet(entry, network, { articles: calendar.articles });
      own += 1;
    }
  }
  const ownMs = performance.now() - started;

  const weeks = options.packWeeks ?? BENCH_WEEKS;
  const outDir = join(dir, 'packs');
  let posts = 0;
  let mediaFiles = 0;
  let files = 0;
  started = performance.now();
  for (const result of await buildPacks({
    weeks,
    now: new Date(Date.UTC(2026, 11, 1)),
    ...load,
    outDir,
  })) {
    posts += result.manifest.posts.length;
    mediaFiles += result.files.filter((file) => file.startsWith('media/')).length;
    files += result.files.length;
  }
  const packMs = performance.now() - started;

  return {
    entries: calendar.entries.length,
    articles: options.articles,
    loadMs,
    errors: calendar.errors.length,
    allNetworks: { snippets: all, ms: allMs, msPerSnippet: allMs / all },
    ownNetworks: { snippets: own, ms: ownMs, msPerSnippet: ownMs / own },
    packs: {
      weeks: weeks.length,
      posts,
      mediaFiles,
      files,
      ms: packMs,
      msPerWeek: packMs / weeks.length,
      msPerPost: packMs / Math.max(posts, 1),
    },
  };
}

export function removeCalendarCopy(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
