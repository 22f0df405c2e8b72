import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ical from 'node-ical';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { manifestSchema, type PackManifest } from '../../src/editorial/pack/manifestSchema.ts';
import { postTextsOfMarkdown, ROOT, runPack, temporaryDir } from './helpers.ts';

/**
 * The command on the repository's sample calendar (editorial/calendar), week 2026-W48 seen from Monday 23 November.
 * What the pack should hold is worked out here from the YAML files themselves, without the engine: approved entries
 * dated in the week, minus those showing people without consent, one post per listed network.
 */
const CALENDAR = join(ROOT, 'editorial/calendar');

interface RawEntry {
  id: string;
  date: string | Date;
  networks: string[];
  status: string;
  media?: { people?: boolean; consent?: string }[];
}

function wallClock(date: string | Date): string {
  // yaml reads an unquoted `2026-11-24 12:00` as a UTC instant whose fields are the written Zurich time.
  return typeof date === 'string'
    ? date.trim().replace('T', ' ').slice(0, 16)
    : date.toISOString().replace('T', ' ').slice(0, 16);
}

function sampleEntries(): RawEntry[] {
  if (!existsSync(CALENDAR)) return [];
  return readdirSync(CALENDAR)
    .filter((name) => /\.ya?ml$/.test(name))
    .flatMap((name) => (parseYaml(readFileSync(join(CALENDAR, name), 'utf8')) as RawEntry[] | null) ?? []);
}

const SIZES: Record<string, [number, number]> = {
  x: [1200, 675],
  bluesky: [1200, 630],
  mastodon: [1200, 675],
  threads: [1080, 1350],
  linkedin: [1200, 627],
  facebook: [1200, 630],
  instagram: [1080, 1350],
};

describe('npm run pack on the sample calendar, week 2026-W48', { timeout: 240_000 }, () => {
  const ofWeek = sampleEntries().filter(
    (entry) => wallClock(entry.date) >= '2026-11-23 00:00' && wallClock(entry.date) < '2026-11-30 00:00',
  );
  const withoutConsent = (entry: RawEntry) =>
    (entry.media ?? []).some((media) => media.people === true && !media.consent);
  const packed = ofWeek.filter((entry) => entry.status === 'approved' && !withoutConsent(entry));
  let pack: string;
  let manifest: PackManifest;

  beforeAll(async () => {
    const out = temporaryDir('sample');
    const run = await runPack(['--week', '2026-W48', '--now', '2026-11-23', '--out', out]);
    expect(run.stderr.replace(/npm warn.*\n/g, '')).toBe('');
    expect(run.code).toBe(0);
    pack = join(out, '2026-W48');
    manifest = manifestSchema.parse(JSON.parse(readFileSync(join(pack, 'manifest.json'), 'utf8')));
  }, 240_000);

  it('packs each approved entry of the week once per network, and holds back the others', () => {
    expect(manifest.posts.map((post) => `${post.id}/${post.network}`).sort()).toEqual(
      packed.flatMap((entry) => entry.networks.map((network) => `${entry.id}/${network}`)).sort(),
    );
    expect(manifest.heldBack.map((entry) => entry.id).sort()).toEqual(
      ofWeek
        .filter((entry) => !packed.includes(entry))
        .map((entry) => entry.id)
        .sort(),
    );
    for (const held of manifest.heldBack) expect(held.reason.length).toBeGreaterThan(10);
  });

  it('carries the manifest’s exact texts in the network files, both schedulers and the agenda', () => {
    for (const network of new Set(manifest.posts.map((post) => post.network))) {
      const texts = manifest.posts.filter((post) => post.network === network).map((post) => post.text);
      expect(postTextsOfMarkdown(readFileSync(join(pack, `${network}.md`), 'utf8'))).toEqual(texts);
    }
    // One scheduler file per account: the German Facebook post goes to the German page's file.
    expect(
      manifest.posts.find((post) => post.id === 'krampfadern-winter' && post.network === 'facebook')?.account,
    ).toBe('facebook-de');
    for (const { id } of manifest.accounts) {
      const texts = manifest.posts.filter((post) => post.account === id).map((post) => post.text);
      const hootsuite: string[][] = parseCsv(readFileSync(join(pack, `hootsuite/${id}.csv`), 'utf8'));
      expect(hootsuite.map((row) => row[1])).toEqual(texts);
      expect(hootsuite.every((row) => row.length === 3 && /^\d{2}\/\d{2}\/\d{4} \d{2}:\d[05]$/.test(row[0]!))).toBe(
        true,
      );
      const [, ...publer]: string[][] = parseCsv(readFileSync(join(pack, `publer/${id}.csv`), 'utf8'));
      expect(publer.map((row) => row[1])).toEqual(texts);
    }
    const events = Object.values(ical.sync.parseICS(readFileSync(join(pack, 'week.ics'), 'utf8'))).filter(
      (component) => component?.type === 'VEVENT',
    );
    expect(events).toHaveLength(manifest.posts.length);
  });

  it('crops the images to each network’s size', async () => {
    for (const post of manifest.posts) {
      for (const media of post.media.filter((item) => item.kind === 'image')) {
        const meta = await sharp(join(pack, media.file)).metadata();
        expect([meta.width, meta.height], media.file).toEqual(SIZES[post.network]);
      }
    }
  });
});
