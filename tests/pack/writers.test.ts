import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import ical from 'node-ical';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/editorial/icalendar.ts';
import { cropMedia } from '../../src/editorial/pack/cropMedia.ts';
import { MANIFEST_JSON_SCHEMA_FILE, manifestJsonSchemaText } from '../../src/editorial/pack/jsonSchema.ts';
import { manifestSchema, type PackManifest, type PostRecord } from '../../src/editorial/pack/manifestSchema.ts';
import { fenced, writeNetworkMarkdown } from '../../src/editorial/pack/networkMarkdown.ts';
import { PackError } from '../../src/editorial/pack/packError.ts';
import { parseWeek } from '../../src/editorial/pack/parseWeek.ts';
import { previewHtml } from '../../src/editorial/pack/previewHtml.ts';
import { readme } from '../../src/editorial/pack/readme.ts';
import {
  hootsuiteCsv,
  hootsuiteFiles,
  hootsuiteTime,
  publerCsv,
  publerFiles,
} from '../../src/editorial/pack/schedulers.ts';
import { spreadsheetCopy } from '../../src/editorial/pack/spreadsheetCopy.ts';
import { weekIcs } from '../../src/editorial/pack/weekIcs.ts';
import { type FolderFiles, writeDirectoriesAtomically } from '../../src/editorial/pack/writeDirectory.ts';
import { inWeek, weekContaining } from '../../src/lib/zurichTime.ts';
import { entriesOf, FIXTURES, postTextsOfMarkdown, ROOT, snapshot, temporaryDir } from './helpers.ts';

/** An image of a post, cropped for X. */
const IMAGE = {
  kind: 'image' as const,
  file: 'media/essai-x-1.jpg',
  source: 'editorial/media/a.jpg',
  alt: 'Une image, décrite.',
  width: 1200,
  height: 675,
  ratio: '16:9',
  credit: null,
  origin: 'calendar' as const,
};

/** A manifest holding `posts`, with the account each names. */
function manifestOf(posts: PostRecord[]): PackManifest {
  return {
    version: 2,
    week: WEEK,
    inputsHash: `sha256:${'0'.repeat(64)}`,
    accounts: [...new Set(posts.map((item) => item.account))].map((id) => ({
      id,
      network: posts.find((item) => item.account === id)!.network,
      name: 'Hôpital du Val-Clair',
      handle: 'hopitalvalclair',
      langs: ['fr'],
    })),
    posts,
    heldBack: [],
  };
}

function readmeOf(manifest: PackManifest): string {
  return readme(manifest, { hootsuite: hootsuiteFiles(manifest.posts), publer: publerFiles(manifest.posts) });
}

/** No earlier pack: every event starts at SEQUENCE 0, dated when its inputs changed. */
const AGENDA = { previous: new Map(), changedAt: () => new Date('2026-11-20T08:00:00Z') };

const WEEK = {
  id: '2026-W48',
  start: '2026-11-23T00:00:00+01:00',
  end: '2026-11-30T00:00:00+01:00',
  timeZone: 'Europe/Zurich',
} as const;

function post(overrides: Partial<PostRecord> = {}): PostRecord {
  return {
    id: 'essai',
    network: 'x',
    account: 'x',
    scheduledAt: '2026-11-24T12:00:00+01:00',
    day: '2026-11-24',
    lang: 'fr',
    text: 'Un texte, avec « guillemets », des "doubles", un ; et 🤧\nsur deux lignes.',
    link: null,
    hashtags: [],
    droppedHashtags: [],
    mentions: [],
    media: [],
    article: null,
    campaign: null,
    owner: null,
    status: 'approved',
    count: { used: 70, limit: 280, unit: 'weighted' },
    truncated: false,
    title: null,
    firstComment: null,
    source: 'editorial/calendar/2026-11.yaml:1',
    past: false,
    sameTextAs: [],
    ...overrides,
  };
}

