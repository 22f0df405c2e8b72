import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import ical from 'node-ical';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePackArgs } from '../../scripts/pack.ts';
import { buildPacks } from '../../src/editorial/pack/buildPack.ts';
import { manifestSchema, type PackManifest } from '../../src/editorial/pack/manifestSchema.ts';
import {
  entriesOf,
  FIXTURES,
  postTextsOfMarkdown,
  ROOT,
  runPack,
  runScript,
  snapshot,
  temporaryDir,
} from './helpers.ts';

// Expected values are written by hand from tests/pack/fixtures/calendar-week/2026-11.yaml, never read back from the program.
const FIXTURE_ARGS = [
  '--calendar',
  `${FIXTURES}/calendar-week`,
  '--content',
  `${FIXTURES}/content`,
  '--media',
  `${FIXTURES}/media`,
  '--now',
  '2026-11-22 12:00',
];

/** (entry, network, planned Zurich time) of every approved post of week 2026-W48, in time order. */
const EXPECTED_POSTS = [
  ['semaine-ouverture', 'mastodon', '2026-11-23T00:00:00+01:00'],
  ['grippe-gestes', 'x', '2026-11-24T12:02:00+01:00'],
  ['grippe-gestes', 'bluesky', '2026-11-24T12:02:00+01:00'],
  ['grippe-gestes', 'mastodon', '2026-11-24T12:02:00+01:00'],
  ['grippe-gestes', 'facebook', '2026-11-24T12:02:00+01:00'],
  ['grippe-gestes', 'instagram', '2026-11-24T12:02:00+01:00'],
  ['grippe-carte', 'threads', '2026-11-25T18:00:00+01:00'],
  ['grippe-carte', 'instagram', '2026-11-25T18:00:00+01:00'],
  ['maternite-portes', 'threads', '2026-11-26T18:30:00+01:00'],
  ['maternite-portes', 'linkedin', '2026-11-26T18:30:00+01:00'],
  ['maternite-portes', 'facebook', '2026-11-26T18:30:00+01:00'],
  ['maternite-portes', 'instagram', '2026-11-26T18:30:00+01:00'],
  ['grippe-de', 'x', '2026-11-27T09:00:00+01:00'],
  ['grippe-de', 'linkedin', '2026-11-27T09:00:00+01:00'],
  ['grippe-de', 'facebook', '2026-11-27T09:00:00+01:00'],
  ['portes-photo', 'instagram', '2026-11-27T12:00:00+01:00'],
  ['video-irm', 'youtube', '2026-11-28T14:00:00+01:00'],
  ['veille-de-semaine', 'x', '2026-11-29T23:58:00+01:00'],
] as const;

/** The accounts the fixture's posts go out from (site config): one per network, and Facebook's German page. */
const ACCOUNTS = [
  'x',
  'bluesky',
  'mastodon',
  'threads',
  'linkedin',
  'facebook-fr',
  'facebook-de',
  'instagram-fr',
  'youtube',
];

/** Recommended image sizes per network (platform-limits.md and each network's help), written out independently. */
const IMAGE_SIZE: Record<string, [number, number]> = {
  x: [1200, 675],
  bluesky: [1200, 630],
  mastodon: [1200, 675],
  threads: [1080, 1350],
  linkedin: [1200, 627],
  facebook: [1200, 630],
  instagram: [1080, 1350],
};

const NETWORKS_OF_WEEK = ['x', 'bluesky', 'mastodon', 'threads', 'linkedin', 'facebook', 'instagram', 'youtube'];
const HELD_BACK = { 'nounours-relecture': 'status', 'nounours-sans-consentement': 'missing-consent' } as const;
/** Publer's downloadable template, header line as it writes it (twelve columns). */
const PUBLER_HEADER = [
  'Date - Intl. format or prompt',
  'Text',
  'Link(s) - Separated by comma for FB carousels',
  'Media URL(s) - Separated by comma',
  'Title - For the video, pin, PDF ..',
  'Label(s) - Separated by comma',
  'Alt text(s) - Separated by ||',
  'Comment(s) - Separated by ||',
  'Pin board, FB album, or Google category',
  'Post subtype - I.e. story, reel, PDF ..',
  'CTA - For Facebook links or Google',
  'Reminder - For stories, reels, shorts, and TikToks',
];

// Each run starts a Node process that loads the engine, zod and sharp: seconds on a busy machine. No test checks a duration.
const SLOW = { timeout: 240_000 };

