import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../scripts/calendar-suggest.ts';
import { runCommand } from '../../scripts/runCli.ts';
import { checkCalendar } from '../../src/editorial/calendarCheck.ts';
import { insertEntries } from '../../src/editorial/desk/insertEntries.ts';
import { planSuggestion } from '../../src/editorial/desk/suggestForArticle.ts';
import { parseZurichTime } from '../../src/lib/zurichTime.ts';
import { CONTENT, calendarCopy, FIXTURES, load } from './helpers.ts';

/** Runs the command as planners do and returns what it printed. */
async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const exitCode = await runCommand(main, {
    argv: args,
    now: new Date(),
    cwd: process.cwd(),
    out: (text) => out.push(text),
    err: (text) => err.push(text),
  });
  return { stdout: out.join(''), stderr: err.join(''), exitCode };
}

const common = (dir: string) => ['--calendar', dir, '--content', CONTENT, '--root', FIXTURES];

/** The text `after` has on top of `before`, checking that every other byte is where it was. */
function insertedBlock(before: string, after: string): string {
  let prefix = 0;
  while (before[prefix] !== undefined && before[prefix] === after[prefix]) prefix++;
  const block = after.slice(prefix, after.length - (before.length - prefix));
  expect(after.slice(0, prefix) + after.slice(prefix + block.length)).toBe(before);
  return block;
}