describe('the manifest’s JSON Schema', () => {
  it('is committed exactly as generated from the zod schema (run node src/editorial/pack/jsonSchema.ts after a change)', () => {
    expect(readFileSync(MANIFEST_JSON_SCHEMA_FILE, 'utf8')).toBe(manifestJsonSchemaText());
  });

  it('describes every field', () => {
    const schema = JSON.parse(manifestJsonSchemaText());
    const missing: string[] = [];
    const visit = (node: Record<string, unknown>, path: string) => {
      const properties = node['properties'] as Record<string, Record<string, unknown>> | undefined;
      for (const [name, child] of Object.entries(properties ?? {})) {
        if (typeof child['description'] !== 'string') missing.push(`${path}.${name}`);
        visit(child, `${path}.${name}`);
        const items = child['items'] as Record<string, unknown> | undefined;
        if (items) visit(items, `${path}.${name}[]`);
        for (const option of (child['anyOf'] as Record<string, unknown>[] | undefined) ?? [])
          visit(option, `${path}.${name}`);
      }
    };
    visit(schema, '');
    expect(missing).toEqual([]);
  });

  it('refuses a post outside the rules (status, time without offset)', () => {
    const manifest: PackManifest = {
      version: 2,
      week: WEEK,
      inputsHash: `sha256:${'0'.repeat(64)}`,
      accounts: [],
      posts: [post()],
      heldBack: [],
    };
    expect(manifestSchema.safeParse(manifest).success).toBe(true);
    expect(manifestSchema.safeParse({ ...manifest, posts: [{ ...post(), status: 'review' }] }).success).toBe(false);
    expect(
      manifestSchema.safeParse({ ...manifest, posts: [{ ...post(), scheduledAt: '2026-11-24 12:00' }] }).success,
    ).toBe(false);
  });
});