describe('npm run pack on the fixture week 2026-W48', SLOW, () => {
  let out: string;
  let pack: string;
  let manifest: PackManifest;
  let stdout: string;

  beforeAll(async () => {
    out = temporaryDir('pack');
    const run = await runPack(['--week', '2026-W48', '--out', out, ...FIXTURE_ARGS]);
    expect(run.stderr.replace(/npm warn.*\n/g, '')).toBe('');
    expect(run.code).toBe(0);
    stdout = run.stdout;
    pack = join(out, '2026-W48');
    manifest = JSON.parse(readFileSync(join(pack, 'manifest.json'), 'utf8'));
  }, SLOW.timeout);

  it('writes exactly the documented files, and nothing beside the pack folder', () => {
    expect(entriesOf(out)).toEqual(['2026-W48']);
    const files = Object.keys(snapshot(pack)).filter((path) => !path.endsWith('/'));
    const media = EXPECTED_POSTS.filter(([id]) => id !== 'grippe-de' && id !== 'semaine-ouverture')
      .filter(([id]) => id !== 'video-irm' && id !== 'veille-de-semaine')
      .map(([id, network]) => `media/${id}-${network}-1.jpg`);
    expect(files.sort()).toEqual(
      [
        'LISEZMOI.md',
        'index.html',
        'manifest.json',
        'week.ics',
        'excel/2026-W48-a-lire-dans-excel.csv',
        'apercu/de-grippe.jpg',
        ...NETWORKS_OF_WEEK.map((network) => `${network}.md`),
        ...ACCOUNTS.map((account) => `hootsuite/${account}.csv`),
        ...ACCOUNTS.map((account) => `publer/${account}.csv`),
        ...media,
        'media/video-irm-youtube-1.mp4',
      ].sort(),
    );
  });

  it('has a manifest that validates against the zod schema and the committed JSON Schema', () => {
    expect(manifestSchema.safeParse(manifest).success).toBe(true);
    const jsonSchema = JSON.parse(readFileSync(join(ROOT, 'src/editorial/pack/manifest.schema.json'), 'utf8'));
    const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
    const validate = ajv.compile(jsonSchema);
    expect(validate(manifest), JSON.stringify(validate.errors)).toBe(true);
    expect(manifest.week).toEqual({
      id: '2026-W48',
      start: '2026-11-23T00:00:00+01:00',
      end: '2026-11-30T00:00:00+01:00',
      timeZone: 'Europe/Zurich',
    });
    expect(manifest.inputsHash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('holds one record per approved (entry, network) of the week, in time order, and nothing from other weeks', () => {
    expect(manifest.posts.map((post) => [post.id, post.network, post.scheduledAt])).toEqual(
      EXPECTED_POSTS.map((row) => [...row]),
    );
    expect(manifest.posts.every((post) => post.status === 'approved')).toBe(true);
    const grippeX = manifest.posts.find((post) => post.id === 'grippe-gestes' && post.network === 'x')!;
    expect(grippeX.link).toBe(
      'https://blog.hopital-valclair.ch/articles/grippe/?utm_source=x&utm_medium=social&utm_campaign=hiver-2026',
    );
    expect(grippeX.text).toContain(grippeX.link);
    expect(grippeX.text).toContain('@ofsp_bag');
    expect(grippeX.campaign).toBe('hiver-2026');
    expect(grippeX.article).toEqual({
      slug: 'grippe',
      lang: 'fr',
      url: 'https://blog.hopital-valclair.ch/articles/grippe/',
      title: 'Grippe : les gestes qui protègent',
      card: null,
    });
    // A post without media shows its article's link card, drawn once for all the networks that show it.
    expect(
      manifest.posts.filter((post) => post.id === 'grippe-de').map((post) => [post.network, post.article?.card]),
    ).toEqual([
      ['x', 'apercu/de-grippe.jpg'],
      ['linkedin', 'apercu/de-grippe.jpg'],
      ['facebook', 'apercu/de-grippe.jpg'],
    ]);
    expect(grippeX.media).toEqual([
      {
        kind: 'image',
        file: 'media/grippe-gestes-x-1.jpg',
        source: `${FIXTURES}/media/grippe.jpg`,
        alt: "Une infirmière tend un mouchoir à un patient enrhumé, dans une salle d'attente lumineuse.",
        width: 1200,
        height: 675,
        ratio: '16:9',
        credit: null,
        origin: 'calendar',
      },
    ]);
    expect(grippeX.account).toBe('x');
    expect(grippeX.source).toBe(`${FIXTURES}/calendar-week/2026-11.yaml:8`);
    expect(grippeX.past).toBe(false);
    const instagram = manifest.posts.find((post) => post.id === 'grippe-gestes' && post.network === 'instagram')!;
    expect(instagram.text).not.toContain('https://');
    expect(instagram.text).toContain('lien en bio');
    expect(
      manifest.posts.find((post) => post.id === 'maternite-portes' && post.network === 'facebook')!.firstComment,
    ).toBe("Programme complet et plan d'accès sur notre site.");
  });

  it('lists the held-back entries with their reason, and leaves them out of every file', () => {
    expect(manifest.heldBack.map((entry) => [entry.id, entry.code, entry.status])).toEqual([
      ['nounours-relecture', HELD_BACK['nounours-relecture'], 'review'],
      ['nounours-sans-consentement', HELD_BACK['nounours-sans-consentement'], 'approved'],
    ]);
    expect(manifest.heldBack[0]!.reason).toMatch(/review/);
    expect(manifest.heldBack[1]!.reason).toMatch(/[Cc]onsentement/);
    expect(manifest.heldBack[1]!.source).toBe(`${FIXTURES}/calendar-week/2026-11.yaml:70`);
    for (const path of Object.keys(snapshot(pack)).filter((name) => /\.(md|csv|ics)$/.test(name))) {
      const text = readFileSync(join(pack, path), 'utf8');
      for (const id of Object.keys(HELD_BACK)) expect(text, `${id} in ${path}`).not.toContain(id);
    }
    expect(readdirSync(join(pack, 'media')).some((name) => name.startsWith('nounours'))).toBe(false);
    expect(JSON.stringify(manifest.posts)).not.toContain('nounours');
    expect(JSON.stringify(manifest)).not.toContain('semaine-suivante');
    // The summary names them, with their reason.
    expect(stdout).toContain('nounours-relecture');
    expect(stdout).toContain('nounours-sans-consentement');
    expect(stdout).toMatch(/Consentement manquant/);
  });

  it('prints posts per network and per day', () => {
    expect(stdout).toContain(
      'X 3 · Bluesky 1 · Mastodon 2 · Threads 2 · LinkedIn 2 · Facebook 3 · Instagram 4 · YouTube 1',
    );
    expect(stdout).toContain('mar. 24 nov. : 5 posts');
    expect(stdout).toContain('grippe-gestes (X) : 24/11/2026 12:02 → 24/11/2026 12:05');
  });

  it('puts exactly the manifest’s text in each network file, in time order, with the count', () => {
    for (const network of NETWORKS_OF_WEEK) {
      const markdown = readFileSync(join(pack, `${network}.md`), 'utf8');
      const posts = manifest.posts.filter((post) => post.network === network);
      expect(postTextsOfMarkdown(markdown)).toEqual(posts.map((post) => post.text));
      for (const post of posts) expect(markdown).toContain(`${post.count.used} / `);
      for (const media of posts.flatMap((post) => post.media)) expect(markdown).toContain(`](${media.file})`);
    }
  });

  it('writes Hootsuite files by its rules, one per account: three columns, DD/MM/YYYY HH:mm on 5 minutes, ≤ 350 rows, the exact text, UTF-8', () => {
    const expectedDates: Record<string, string[]> = {
      x: ['24/11/2026 12:05', '27/11/2026 09:00', '30/11/2026 00:00'],
      mastodon: ['23/11/2026 00:00', '24/11/2026 12:05'],
      linkedin: ['26/11/2026 18:30', '27/11/2026 09:00'],
      'facebook-fr': ['24/11/2026 12:05', '26/11/2026 18:30'],
      'facebook-de': ['27/11/2026 09:00'],
    };
    for (const account of ACCOUNTS) {
      const bytes = readFileSync(join(pack, `hootsuite/${account}.csv`));
      expect(bytes[0], 'no byte-order mark').not.toBe(0xef);
      const content = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      const rows: string[][] = parse(content, { relax_column_count: false });
      const posts = manifest.posts.filter((post) => post.account === account);
      expect(rows.length).toBe(posts.length);
      expect(rows.length).toBeLessThanOrEqual(350);
      rows.forEach((row, index) => {
        expect(row).toHaveLength(3);
        const [date, message, link] = row as [string, string, string];
        const match = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2})$/.exec(date);
        expect(match, date).not.toBeNull();
        expect(Number(match![5]) % 5).toBe(0);
        expect(Number(match![4])).toBeLessThan(24);
        expect(message).toBe(posts[index]!.text);
        expect(link).toBe('');
      });
      if (expectedDates[account]) expect(rows.map((row) => row[0])).toEqual(expectedDates[account]);
    }
    expect(readFileSync(join(pack, 'hootsuite/x.csv'), 'utf8')).toContain('🤧');
  });

  it('writes Publer’s twelve-column template, one file per account, with the exact text and the planned time', () => {
    for (const account of ACCOUNTS) {
      const [header, ...rows]: string[][] = parse(readFileSync(join(pack, `publer/${account}.csv`), 'utf8'));
      expect(header).toEqual(PUBLER_HEADER);
      const posts = manifest.posts.filter((post) => post.account === account);
      expect(rows.map((row) => row[1])).toEqual(posts.map((post) => post.text));
      expect(rows.every((row) => row.length === 12)).toBe(true);
    }
    // With media, Link(s) stays empty (a post is a photo or a link card); the link is in the text.
    const [, first]: string[][] = parse(readFileSync(join(pack, 'publer/instagram-fr.csv'), 'utf8'));
    expect(first!.slice(0, 3)).toEqual([
      '2026-11-24 12:02',
      manifest.posts.find((post) => post.id === 'grippe-gestes' && post.network === 'instagram')!.text,
      '',
    ]);
    expect(first![5]).toBe('hiver-2026');
    const [, german]: string[][] = parse(readFileSync(join(pack, 'publer/facebook-de.csv'), 'utf8'));
    expect(german![2]).toBe(
      'https://blog.hopital-valclair.ch/de/artikel/grippe/?utm_source=facebook&utm_medium=social&utm_campaign=grippe-de',
    );
  });

  it('writes an ICS that node-ical reads: one event per post at its Zurich time', () => {
    const raw = readFileSync(join(pack, 'week.ics'), 'utf8');
    expect(raw.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const events = Object.values(ical.sync.parseICS(raw)).filter((component) => component?.type === 'VEVENT');
    expect(events).toHaveLength(EXPECTED_POSTS.length);
    const starts = events.map((event) => (event as ical.VEvent).start.toISOString()).sort();
    expect(starts).toEqual(EXPECTED_POSTS.map(([, , at]) => new Date(at).toISOString()).sort());
    const grippe = events.find(
      (event) => (event as ical.VEvent).uid === 'grippe-gestes.x.pack@blog.hopital-valclair.ch',
    ) as ical.VEvent;
    expect(grippe.start.toISOString()).toBe('2026-11-24T11:02:00.000Z');
    expect(grippe.start.tz).toBe('Europe/Zurich');
    expect(grippe.summary).toBe('X · grippe-gestes');
    expect(String(grippe.description)).toContain(
      manifest.posts.find((post) => post.id === 'grippe-gestes' && post.network === 'x')!.text,
    );
  });

  it('crops every image to its network’s recommended size', async () => {
    const media = manifest.posts
      .flatMap((post) => post.media.map((item) => ({ network: post.network, ...item })))
      .filter((item) => item.kind === 'image');
    expect(media).toHaveLength(12);
    for (const item of media) {
      const meta = await sharp(join(pack, item.file)).metadata();
      expect([meta.width, meta.height], item.file).toEqual(IMAGE_SIZE[item.network]);
      expect([item.width, item.height]).toEqual(IMAGE_SIZE[item.network]);
      expect(meta.format).toBe('jpeg');
      expect(meta.exif, 'no camera metadata').toBeUndefined();
    }
  });

  it('copies a video as it is, without size, and gives YouTube its title', () => {
    const video = manifest.posts.find((post) => post.network === 'youtube')!;
    expect(video.title).toBe('Passer une IRM : ce qui vous attend, en 2 minutes');
    expect(video.media).toMatchObject([
      { kind: 'video', file: 'media/video-irm-youtube-1.mp4', width: null, height: null, ratio: null },
    ]);
    expect(
      Buffer.compare(
        readFileSync(join(pack, video.media[0]!.file)),
        readFileSync(join(ROOT, FIXTURES, 'media/irm.mp4')),
      ),
    ).toBe(0);
    const [, row]: string[][] = parse(readFileSync(join(pack, 'publer/youtube.csv'), 'utf8'));
    expect(row![4]).toBe(video.title);
  });

  it('writes a self-contained preview: one entry per post, grouped by day, images from media/ and apercu/', () => {
    const html = readFileSync(join(pack, 'index.html'), 'utf8');
    expect(html.match(/<article class="post /g)).toHaveLength(EXPECTED_POSTS.length);
    expect(html.match(/<section class="day"/g)).toHaveLength(7);
    expect(html).not.toMatch(/<(?:script|link)\b/);
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
    expect(html).not.toMatch(/url\(/);
    const sources = [...html.matchAll(/<img [^>]*src="([^"]+)"/g)].map((match) => match[1]!);
    const files = sources.filter((source) => !source.startsWith('data:'));
    for (const source of files) expect(existsSync(join(pack, source)), source).toBe(true);
    // Each image post shows its picture; each link post without media the article's card; each post its avatar.
    expect(files.filter((source) => source.startsWith('media/'))).toHaveLength(12);
    expect(new Set(files.filter((source) => source.startsWith('apercu/')))).toEqual(new Set(['apercu/de-grippe.jpg']));
    expect(sources.filter((source) => source.startsWith('data:image/svg+xml;base64,'))).toHaveLength(
      EXPECTED_POSTS.length,
    );
    // The page is typeset: a day's number keeps its month on its line.
    expect(html).toContain('Mardi 24\u00a0novembre 2026');
    expect(html.replaceAll(/[\u00a0\u202f]/g, ' ')).toContain('176 / 280 caractères pondérés');
  });

  it('gives Instagram and Threads the article’s picture when the entry has none: its hero, or a drawn card', () => {
    const card = manifest.posts.find((post) => post.id === 'grippe-carte' && post.network === 'instagram')!;
    expect(card.media).toEqual([
      {
        kind: 'image',
        file: 'media/grippe-carte-instagram-1.jpg',
        source: `${FIXTURES}/content/fr/grippe.mdx`,
        alt: 'Carte de l’article « Grippe : les gestes qui protègent » (rubrique Prévention et conseils), avec le nom et le logo : Hôpital du Val-Clair.',
        width: 1080,
        height: 1350,
        ratio: '4:5',
        credit: null,
        origin: 'article-card',
      },
    ]);
    expect(manifest.posts.find((post) => post.id === 'grippe-carte' && post.network === 'threads')!.media).toHaveLength(
      1,
    );
    const hero = manifest.posts.find((post) => post.id === 'portes-photo')!;
    expect(hero.media).toEqual([
      {
        kind: 'image',
        file: 'media/portes-photo-instagram-1.jpg',
        source: `${FIXTURES}/content/fr/maternite-hero.jpg`,
        alt: 'Une sage-femme montre une chambre de la Maternité à un couple.',
        width: 1080,
        height: 1350,
        ratio: '4:5',
        credit: 'Photo : Service communication',
        origin: 'article-hero',
      },
    ]);
    // Where the entry gives media, it is used as given.
    expect(
      manifest.posts.find((post) => post.id === 'grippe-gestes' && post.network === 'instagram')!.media[0]!.origin,
    ).toBe('calendar');
  });

  it('reports the hashtags a network’s cap left out: the hospital’s own goes first', () => {
    const threads = manifest.posts.find((post) => post.id === 'maternite-portes' && post.network === 'threads')!;
    expect(threads.hashtags).toEqual(['Maternité']);
    expect(threads.droppedHashtags).toEqual(['ValClair']);
    expect(stdout).toContain('maternite-portes (Threads, jeu. 26 nov. 18:30) : #ValClair');
    expect(readFileSync(join(pack, 'threads.md'), 'utf8')).toContain('- Mots-clés retirés : \\#ValClair');
  });

  it('counts the Hootsuite rows that need a manual attachment, and lists each in the LISEZMOI', () => {
    expect(stdout).toContain('Hootsuite : 13 lignes sur 18 demandent une pièce jointe ajoutée à la main');
    const readme = readFileSync(join(pack, 'LISEZMOI.md'), 'utf8');
    expect(readme).toContain('### `hootsuite/facebook-fr.csv` → Facebook · Hôpital du Val-Clair');
    expect(readme).toContain('### `hootsuite/facebook-de.csv` → Facebook · Spital Val-Clair');
    expect(readme).toContain(
      '  - image `media/maternite-portes-facebook-1.jpg`, texte alternatif : « Une chambre de la Maternité, un berceau près de la fenêtre. »',
    );
    expect(readme).toContain("  - premier commentaire : « Programme complet et plan d'accès sur notre site. »");
    expect(readme).toContain('  - titre de la vidéo : « Passer une IRM : ce qui vous attend, en 2 minutes »');
    expect(readme).toContain('**Europe/Zurich**');
    expect(readme).toMatch(
      /jour\/mois\/année, 24 h \(JJ\/MM\/AAAA HH:mm\)\*\*.*inverse le jour et le mois \*\*sans erreur\*\*/,
    );
    expect(readme).toContain('**Origine du fichier : 65001 : Unicode (UTF-8)**');
    // 10 minutes before the first row, semaine-ouverture on Monday at 00:00.
    expect(readme).toContain('**avant le 22/11/2026 23:50**');
  });

  it('writes a copy for spreadsheets: UTF-8 with BOM, semicolons, one row per post', () => {
    const bytes = readFileSync(join(pack, 'excel/2026-W48-a-lire-dans-excel.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows]: string[][] = parse(bytes.subarray(3).toString('utf8'), { delimiter: ';' });
    expect(header![0]).toBe('Jour');
    expect(rows.map((row) => row[5])).toEqual(manifest.posts.map((post) => post.text));
  });
});

describe('`--now` in the middle of the week', SLOW, () => {
  // Thursday 26 November, noon: everything up to Wednesday evening is past, Thursday 18:30 onwards can still be scheduled.
  const PAST = [
    ['semaine-ouverture', 'mastodon'],
    ['grippe-gestes', 'x'],
    ['grippe-gestes', 'bluesky'],
    ['grippe-gestes', 'mastodon'],
    ['grippe-gestes', 'facebook'],
    ['grippe-gestes', 'instagram'],
    ['grippe-carte', 'threads'],
    ['grippe-carte', 'instagram'],
  ];
  let pack: string;
  let manifest: PackManifest;
  let stdout: string;

  beforeAll(async () => {
    const out = temporaryDir('pack-midweek');
    const run = await runPack(['--week', 'current', '--out', out, ...FIXTURE_ARGS.slice(0, -1), '2026-11-26 12:00']);
    expect(run.code).toBe(0);
    stdout = run.stdout;
    pack = join(out, '2026-W48');
    manifest = JSON.parse(readFileSync(join(pack, 'manifest.json'), 'utf8'));
  }, SLOW.timeout);

  it('marks the posts already past, or within 30 minutes, and only those', () => {
    expect(manifest.posts.filter((post) => post.past).map((post) => [post.id, post.network])).toEqual(PAST);
    expect(manifest.posts).toHaveLength(EXPECTED_POSTS.length);
  });

  it('leaves them out of both schedulers’ files, and writes no file for an account with nothing left', () => {
    const pastTexts = new Set(manifest.posts.filter((post) => post.past).map((post) => post.text));
    const files = readdirSync(join(pack, 'hootsuite')).map((name) => `hootsuite/${name}`);
    expect(files.sort()).toEqual(
      ['x', 'threads', 'linkedin', 'facebook-fr', 'facebook-de', 'instagram-fr', 'youtube']
        .map((id) => `hootsuite/${id}.csv`)
        .sort(),
    );
    expect(readdirSync(join(pack, 'publer')).sort()).toEqual(
      files.map((file) => file.replace('hootsuite/', '')).sort(),
    );
    for (const file of files) {
      const hootsuite: string[][] = parse(readFileSync(join(pack, file), 'utf8'));
      const [, ...publer]: string[][] = parse(readFileSync(join(pack, file.replace('hootsuite', 'publer')), 'utf8'));
      for (const row of [...hootsuite, ...publer]) expect(pastTexts.has(row[1]!), `${file}: ${row[1]}`).toBe(false);
    }
    const [first] = parse(readFileSync(join(pack, 'hootsuite/x.csv'), 'utf8')) as string[][];
    expect(first![0]).toBe('27/11/2026 09:00');
  });

  it('lists them to publish by hand or move, in the summary, the LISEZMOI and the preview', () => {
    const labels = [
      'semaine-ouverture (Mastodon, lun. 23 nov. 00:00)',
      'grippe-gestes (X, mar. 24 nov. 12:02)',
      'grippe-gestes (Instagram, mar. 24 nov. 12:02)',
      'grippe-carte (Threads, mer. 25 nov. 18:00)',
    ];
    const readme = readFileSync(join(pack, 'LISEZMOI.md'), 'utf8');
    // The preview is typeset (no-break spaces in dates), the summary and the LISEZMOI are plain text.
    const html = readFileSync(join(pack, 'index.html'), 'utf8').replaceAll(/[\u00a0\u202f]/g, ' ');
    expect(stdout).toContain('À publier à la main ou à reprogrammer (8)');
    for (const label of labels) {
      expect(stdout).toContain(`  ${label}`);
      expect(readme).toContain(`- ${label}`);
      expect(html).toContain(label);
    }
    expect(html).toContain('<h2 id="past">À publier à la main ou à reprogrammer');
    expect(stdout).toContain('À téléverser avant le 26/11/2026 18:20');
    expect(readme).toContain('**avant le 26/11/2026 18:20**');
  });
});

describe('re-running the pack', SLOW, () => {
  it('gives byte-identical files, whether over the previous pack or in another folder', async () => {
    const first = temporaryDir('pack-a');
    const second = temporaryDir('pack-b');
    expect((await runPack(['--week', '2026-W48', '--out', first, ...FIXTURE_ARGS])).code).toBe(0);
    const before = snapshot(first);
    expect((await runPack(['--week', '2026-W48', '--out', first, ...FIXTURE_ARGS])).code).toBe(0);
    expect(snapshot(first)).toEqual(before);
    // Another "now" changes no file: the time of the run is never written.
    expect(
      (await runPack(['--week', '2026-W48', '--out', second, ...FIXTURE_ARGS.slice(0, -1), '2026-11-20'])).code,
    ).toBe(0);
    expect(snapshot(second)).toEqual(before);
  });

  it('updates agenda events instead of adding new ones: same UID across weeks, SEQUENCE up when a post changes', async () => {
    const calendar = temporaryDir('pack-agenda-calendar');
    const out = temporaryDir('pack-agenda');
    const yaml = readFileSync(join(ROOT, FIXTURES, 'calendar-week/2026-11.yaml'), 'utf8');
    writeFileSync(join(calendar, '2026-11.yaml'), yaml);
    const written = statSync(join(calendar, '2026-11.yaml')).mtimeMs;
    const args = [
      '--calendar',
      calendar,
      '--content',
      `${FIXTURES}/content`,
      '--media',
      `${FIXTURES}/media`,
      '--now',
      '2026-11-22 12:00',
    ];
    const events = (week: string) =>
      Object.values(ical.sync.parseICS(readFileSync(join(out, week, 'week.ics'), 'utf8'))).filter(
        (item): item is ical.VEvent => item?.type === 'VEVENT',
      );
    const byUid = (week: string, uid: string) => events(week).find((event) => event.uid === uid)!;
    const NIGHT = 'veille-de-semaine.x.pack@blog.hopital-valclair.ch';
    const FLU = 'grippe-gestes.x.pack@blog.hopital-valclair.ch';

    expect((await runPack(['--week', '2026-W48', '--out', out, ...args])).code).toBe(0);
    const first = byUid('2026-W48', NIGHT);
    expect([first.sequence, byUid('2026-W48', FLU).sequence]).toEqual([0, 0]);

    // The planner rewrites one post: only its event changes revision.
    writeFileSync(
      join(calendar, '2026-11.yaml'),
      yaml.replace('Bonne nuit et bonne semaine', 'Belle nuit et bonne semaine'),
    );
    expect((await runPack(['--week', '2026-W48', '--out', out, ...args])).code).toBe(0);
    const edited = byUid('2026-W48', NIGHT);
    expect(edited.sequence).toBe(1);
    expect(edited.lastmodified!.getTime()).toBeGreaterThan(first.lastmodified!.getTime());
    expect(byUid('2026-W48', FLU).sequence).toBe(0);
    // An unchanged event keeps the time its inputs were written the first time, whatever the clock says.
    expect(byUid('2026-W48', FLU).dtstamp.getTime()).toBe(Math.floor(written / 1000) * 1000);

    // Then moves it to the next week: the next week's pack carries the same UID, one revision further.
    writeFileSync(
      join(calendar, '2026-11.yaml'),
      yaml
        .replace('Bonne nuit et bonne semaine', 'Belle nuit et bonne semaine')
        .replace('2026-11-29 23:58', '2026-11-30 23:58'),
    );
    expect((await runPack(['--week', '2026-W49', '--out', out, ...args])).code).toBe(0);
    expect(byUid('2026-W49', NIGHT).sequence).toBe(2);
  });

  it('reports a text the same account posted in last week’s pack', async () => {
    const out = temporaryDir('pack-last-week');
    expect((await runPack(['--week', '2026-W48', '--out', out, ...FIXTURE_ARGS])).code).toBe(0);
    const week48: PackManifest = JSON.parse(readFileSync(join(out, '2026-W48', 'manifest.json'), 'utf8'));
    const repeated = week48.posts.find((post) => post.id === 'veille-de-semaine')!;
    // Last week's pack, as an earlier version wrote it (no account field): the same X text.
    mkdirSync(join(out, '2026-W47'));
    writeFileSync(
      join(out, '2026-W47', 'manifest.json'),
      JSON.stringify({ posts: [{ id: 'veille-precedente', network: 'x', lang: 'fr', text: repeated.text }] }),
    );
    const run = await runPack(['--week', '2026-W48', '--out', out, ...FIXTURE_ARGS]);
    expect(run.code).toBe(0);
    const again: PackManifest = JSON.parse(readFileSync(join(out, '2026-W48', 'manifest.json'), 'utf8'));
    expect(again.posts.find((post) => post.id === 'veille-de-semaine')!.sameTextAs).toEqual([
      'veille-precedente (2026-W47)',
    ]);
    expect(again.posts.filter((post) => post.sameTextAs.length > 0)).toHaveLength(1);
    expect(run.stdout).toContain('Même texte que la semaine dernière sur le même compte');
    expect(readFileSync(join(out, '2026-W48', 'index.html'), 'utf8')).toContain(
      'Même texte que veille-precedente (2026-W47)',
    );
  });
});

describe('a calendar with errors', SLOW, () => {
  const INVALID = [
    '--calendar',
    `${FIXTURES}/calendar-invalid`,
    '--content',
    `${FIXTURES}/content`,
    '--media',
    `${FIXTURES}/media`,
    '--now',
    '2026-11-23',
  ];

  it('prints the same errors as calendar:check, exits 1, and leaves an existing packs folder untouched', async () => {
    const out = temporaryDir('pack-invalid');
    expect((await runPack(['--week', '2026-W48', '--out', out, ...FIXTURE_ARGS])).code).toBe(0);
    const before = snapshot(out);
    expect(Object.keys(before).length).toBeGreaterThan(10);

    const run = await runPack(['--week', '2026-W48', '--out', out, ...INVALID]);
    expect(run.code).toBe(1);
    expect(snapshot(out)).toEqual(before);

    const check = await runScript('scripts/calendar-check.ts', INVALID);
    expect(check.code).toBe(1);
    const errorLines = check.stdout.split('\n').filter((line) => line.startsWith(`${FIXTURES}/calendar-invalid/`));
    expect(errorLines).toHaveLength(2);
    for (const line of errorLines) expect(run.stderr).toContain(line);
    expect(run.stderr).toContain('Le pack n’a pas été créé');
  });

  it('does not even create the output folder', async () => {
    const parent = temporaryDir('pack-none');
    const out = join(parent, 'packs');
    const run = await runPack(['--week', '2026-W48', '--out', out, ...INVALID]);
    expect(run.code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });
});

describe('the command line', SLOW, () => {
  it('refuses a week that does not exist, in French, and writes nothing', async () => {
    const out = join(temporaryDir('pack-week'), 'packs');
    const run = await runPack(['--week', '2025-W53', '--out', out, ...FIXTURE_ARGS]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('L’année ISO 2025 compte 52 semaines');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a --media-url that Publer would split at a comma, or that is no address', () => {
    const defaults = { now: new Date('2026-11-22T12:00:00Z'), cwd: ROOT };
    expect(() => parsePackArgs(['--week', 'next', '--media-url', 'https://intra.example/a,b/'], defaults)).toThrow(
      /--media-url ne peut pas contenir de virgule/,
    );
    expect(() => parsePackArgs(['--week', 'next', '--media-url', 'packs/'], defaults)).toThrow(/adresse complète/);
    expect(parsePackArgs(['--week', 'next', '--media-url', 'https://intra.example/p/'], defaults).mediaBaseUrl).toBe(
      'https://intra.example/p/',
    );
  });

  it('asks for --week when it is missing', async () => {
    const run = await runPack(FIXTURE_ARGS);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Indiquez la semaine');
  });

  it('takes --week current and next relative to --now', async () => {
    const out = temporaryDir('pack-next');
    const run = await runPack(['--week', 'next', '--out', out, ...FIXTURE_ARGS.slice(0, -1), '2026-11-18']);
    expect(run.code).toBe(0);
    expect(entriesOf(out)).toEqual(['2026-W48']);
  });

  it('writes several weeks from one run, each folder whole, and refuses them all when one week is wrong', async () => {
    const out = temporaryDir('pack-weeks');
    const run = await runPack(['--week', '2026-W48', '--week', '2026-W49', '--out', out, ...FIXTURE_ARGS]);
    expect(run.code).toBe(0);
    expect(entriesOf(out).sort()).toEqual(['2026-W48', '2026-W49']);
    expect(JSON.parse(readFileSync(join(out, '2026-W48', 'manifest.json'), 'utf8')).posts).toHaveLength(
      EXPECTED_POSTS.length,
    );
    expect(JSON.parse(readFileSync(join(out, '2026-W49', 'manifest.json'), 'utf8')).week.id).toBe('2026-W49');
    expect(run.stdout.match(/2026-W4[89]/g)?.length).toBeGreaterThanOrEqual(2);

    const refused = join(temporaryDir('pack-weeks-bad'), 'packs');
    const bad = await runPack(['--week', '2026-W48', '--week', '2025-W53', '--out', refused, ...FIXTURE_ARGS]);
    expect(bad.code).toBe(1);
    expect(existsSync(refused)).toBe(false);
  });

  it('refuses an image that does not decode at the check, before any week is written', async () => {
    const root = temporaryDir('pack-weeks-media');
    cpSync(join(ROOT, FIXTURES, 'media'), join(root, FIXTURES, 'media'), { recursive: true });
    writeFileSync(join(root, FIXTURES, 'media', 'grippe.jpg'), 'pas une image');
    const outDir = join(root, 'packs');
    const making = buildPacks({
      weeks: ['2026-W47', '2026-W48'],
      now: new Date('2026-11-18T12:00:00Z'),
      calendarDir: join(ROOT, FIXTURES, 'calendar-week'),
      contentDir: join(ROOT, FIXTURES, 'content'),
      root,
      mediaDir: join(root, FIXTURES, 'media'),
      outDir,
    });
    await expect(making).rejects.toMatchObject({
      code: 'calendar-invalid',
      message: expect.stringMatching(
        /calendar-week\/2026-11\.yaml:18:12 {2}grippe-gestes {2}« tests\/pack\/fixtures\/media\/grippe\.jpg » n’est pas une image lisible/,
      ),
    });
    expect(existsSync(outDir)).toBe(false);
  });

  it('holds Mastodon posts to the server limit given by --mastodon-limit', async () => {
    const out = temporaryDir('pack-mastodon');
    const run = await runPack(['--week', '2026-W48', '--mastodon-limit', '120', '--out', out, ...FIXTURE_ARGS]);
    expect(run.code).toBe(0);
    const posts = (
      JSON.parse(readFileSync(join(out, '2026-W48', 'manifest.json'), 'utf8')) as PackManifest
    ).posts.filter((post) => post.network === 'mastodon');
    expect(posts.length).toBeGreaterThan(0);
    for (const post of posts) {
      expect(post.count.limit).toBe(120);
      // Mastodon counts each link as 23 characters (its documented rule), everything else by grapheme.
      const counted = post.text.replace(/https?:\/\/\S+/g, 'x'.repeat(23));
      expect([...new Intl.Segmenter().segment(counted)].length).toBeLessThanOrEqual(120);
    }
  });

  it('writes an empty but valid pack for a week without approved posts', async () => {
    const out = temporaryDir('pack-empty');
    const run = await runPack([
      '--week',
      '2026-W48',
      '--out',
      out,
      '--calendar',
      `${FIXTURES}/calendar-empty`,
      '--content',
      `${FIXTURES}/content`,
      '--now',
      '2026-11-23',
    ]);
    expect(run.code).toBe(0);
    const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(out, '2026-W48', 'manifest.json'), 'utf8')));
    expect(manifest.posts).toEqual([]);
    expect(manifest.heldBack.map((entry) => [entry.id, entry.status])).toEqual([['idee-seule', 'idea']]);
    expect(run.stdout).toContain('Aucun post approuvé');
  });
});
