import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseCheckArgs } from '../../scripts/calendar-check.ts';
import { UsageError } from '../../scripts/commandLine.ts';
import { checkCalendar } from '../../src/editorial/calendarCheck.ts';
import { summarizeComingWeeks } from '../../src/editorial/summarizeComingWeeks.ts';
import { parseZurichTime } from '../../src/lib/zurichTime.ts';
import { CONTENT, calendarDir, FIXTURES, load, PLACES } from './helpers.ts';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const NODE = join(REPO, 'node_modules/.bin/node'); // Node 24, which strips the types of scripts/*.ts
const FIFTY = join(FIXTURES, 'fifty-mistakes');
const rel = (path: string) => relative(REPO, path);

/** The mistakes as marked by hand in the fixture: `file:line code`, one per `# expect:` comment. */
function expectedMistakes(): string[] {
  return readdirSync(FIFTY)
    .sort()
    .flatMap((name) =>
      readFileSync(join(FIFTY, name), 'utf8')
        .split('\n')
        .flatMap((line, index) =>
          [...line.matchAll(/# expect: ([a-z-]+)/g)].map(
            (match) => `${rel(join(FIFTY, name))}:${index + 1} ${match[1]}`,
          ),
        ),
    );
}

describe('npm run calendar:check', () => {
  test('on a calendar with 50 mistakes: 50 errors with file:line:col, each where it was marked, and exit 1', async () => {
    const run = spawnSync(
      NODE,
      [
        'scripts/calendar-check.ts',
        '--calendar',
        rel(FIFTY),
        '--content',
        rel(CONTENT),
        '--root',
        rel(FIXTURES),
        '--media',
        rel(join(FIXTURES, 'media')),
        '--now',
        '2026-11-23',
      ],
      { cwd: REPO, encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    const errorLines = run.stdout.split('\n').filter((line) => /^\S+\.yaml:\d+:\d+ {2}.+? {2}\S/.test(line));
    expect(errorLines).toHaveLength(50);

    const expected = expectedMistakes();
    expect(expected).toHaveLength(50);
    expect(new Set(expected.map((mistake) => mistake.split(' ')[0])).size).toBe(50);
    expect(errorLines.map((line) => line.split(/:\d+ {2}/)[0])).toEqual(
      expected.map((mistake) => mistake.split(' ')[0]),
    );

    // The codes, through the API the command prints.
    const { errors } = await checkCalendar({
      calendarDir: rel(FIFTY),
      contentDir: rel(CONTENT),
      root: rel(FIXTURES),
      mediaDir: rel(join(FIXTURES, 'media')),
      now: parseZurichTime('2026-11-23'),
    });
    expect(errors.map((error) => `${error.file}:${error.line} ${error.code}`)).toEqual(expected);

    // The entry held for consent is listed apart, not counted.
    expect(run.stdout).toMatch(
      /Retenus faute de consentement[^\n]*\n {2}\S+2026-11\.yaml:\d+:\d+ {2}portes-ouvertes {2}Consentement manquant pour media\/equipe\.jpg/,
    );
    expect(run.stdout).toMatch(/50 erreur\(s\) à corriger\.\n$/);
  });

  test('a calendar whose only problem is a held entry exits 0', () => {
    const dir = calendarDir({
      'cal.yaml': [
        '- id: equipe',
        '  date: 2026-11-24 12:00',
        '  networks: [facebook]',
        '  article: varices',
        '  status: approved',
        '  media:',
        '    - src: media/equipe.jpg',
        '      alt: "L’équipe"',
        '      rights: owned',
        '      people: true',
        '',
      ].join('\n'),
    });
    const run = spawnSync(
      NODE,
      [
        'scripts/calendar-check.ts',
        '--calendar',
        dir,
        '--content',
        CONTENT,
        '--root',
        FIXTURES,
        '--media',
        PLACES.mediaDir,
        '--now',
        '2026-11-23',
      ],
      { cwd: REPO, encoding: 'utf8' },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('cal.yaml:7:7  equipe  Consentement manquant pour media/equipe.jpg');
    expect(run.stdout).toMatch(/Aucune erreur\.\n$/);
  });

  test('a missing folder is one French line on stderr and exit 1', () => {
    const run = spawnSync(NODE, ['scripts/calendar-check.ts', '--calendar', 'nulle/part', '--content', CONTENT], {
      cwd: REPO,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('Le dossier du calendrier nulle/part est introuvable : indiquez-le avec --calendar.\n');
  });

  test('the report lists shortened texts and the coming weeks per status and per network', async () => {
    const long = 'Les jambes lourdes et les chevilles qui gonflent le soir sont des signes fréquents. '.repeat(5);
    const dir = calendarDir({
      'cal.yaml': [
        '- id: long',
        '  date: 2026-11-24 12:00',
        '  networks: [x, facebook]',
        '  article: varices',
        `  text: "${long.trim()}"`,
        '  status: approved',
        '- id: idee',
        '  date: 2026-12-20 23:59',
        '  networks: [instagram]',
        '  status: idea',
        '- id: plus-tard',
        '  date: 2026-12-21 00:00',
        '  networks: [x]',
        '  article: varices',
        '  status: draft',
        '',
      ].join('\n'),
    });
    const { report, exitCode } = await checkCalendar({
      calendarDir: dir,
      ...PLACES,
      now: parseZurichTime('2026-11-23'),
    });
    expect(exitCode).toBe(0);
    expect(report).toContain(
      'Textes raccourcis pour tenir dans la limite (relisez la fin, ou écrivez une variante) :\n  long (24.11.2026 12:00) : x (280 caractères pondérés)\n',
    );
    expect(report).toContain('Les 4 prochaines semaines, du 23.11.2026 au 20.12.2026 : 2 entrée(s) valide(s).');
    expect(report).toContain('Par statut : idea 1 · draft 0 · review 0 · approved 1 · published 0');
    expect(report).toContain(
      'Par réseau : x 1 · bluesky 0 · mastodon 0 · threads 0 · linkedin 0 · facebook 1 · instagram 1 · youtube 0',
    );
  });
});

describe('what calendar:check reports beyond the schema', () => {
  const post = (id: string, date: string, fields: string[], status = 'approved') =>
    [`- id: ${id}`, `  date: ${date}`, ...fields, `  status: ${status}`].join('\n');
  const check = (entries: string[], now = '2026-11-23') =>
    checkCalendar({
      calendarDir: calendarDir({ 'cal.yaml': `${entries.join('\n')}\n` }),
      ...PLACES,
      now: parseZurichTime(now),
    });
  const SAME = ['  networks: [x]', '  text: "Bonne semaine à toutes les équipes !"'];
  const codes = (list: { id?: string; code: string }[]) => list.map((item) => `${item.id} ${item.code}`);

  test.each([
    ['one week, both approved: an error', '2026-11-26 08:00', 'approved', ['deux duplicate-text'], []],
    ['one week, the later still a draft: a warning', '2026-11-26 08:00', 'draft', [], ['deux duplicate-text']],
    ['the week after (last week’s pack): an error', '2026-12-01 08:00', 'approved', ['deux duplicate-text'], []],
    ['two weeks apart: nothing', '2026-12-08 08:00', 'approved', [], []],
  ])('the same text twice on one account, %s', async (_, date, status, errors, warnings) => {
    const result = await check([post('un', '2026-11-24 08:00', SAME), post('deux', date, SAME, status)]);
    expect(codes(result.errors)).toEqual(errors);
    expect(codes(result.warnings)).toEqual(warnings);
    if (errors.length > 0)
      expect(result.report).toMatch(/deux {2}Sur X, ce post a le même texte que « un » \(24\.11\.2026 08:00\)/);
  });

  test('the same text on two accounts is no duplicate: the French and the German Facebook pages', async () => {
    const text = '  text: "Merci !"';
    const result = await check([
      post('fr', '2026-11-24 08:00', ['  networks: [facebook, x]', text]),
      post('de', '2026-11-25 08:00', ['  networks: [facebook]', '  lang: de', text]),
    ]);
    expect([...result.errors, ...result.warnings]).toEqual([]);
  });

  test('an entry still in review whose time has passed is stale; an approved one is not', async () => {
    const result = await check(
      [
        post('relu-trop-tard', '2026-11-20 12:00', ['  networks: [x]', '  text: "Un"'], 'review'),
        post('parti', '2026-11-20 13:00', ['  networks: [x]', '  text: "Deux"']),
        post('a-venir', '2026-11-30 13:00', ['  networks: [x]', '  text: "Trois"'], 'review'),
      ],
      '2026-11-23 09:00',
    );
    expect(codes(result.warnings)).toEqual(['relu-trop-tard stale']);
    expect(result.exitCode).toBe(0);
    expect(result.report).toContain(
      'relu-trop-tard  La date du post (20.11.2026 12:00) est passée et il est encore en relecture',
    );
  });

  test('texts a spreadsheet would take for a formula are warned about, and do not stop the pack', async () => {
    const result = await check([
      post('formule', '2026-11-24 08:00', [
        '  networks: [x, linkedin]',
        '  text: "=3 gestes simples"',
        '  variants: { linkedin: "+20 % de dons cette année" }',
        '  firstComment: "@samaritains merci"',
      ]),
    ]);
    expect(result.exitCode).toBe(0);
    expect(result.warnings.map((warning) => [warning.field, warning.code])).toEqual([
      ['text', 'formula-like'],
      ['variants.linkedin', 'formula-like'],
      ['firstComment', 'formula-like'],
    ]);
    expect(result.report).toContain(
      'text commence par « = » : un tableur (Excel, LibreOffice) le prendrait pour une formule.',
    );
  });

  test('a draft’s missing picture is a warning under its own heading, with the place to fix it', async () => {
    const result = await check([
      post('photo-manquante', '2026-11-24 08:00', ['  networks: [instagram]', '  text: "Bientôt"'], 'draft'),
    ]);
    expect(result.exitCode).toBe(0);
    expect(result.report).toContain('Avertissements (à régler avant l’approbation ; ils n’empêchent pas le pack) :\n');
    expect(result.report).toMatch(
      /cal\.yaml:1:3 {2}photo-manquante {2}Instagram ne publie pas de texte seul : .* \(avant de passer l’entrée en approved\)\./,
    );
  });

  test('hashtags a network leaves out are listed like shortened texts', async () => {
    const result = await check([
      post('mots-cles', '2026-11-24 08:00', [
        '  networks: [threads, x]',
        '  text: "Pensez au vaccin."',
        '  hashtags: [Grippe, Hiver]',
      ]),
    ]);
    expect(result.report).toContain(
      'Mots-clés retirés (limite du réseau ou place manquante ; ceux de l’entrée passent avant ceux de l’hôpital) :\n  mots-cles (24.11.2026 08:00) : threads : #Hiver #ValClair\n',
    );
  });
});

describe('summarizeComingWeeks', () => {
  test('counts entries from now, for weeks × 7 days, the end excluded', async () => {
    const yaml = (id: string, date: string, networks: string, status: string) =>
      [`- id: ${id}`, `  date: ${date}`, `  networks: [${networks}]`, '  article: varices', `  status: ${status}`].join(
        '\n',
      );
    const { entries } = load({
      'cal.yaml': `${[
        yaml('avant', '2026-11-23 08:59', 'x', 'published'),
        yaml('pile', '2026-11-23 09:00', 'x, bluesky', 'approved'),
        yaml('dedans', '2026-11-29 18:00', 'linkedin', 'review'),
        yaml('fin', '2026-11-30 09:00', 'x', 'draft'),
      ].join('\n')}\n`,
    });
    const summary = summarizeComingWeeks(entries, parseZurichTime('2026-11-23 09:00'), 1);
    expect(summary.entries).toBe(2);
    expect(summary.byStatus).toEqual({ idea: 0, draft: 0, review: 1, approved: 1, published: 0 });
    expect(summary.byNetwork).toMatchObject({ x: 1, bluesky: 1, linkedin: 1, facebook: 0 });
  });
});

describe('command line', () => {
  const defaults = { now: new Date('2026-11-23T08:00:00Z'), cwd: '/depot' };
  test('defaults, and --now read as Zurich time', async () => {
    expect(parseCheckArgs([], defaults)).toEqual({
      calendarDir: 'editorial/calendar',
      contentDir: 'content/articles',
      root: '/depot',
      mediaDir: '/depot/editorial/media',
      now: defaults.now,
    });
    expect(parseCheckArgs(['--root', 'ailleurs', '--media', 'photos'], defaults)).toMatchObject({
      root: 'ailleurs',
      mediaDir: 'photos',
    });
    expect(parseCheckArgs(['--now', '2026-12-01', '--mastodon-limit', '1000'], defaults)).toMatchObject({
      now: new Date('2026-11-30T23:00:00Z'),
      mastodonLimit: 1000,
    });
    expect(parseCheckArgs(['--now', '2026-12-01T10:00:00Z'], defaults).now).toEqual(new Date('2026-12-01T10:00:00Z'));
  });
  test('mistakes are usage errors in French', async () => {
    expect(() => parseCheckArgs(['--calender', 'x'], defaults)).toThrow(UsageError);
    expect(() => parseCheckArgs(['--mastodon-limit', 'beaucoup'], defaults)).toThrow(/nombre entier/);
    expect(() => parseCheckArgs(['--now', 'demain'], defaults)).toThrow(/--now attend une date/);
  });
});

test('the engine imports nothing from Astro', async () => {
  const dir = join(REPO, 'src/editorial');
  const files = readdirSync(dir).filter((name) => name.endsWith('.ts'));
  expect(files.length).toBeGreaterThan(5);
  for (const name of files) expect(readFileSync(join(dir, name), 'utf8')).not.toMatch(/from ['"]astro/);
});