describe('ISO weeks in Zurich', () => {
  it('reads 2026-W48 as Monday 23 to Monday 30 November, Zurich midnight', () => {
    const week = parseWeek('2026-W48', new Date());
    expect(week.id).toBe('2026-W48');
    expect(week.start.toISOString()).toBe('2026-11-22T23:00:00.000Z');
    expect(week.end.toISOString()).toBe('2026-11-29T23:00:00.000Z');
    expect(week.days).toEqual([
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
    ]);
  });

  it('handles the week of a clock change (167 hours in March, 169 in October)', () => {
    const spring = parseWeek('2027-W12', new Date());
    expect(spring.start.toISOString()).toBe('2027-03-21T23:00:00.000Z');
    expect((spring.end.getTime() - spring.start.getTime()) / 3_600_000).toBe(167);
    const autumn = parseWeek('2026-W43', new Date());
    expect(autumn.start.toISOString()).toBe('2026-10-18T22:00:00.000Z');
    expect((autumn.end.getTime() - autumn.start.getTime()) / 3_600_000).toBe(169);
  });

  it('knows the ISO years: 2026 has 53 weeks, 2025 has 52, and W01 may start in December', () => {
    expect(parseWeek('2026-W53', new Date()).days[0]).toBe('2026-12-28');
    expect(parseWeek('2026-W01', new Date()).days[0]).toBe('2025-12-29');
    expect(() => parseWeek('2025-W53', new Date())).toThrow(PackError);
    expect(() => parseWeek('semaine 48', new Date())).toThrow(/2026-W48/);
  });

  it('takes current and next from Zurich time, not UTC', () => {
    // Sunday 29 November, 23:30 in Zurich is still week 48; 00:30 on Monday is week 49.
    expect(parseWeek('current', new Date('2026-11-29T22:30:00Z')).id).toBe('2026-W48');
    expect(parseWeek('current', new Date('2026-11-29T23:30:00Z')).id).toBe('2026-W49');
    expect(parseWeek('next', new Date('2026-12-30T12:00:00Z')).id).toBe('2027-W01');
  });

  it('puts every instant in exactly the week that contains it', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }),
        (instant) => {
          const week = weekContaining(instant);
          expect(inWeek(week, instant)).toBe(true);
          expect(parseWeek(week.id, instant).start.getTime()).toBe(week.start.getTime());
          // Monday 00:00 in Zurich.
          const local = new Intl.DateTimeFormat('en-GB', {
            timeZone: 'Europe/Zurich',
            weekday: 'short',
            hour: '2-digit',
            minute: '2-digit',
            hourCycle: 'h23',
          }).format(week.start);
          expect(local).toBe('Mon 00:00');
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('Hootsuite', () => {
  it('moves a time to the next multiple of 5 minutes, never earlier', () => {
    const at = (time: string) => hootsuiteTime(new Date(`2026-11-24T${time}:00+01:00`)).toISOString();
    expect(at('12:00')).toBe('2026-11-24T11:00:00.000Z');
    expect(at('12:01')).toBe('2026-11-24T11:05:00.000Z');
    expect(at('12:02')).toBe('2026-11-24T11:05:00.000Z');
    expect(at('12:04')).toBe('2026-11-24T11:05:00.000Z');
    expect(at('12:05')).toBe('2026-11-24T11:05:00.000Z');
    expect(at('12:59')).toBe('2026-11-24T12:00:00.000Z');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (minutes) => {
        const planned = new Date(Date.UTC(2026, 0, 1) + minutes * 60_000);
        const moved = hootsuiteTime(planned).getTime() - planned.getTime();
        return moved >= 0 && moved < 5 * 60_000 && hootsuiteTime(planned).getUTCMinutes() % 5 === 0;
      }),
    );
  });

  it('splits a network beyond 350 rows, keeps each text exact, and writes one file per network', () => {
    const posts = Array.from({ length: 351 }, (_, index) =>
      post({
        id: `p-${index}`,
        scheduledAt: new Date(Date.parse('2026-11-23T08:00:00+01:00') + index * 15 * 60_000).toISOString(),
        text: `Post ${index} 🎉, "cité"\nligne 2`,
      }),
    );
    const files = hootsuiteFiles([
      ...posts,
      post({ network: 'linkedin', account: 'linkedin', count: { used: 1, limit: 3000, unit: 'utf16' } }),
    ]);
    expect(files.map((file) => file.path)).toEqual(['hootsuite/x.csv', 'hootsuite/x-2.csv', 'hootsuite/linkedin.csv']);
    const rows = files.slice(0, 2).flatMap((file) => parse(hootsuiteCsv(file)) as string[][]);
    expect(rows).toHaveLength(351);
    expect((parse(hootsuiteCsv(files[0]!)) as string[][]).length).toBe(350);
    expect(rows.map((row) => row[1])).toEqual(posts.map((item) => item.text));
  });
});

describe('Publer', () => {
  it('fills Media URL(s) and Alt text(s) only when the media folder has a public address', () => {
    const withImage = post({ media: [IMAGE] });
    const [file] = publerFiles([withImage]);
    expect((parse(publerCsv(file!)) as string[][])[1]!.slice(3, 7)).toEqual(['', '', '', '']);
    const row = (
      parse(publerCsv(file!, { mediaBaseUrl: 'https://intranet.example/packs/2026-W48' })) as string[][]
    )[1]!;
    expect(row[3]).toBe('https://intranet.example/packs/2026-W48/media/essai-x-1.jpg');
    expect(row[6]).toBe('Une image, décrite.');
  });
});