describe('calendar:suggest on the commented fixture month', () => {
  it('adds one draft per suitable network not yet announcing the article, every other byte unchanged', async () => {
    const dir = calendarCopy();
    const file = join(dir, '2026-11.yaml');
    const before = readFileSync(file, 'utf8');
    const result = await run(['--article', 'journee-portes', '--now', '2026-11-20 09:00', ...common(dir)]);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    const after = readFileSync(file, 'utf8');
    const block = insertedBlock(before, after);

    // actualités → Facebook, LinkedIn, X, Mastodon; Facebook already has an idea for it. The article comes out
    // Wednesday 25 November 09:00: X's 08:00 slot is past, so X goes the next day; LinkedIn the next working day.
    const added = parse(block) as Record<string, unknown>[];
    expect(added.map(({ id, date, networks, status, article }) => ({ id, date, networks, status, article }))).toEqual([
      {
        id: 'journee-portes-mastodon',
        date: '2026-11-25 14:00',
        networks: ['mastodon'],
        status: 'draft',
        article: 'journee-portes',
      },
      { id: 'journee-portes-x', date: '2026-11-26 08:00', networks: ['x'], status: 'draft', article: 'journee-portes' },
      {
        id: 'journee-portes-linkedin',
        date: '2026-11-26 08:30',
        networks: ['linkedin'],
        status: 'draft',
        article: 'journee-portes',
      },
    ]);
    expect(added[0]!['text']).toBe(
      "Journée portes ouvertes du bloc opératoire. Le 25 novembre, visitez le bloc opératoire et rencontrez les équipes d'anesthésie et de chirurgie.",
    );
    expect(block).toMatch(/^\n# Proposé par calendar:suggest pour « Journée portes ouvertes du bloc opératoire »/);
    expect(block).toContain('  networks: [mastodon]\n');

    const check = await checkCalendar({ ...load(dir), now: parseZurichTime('2026-11-20') });
    expect(check.errors).toEqual([]);
    expect(check.exitCode).toBe(0);
  });

  it('gives a second run new ids only for networks still missing, and then has nothing to add', async () => {
    const dir = calendarCopy();
    await run(['--article', 'journee-portes', '--now', '2026-11-20', ...common(dir)]);
    const before = readFileSync(join(dir, '2026-11.yaml'), 'utf8');
    const again = await run(['--article', 'journee-portes', '--now', '2026-11-20', ...common(dir)]);
    expect(again.stdout).toMatch(/l’annonce déjà : rien à ajouter/);
    expect(readFileSync(join(dir, '2026-11.yaml'), 'utf8')).toBe(before);
  });

  it('creates a missing month file with a comment header; its entries pass the check', async () => {
    const dir = calendarCopy();
    const plan = planSuggestion({
      ...load(dir),
      slug: 'vaccin-grippe',
      lang: 'fr',
      now: parseZurichTime('2027-01-04 09:00'),
    });
    expect(plan.writes.map(({ file, created }) => [file, created])).toEqual([[join(dir, '2027-01.yaml'), true]]);
    // prévention → Facebook, Threads, Mastodon, Bluesky; Facebook's announcement is already planned.
    expect(plan.entries.map(({ id, date }) => `${id} ${date}`)).toEqual([
      'vaccin-grippe-bluesky 2027-01-04 10:00',
      'vaccin-grippe-mastodon 2027-01-04 14:00',
      'vaccin-grippe-threads 2027-01-04 18:00',
    ]);
    for (const { file, text } of plan.writes) writeFileSync(file, text);
    expect(readFileSync(join(dir, '2027-01.yaml'), 'utf8')).toMatch(
      /^# Calendrier éditorial — janvier 2027 \(Hôpital du Val-Clair\)\n/,
    );
    expect((await checkCalendar({ ...load(dir), now: parseZurichTime('2027-01-01') })).errors).toEqual([]);
  });

  it('writes a German article’s entries with lang: de, never before its publication', async () => {
    const dir = calendarCopy();
    const plan = planSuggestion({
      ...load(dir),
      slug: 'grippe-impfung',
      lang: 'de',
      now: parseZurichTime('2026-11-01'),
    });
    expect(plan.entries.every((entry) => entry.lang === 'de' && entry.date >= '2026-11-12')).toBe(true);
    for (const { file, text } of plan.writes) writeFileSync(file, text);
    expect((await checkCalendar({ ...load(dir), now: parseZurichTime('2026-11-01') })).errors).toEqual([]);
  });

  it('refuses, in French, a draft article and an unknown one', async () => {
    const dir = calendarCopy();
    expect(await run(['--article', 'brouillon-sommeil', ...common(dir)])).toMatchObject({
      exitCode: 1,
      stderr: expect.stringMatching(/est un brouillon \(draft: true\)/),
    });
    expect(await run(['--article', 'inconnu', ...common(dir)])).toMatchObject({
      exitCode: 1,
      stderr: expect.stringMatching(/Aucun article « inconnu » en « fr »/),
    });
  });
});

describe('a month file that does not parse', () => {
  it('is left untouched, byte for byte, and the command exits 1 with a French message', async () => {
    const dir = calendarCopy();
    const file = join(dir, '2026-11.yaml');
    const broken = `${readFileSync(file, 'utf8')}\n- id: casse\n  text: "guillemet jamais fermé\n  status: draft\n`;
    writeFileSync(file, broken);
    const result = await run(['--article', 'journee-portes', '--now', '2026-11-20', ...common(dir)]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(
      /2026-11\.yaml:\d+:\d+ {2}Ce fichier n’est pas du YAML lisible : corrigez-le .* Le fichier n’a pas été modifié\./,
    );
    expect(readFileSync(file, 'utf8')).toBe(broken);
    expect(existsSync(join(dir, '2026-12.yaml'))).toBe(true);
  });

  it('is left untouched when saved in Latin-1, where it was written back with replacement characters', async () => {
    const dir = calendarCopy();
    const file = join(dir, '2026-11.yaml');
    const latin1 = Buffer.concat([readFileSync(file), Buffer.from('# R\xe9serve\n', 'latin1')]);
    writeFileSync(file, latin1);
    const line = latin1.toString('latin1').split('\n').length - 1;
    const result = await run(['--article', 'journee-portes', '--now', '2026-11-20', ...common(dir)]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(
      new RegExp(`2026-11\\.yaml:${line}:4 {2}Caractère illisible : .* Le fichier n’a pas été modifié\\.`),
    );
    expect(readFileSync(file)).toEqual(latin1);
  });

  it('is read without its byte-order mark, and written back without it', async () => {
    const dir = calendarCopy();
    const file = join(dir, '2026-11.yaml');
    const before = readFileSync(file, 'utf8');
    writeFileSync(file, `\uFEFF${before}`);
    const result = await run(['--article', 'journee-portes', '--now', '2026-11-20 09:00', ...common(dir)]);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(readFileSync(file, 'utf8').startsWith(before)).toBe(true);
  });

  it('is refused by insertEntries itself', () => {
    expect(() => insertEntries('- id: a\n\tdate: x\n', [{ id: 'b' }], 'x.yaml', 'c')).toThrow(
      /Ce fichier n’est pas du YAML lisible/,
    );
    expect(() => insertEntries('id: a\n', [{ id: 'b' }], 'x.yaml', 'c')).toThrow(/n’est pas une liste/);
  });
});

describe('insertEntries', () => {
  it('keeps comments, blank lines and spacing, and appends after the last comment', () => {
    const source = '# en-tête\n\n- id: a   # garde\n  networks: [ x ]\n\n# fin\n';
    const result = insertEntries(
      source,
      [{ id: 'b', networks: ['x'], text: 'Un texte : avec deux-points' }],
      'x.yaml',
      'ajout',
    );
    expect(result).toBe(`${source}\n# ajout\n- id: b\n  networks: [x]\n  text: "Un texte : avec deux-points"\n`);
  });

  it('fills an empty file', () => {
    expect(insertEntries('', [{ id: 'b' }], 'x.yaml', 'ajout')).toBe('# ajout\n- id: b\n');
  });
});