describe('scheduler files', () => {
  it('leave out the posts too late for a scheduler, and write no file for an account with nothing left', () => {
    const late = post({ id: 'tard', past: true });
    const fine = post({ id: 'ok', network: 'linkedin', account: 'linkedin' });
    expect(hootsuiteFiles([late, fine]).map((file) => [file.path, file.posts.map((item) => item.id)])).toEqual([
      ['hootsuite/linkedin.csv', ['ok']],
    ]);
    expect(publerFiles([late, fine]).map((file) => file.path)).toEqual(['publer/linkedin.csv']);
  });

  it('give Publer the link of a post without media, and leave Link(s) empty beside media', () => {
    const link = 'https://blog.hopital-valclair.ch/articles/grippe/?utm_source=x';
    const [file] = publerFiles([
      post({ id: 'lien', link }),
      post({ id: 'photo', link, scheduledAt: '2026-11-25T12:00:00+01:00', media: [IMAGE, { ...IMAGE, alt: 'Deux' }] }),
    ]);
    const [header, withLink, withPhoto] = parse(
      publerCsv(file!, { mediaBaseUrl: 'https://x.example/p/' }),
    ) as string[][];
    expect(header![6]).toBe('Alt text(s) - Separated by ||');
    expect(withLink!.slice(2, 4)).toEqual([link, '']);
    expect(withPhoto!.slice(2, 4)).toEqual([
      '',
      'https://x.example/p/media/essai-x-1.jpg,https://x.example/p/media/essai-x-1.jpg',
    ]);
    expect(withPhoto![6]).toBe('Une image, décrite.||Deux');
  });
});

describe('cells a spreadsheet would take for a formula', () => {
  const risky = post({
    text: '=HYPERLINK("https://exemple.ch","clic")',
    firstComment: '@samaritains merci',
    media: [{ ...IMAGE, alt: '-20 % de files' }],
  });

  it('stay exactly as approved in the scheduler files, which Hootsuite and Publer publish as they read them', () => {
    const [hootsuite] = hootsuiteFiles([risky]);
    expect((parse(hootsuiteCsv(hootsuite!)) as string[][])[0]![1]).toBe(risky.text);
    const [publer] = publerFiles([risky]);
    const row = (parse(publerCsv(publer!, { mediaBaseUrl: 'https://x.example/' })) as string[][])[1]!;
    expect([row[1], row[6], row[7]]).toEqual([risky.text, '-20 % de files', '@samaritains merci']);
  });

  it('are neutralised in the copy for spreadsheets, which is UTF-8 with a BOM and split by semicolons', () => {
    const copy = spreadsheetCopy({ ...manifestOf([risky]) });
    expect(copy.startsWith('\uFEFF')).toBe(true);
    const [, row] = parse(copy.slice(1), { delimiter: ';' }) as string[][];
    expect(row![5]).toBe(`'${risky.text}`);
    expect(row![8]).toBe("'-20 % de files");
    expect(row![9]).toBe("'@samaritains merci");
    expect(row!.every((cell) => !/^[=+\-@\t\r\n]/.test(cell))).toBe(true);
  });

  it('are listed in the LISEZMOI, which says what was done and why', () => {
    const manifest = manifestOf([risky]);
    const readme = readmeOf(manifest);
    expect(readme).toContain('- essai (X, mar. 24 nov. 12:00) : texte commençant par « = »');
    expect(readme).toContain('- essai (X, mar. 24 nov. 12:00) : premier commentaire commençant par « @ »');
    expect(readme).toContain('une apostrophe ajoutée pour Excel serait publiée dans le post');
  });
});

describe('alt texts and credits in Markdown', () => {
  it.each([
    ['an HTML tag', '<img src=x onerror=alert(1)>'],
    ['a script', '</code><script>alert(1)</script>'],
    ['a link', '[cliquez](javascript:alert(1))'],
    ['an autolink', '<javascript:alert(1)>'],
    ['an entity', '&lt;img src=x onerror=alert(1)&gt;'],
  ])('cannot inject %s through the image line, the credit or the LISEZMOI', (_, hostile) => {
    const tricky = post({ media: [{ ...IMAGE, alt: hostile, credit: hostile }] });
    for (const markdown of [writeNetworkMarkdown(WEEK, 'x', [tricky]), readmeOf(manifestOf([tricky]))]) {
      // Outside code (fenced blocks copied as text, file names), no tag, entity or link survives.
      const prose = markdown.replace(/^(`{3,})text\n[\s\S]*?\n\1$/gm, '').replace(/`[^`\n]*`/g, '');
      expect(prose).not.toMatch(/<[a-z/!]/i);
      expect(prose).not.toMatch(/&(?!amp;|lt;|gt;)[a-z#]/i);
      expect(prose).not.toMatch(/\]\(javascript:/i);
    }
  });

  it('keeps the alt text exact in its fenced block, to paste', () => {
    const alt = 'Une image <b>avec</b> [des] *signes*';
    expect(writeNetworkMarkdown(WEEK, 'x', [post({ media: [{ ...IMAGE, alt }] })])).toContain(
      `\`\`\`text\n${alt}\n\`\`\``,
    );
  });
});

describe('network Markdown', () => {
  it('keeps a text with backticks whole by using a longer fence', () => {
    const tricky = post({ text: 'Du code : ```js\nalert(1)\n``` et ````quatre````' });
    expect(fenced(tricky.text)[0]).toBe('`````text');
    expect(postTextsOfMarkdown(writeNetworkMarkdown(WEEK, 'x', [tricky]))).toEqual([tricky.text]);
  });

  it('lists only the network’s posts, in time order', () => {
    const late = post({ id: 'tard', scheduledAt: '2026-11-26T09:00:00+01:00', day: '2026-11-26', text: 'Tard' });
    const early = post({ id: 'tot', scheduledAt: '2026-11-23T09:00:00+01:00', day: '2026-11-23', text: 'Tôt' });
    const other = post({ id: 'ailleurs', network: 'facebook', text: 'Ailleurs' });
    expect(postTextsOfMarkdown(writeNetworkMarkdown(WEEK, 'x', [late, other, early]))).toEqual(['Tôt', 'Tard']);
  });
});

describe('week.ics', () => {
  it('folds long lines at 75 octets without cutting a character, and unfolds back to the same text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const line = `DESCRIPTION:${text}`;
        const folded = fold(line);
        const encoder = new TextEncoder();
        expect(folded.split('\r\n').every((part) => encoder.encode(part).length <= 75)).toBe(true);
        expect(folded.replace(/\r\n /g, '')).toBe(line);
      }),
    );
  });

  it('escapes commas, semicolons and line breaks so node-ical gives the text back', () => {
    const tricky = post({ text: 'Virgule, point-virgule ; barre \\ oblique\net 🤧 emoji' });
    const events = Object.values(ical.sync.parseICS(weekIcs(WEEK, [tricky], AGENDA))).filter(
      (component) => component?.type === 'VEVENT',
    ) as ical.VEvent[];
    expect(events).toHaveLength(1);
    expect(String(events[0]!.description).startsWith(tricky.text)).toBe(true);
    expect(events[0]!.start.toISOString()).toBe('2026-11-24T11:00:00.000Z');
    expect(events[0]!.end?.toISOString()).toBe('2026-11-24T11:15:00.000Z');
  });

  it('keeps the Zurich time across the clock change (summer offset +02:00)', () => {
    const summer = post({ scheduledAt: '2027-03-29T09:00:00+02:00', day: '2027-03-29' });
    const raw = weekIcs(
      { ...WEEK, id: '2027-W13', start: '2027-03-29T00:00:00+02:00', end: '2027-04-05T00:00:00+02:00' },
      [summer],
      AGENDA,
    );
    expect(raw).toContain('DTSTART;TZID=Europe/Zurich:20270329T090000');
    const [event] = Object.values(ical.sync.parseICS(raw)).filter(
      (component) => component?.type === 'VEVENT',
    ) as ical.VEvent[];
    expect(event!.start.toISOString()).toBe('2027-03-29T07:00:00.000Z');
  });
});

describe('the preview', () => {
  it('escapes what a planner writes, so a text cannot inject markup', () => {
    const html = previewHtml(
      {
        version: 2,
        week: WEEK,
        inputsHash: `sha256:${'0'.repeat(64)}`,
        accounts: [{ id: 'x', network: 'x', name: 'Hôpital', handle: 'h', langs: ['fr'] }],
        posts: [post({ text: '<script>alert("x")</script> & <img src=x>' })],
        heldBack: [],
      },
      { schedulers: { hootsuite: [], publer: [] }, avatars: new Map() },
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img src=x/i);
    // The text, as written, once the page's escapes are read back.
    const shown = /<p class="text"><span data-as-written="true">([^<]*)<\/span><\/p>/.exec(html)?.[1] ?? '';
    const read = shown.replace(/&(lt|gt|quot|#39|amp);/g, (_, name: string) =>
      name === 'lt' ? '<' : name === 'gt' ? '>' : name === 'quot' ? '"' : name === '#39' ? "'" : '&',
    );
    expect(read).toBe('<script>alert("x")</script> & <img src=x>');
  });

  it('typesets its own French, and shows what the networks publish exactly as written', () => {
    const written = "L'IRM : c'est demain !";
    const REASON = 'Statut « draft » : seul un post approuvé (status: approved) part dans le pack.';
    const html = previewHtml(
      {
        version: 2,
        week: WEEK,
        inputsHash: `sha256:${'0'.repeat(64)}`,
        accounts: [{ id: 'x', network: 'x', name: 'Hôpital', handle: 'h', langs: ['fr'] }],
        posts: [post({ text: written, firstComment: written })],
        heldBack: [
          {
            id: 'plus-tard',
            networks: ['x'],
            scheduledAt: '2026-11-25T09:00:00+01:00',
            status: 'draft',
            code: 'status',
            reason: REASON,
            source: 'editorial/calendar/2026-11.yaml:3',
          },
        ],
      },
      { schedulers: { hootsuite: [], publer: [] }, avatars: new Map() },
    );
    expect(html).toContain(`<span data-as-written="true">${written}</span>`);
    expect(html).toContain(`<q data-as-written="true">${written}</q>`);
    expect(html).toContain(`<span data-as-written="true">${REASON}</span>`);
    const page = html
      .replace(/<style[^>]*>[^<]*<\/style>/, '')
      .replaceAll(/<(span|q) data-as-written="true">[^<]*<\/\1>/g, '');
    expect(page).toContain('Premier commentaire\u00a0:');
    expect(page).not.toMatch(/ [:;!?»]/);
    expect(page).not.toMatch(/[a-zé]'[a-zé]/i);
  });
});

describe('cropMedia', () => {
  it('crops to the exact size asked, whatever the source’s shape, and gives the same bytes twice', async () => {
    const source = join(ROOT, FIXTURES, 'media/maternite.jpg');
    const sizes = [
      [1200, 675],
      [1080, 1350],
      [1200, 627],
      [1080, 1080],
    ].map(([width, height]) => ({ width: width!, height: height! }));
    const first = await cropMedia(source, sizes);
    const again = await cropMedia(source, sizes.toReversed());
    for (const [index, { width, height }] of sizes.entries()) {
      const meta = await sharp(first[index]).metadata();
      expect([meta.width, meta.height]).toEqual([width, height]);
      expect(Buffer.compare(first[index]!, again[sizes.length - 1 - index]!)).toBe(0);
    }
  });

  it('turns a PNG with transparency into an upright JPEG on white', async () => {
    const dir = temporaryDir('crop');
    const png = join(dir, 'logo.png');
    await sharp({ create: { width: 400, height: 900, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
      .png()
      .toFile(png);
    const out = await sharp((await cropMedia(png, [{ width: 1200, height: 630 }]))[0])
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect(out.info).toMatchObject({ width: 1200, height: 630, channels: 3 });
    expect([...out.data.subarray(0, 3)]).toEqual([255, 255, 255]);
  });

  it('says in French which file is missing or broken', async () => {
    await expect(cropMedia('/nowhere/absent.jpg', [{ width: 10, height: 10 }])).rejects.toThrow(
      /Impossible de lire l’image \/nowhere\/absent\.jpg/,
    );
    const dir = temporaryDir('crop-broken');
    writeFileSync(join(dir, 'broken.jpg'), 'not an image');
    await expect(cropMedia(join(dir, 'broken.jpg'), [{ width: 10, height: 10 }])).rejects.toMatchObject({
      code: 'media-unreadable',
    });
  });
});

/** In these tests any folder already at a target stands for an earlier pack. */
const ANY_FOLDER = { replaceable: async () => true };

/** One folder, as `npm run pack` writes a single week. */
const writeDirectoryAtomically = (target: string, files: FolderFiles) =>
  writeDirectoriesAtomically([target], async () => files, ANY_FOLDER);

describe('writeDirectoriesAtomically', () => {
  it('replaces an existing folder whole and leaves no temporary folder', async () => {
    const parent = temporaryDir('atomic');
    const target = join(parent, '2026-W48');
    mkdirSync(target);
    writeFileSync(join(target, 'ancien.txt'), 'ancien');
    await writeDirectoryAtomically(
      target,
      new Map([
        ['a.txt', 'A'],
        ['sous/b.txt', 'B'],
      ]),
    );
    expect(snapshot(parent)).toEqual({
      '2026-W48/': 'dir',
      '2026-W48/a.txt': expect.any(String),
      '2026-W48/sous/': 'dir',
      '2026-W48/sous/b.txt': expect.any(String),
    });
    expect(readFileSync(join(target, 'sous/b.txt'), 'utf8')).toBe('B');
  });

  it('leaves the previous folder as it was when a file cannot be written', async () => {
    const parent = temporaryDir('atomic-fail');
    const target = join(parent, '2026-W48');
    mkdirSync(target);
    writeFileSync(join(target, 'ancien.txt'), 'ancien');
    const before = snapshot(parent);
    // A file and a folder with the same name cannot both exist: the write fails half-way.
    await expect(
      writeDirectoryAtomically(
        target,
        new Map([
          ['a.txt', 'A'],
          ['a.txt/b.txt', 'B'],
        ]),
      ),
    ).rejects.toBeInstanceOf(PackError);
    expect(snapshot(parent)).toEqual(before);
  });

  it('refuses to write outside the folder', async () => {
    const parent = temporaryDir('atomic-escape');
    await expect(
      writeDirectoryAtomically(join(parent, 'pack'), new Map([['../evil.txt', 'x']])),
    ).rejects.toBeInstanceOf(PackError);
    expect(readdirSync(parent)).toEqual([]);
  });

  it('writes several folders all or none: a failure in the last leaves the earlier ones as they were', async () => {
    const parent = temporaryDir('atomic-several');
    mkdirSync(join(parent, '2026-W48'));
    writeFileSync(join(parent, '2026-W48', 'ancien.txt'), 'ancien');
    const before = snapshot(parent);
    const failure = new PackError('media-unreadable', 'Image illisible');
    const filesOf = async (target: string) => {
      if (target.endsWith('W50')) throw failure;
      return new Map([['a.txt', target]]);
    };
    const targets = ['2026-W48', '2026-W49', '2026-W50'].map((week) => join(parent, week));
    await expect(writeDirectoriesAtomically(targets, filesOf, ANY_FOLDER)).rejects.toBe(failure);
    expect(snapshot(parent)).toEqual(before);
    await writeDirectoriesAtomically(targets.slice(0, 2), filesOf, ANY_FOLDER);
    expect(entriesOf(parent)).toEqual(['2026-W48', '2026-W49']);
    expect(readFileSync(join(parent, '2026-W49', 'a.txt'), 'utf8')).toBe(targets[1]);
  });

  it('reports, in French, an output folder that cannot be created', async () => {
    const parent = temporaryDir('atomic-file');
    writeFileSync(join(parent, 'fichier'), '');
    await expect(writeDirectoryAtomically(join(parent, 'fichier', 'pack'), new Map([['a.txt', 'A']]))).rejects.toThrow(
      /Impossible de créer ou d’écrire le dossier .*fichier : vérifiez le chemin donné à --out/,
    );
  });
});
