import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ical from 'node-ical';
import { describe, expect, it } from 'vitest';
import { main, parseViewArgs } from '../../scripts/calendar-view.ts';
import { runCommand } from '../../scripts/runCli.ts';
import { viewCalendar } from '../../src/editorial/desk/viewCalendar.ts';
import { parseZurichTime } from '../../src/lib/zurichTime.ts';
import { CALENDAR, CONTENT, FIXTURES, load } from './helpers.ts';

const now = parseZurichTime('2026-11-20 09:00');
const view = viewCalendar({ ...load(), now, from: '2026-11', to: '2026-11' });

/** Every November item of the fixture, by day, written out by hand from the YAML files and the articles. */
const NOVEMBER: Record<string, string[]> = {
  '2026-11-04': ['semaine-calme/facebook', 'semaine-calme/linkedin'],
  '2026-11-10': ['fr/vaccin-grippe', 'vaccin-annonce/facebook', 'vaccin-annonce/x'],
  '2026-11-11': ['vaccin-linkedin/linkedin'],
  '2026-11-12': ['de/grippe-impfung', 'vaccin-rappel/facebook'],
  '2026-11-18': [
    'fr/nouveau-scanner',
    'scanner-annonce/facebook',
    'scanner-annonce/linkedin',
    'scanner-annonce/mastodon',
    'scanner-midi/facebook',
    'scanner-idee/linkedin',
  ],
  '2026-11-24': ['hiver-conseils/facebook'],
  '2026-11-25': ['fr/journee-portes', 'portes-idee/facebook'],
  '2026-11-27': ['fr/brouillon-sommeil'],
};
const OTHER_MONTHS = ['oct-coloscopie', 'oct-rappel', 'dec-vaccin', 'dec-fetes', 'ancien-article'];

/** The part of the page holding one view. */
function viewPart(html: string, name: 'month' | 'week'): string {
  const start = html.indexOf(`<div class="view" data-view="${name}"`);
  return html.slice(
    start,
    html.indexOf('</main>', start) >= 0 && name === 'week'
      ? html.indexOf('</main>', start)
      : html.indexOf('<div class="view" data-view="week"', start),
  );
}

/** Item keys per `<td data-day>` cell (cells never nest). */
function cells(part: string): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const [, day, inside] of part.matchAll(/<td[^>]*data-day="([\d-]+)"[^>]*>([\s\S]*?)<\/td>/g)) {
    const keys = [...inside!.matchAll(/data-key="([^"]+)"/g)].map((match) => match[1]!);
    if (keys.length > 0) found[day!] = [...(found[day!] ?? []), ...keys];
  }
  return found;
}

describe('calendar:view on the fixture November', () => {
  it.each(['month', 'week'] as const)(
    'puts every article and post of the month in its day’s cell, and nothing else (%s view)',
    (name) => {
      const part = viewPart(view.html, name);
      const found = cells(part);
      expect(Object.fromEntries(Object.entries(found).map(([day, keys]) => [day, [...keys].sort()]))).toEqual(
        Object.fromEntries(Object.entries(NOVEMBER).map(([day, keys]) => [day, [...keys].sort()])),
      );
      for (const other of OTHER_MONTHS) expect(part).not.toContain(other);
      expect([...part.matchAll(/data-view="(\w+)" data-kind/g)].every((match) => match[1] === name)).toBe(true);
    },
  );

  it('marks draft and scheduled articles, and colours posts by status', () => {
    const attrs = (key: string) =>
      new RegExp(`<li class="([^"]+)"[^>]*data-key="${key}"[^>]*data-status="([^"]+)"`)
        .exec(viewPart(view.html, 'month'))!
        .slice(1);
    expect(attrs('fr/brouillon-sommeil')).toEqual([expect.stringContaining('state-draft'), 'article-draft']);
    expect(attrs('fr/journee-portes')).toEqual([expect.stringContaining('state-scheduled'), 'article-scheduled']);
    expect(attrs('fr/vaccin-grippe')).toEqual([expect.stringContaining('state-published'), 'article-published']);
    expect(attrs('scanner-idee/linkedin')).toEqual([expect.stringContaining('st-idea'), 'idea']);
    expect(attrs('vaccin-annonce/x')).toEqual([expect.stringContaining('st-approved'), 'approved']);
  });

  it('offers the filters: every network, status and the month’s campaigns', () => {
    for (const value of ['article', 'x', 'facebook', 'youtube', 'idea', 'approved', 'article-scheduled'])
      expect(view.html).toContain(`value="${value}" checked`);
    expect(view.html).toContain('<option value="hiver-2026">hiver-2026</option>');
  });

  it('shows the coverage advice of the months shown', () => {
    expect(view.html).toContain('L’article « Grippe: jetzt impfen lassen » (de/grippe-impfung');
    // The site's rhythm allows two Facebook posts a day: 18 November is not crowded here.
    expect(view.html).toContain('0 jour(s) trop chargé(s) · 2 article(s) non annoncé(s)');
  });

  it('fetches nothing: no external address, a CSP that forbids it', () => {
    const script = /<script>([\s\S]*?)<\/script>/.exec(view.html)?.[1] ?? '';
    expect(script).toContain('addEventListener');
    const hash = createHash('sha256').update(script).digest('base64');
    // The page's own script runs, and nothing else: no inline handler, no other script.
    expect(view.html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}'"`);
    expect(view.html.match(/<script/g)).toHaveLength(1);
    expect(view.html).not.toMatch(/\son[a-z]+=/);
    expect(view.html).not.toMatch(/\b(?:src|href)="(?:https?:)?\/\//);
  });
});

describe('editorial.ics', () => {
  const events = Object.values(ical.sync.parseICS(view.ics)).filter(
    (item): item is ical.VEvent => item?.type === 'VEVENT',
  );

  it('holds the whole calendar, whatever the months shown: 19 posts (entry × network) and 6 articles', () => {
    expect(events).toHaveLength(25);
    expect(view.ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(view.ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
  });

  it('dates posts at their Zurich time and articles on their day', () => {
    const post = events.find((event) => event.uid === 'scanner-midi.facebook.calendrier@blog.hopital-valclair.ch');
    expect(post?.start.toISOString()).toBe('2026-11-18T11:00:00.000Z');
    expect(view.ics).toContain('DTSTART;TZID=Europe/Zurich:20261118T120000');
    expect(view.ics).toMatch(
      /UID:de\.grippe-impfung\.article@blog\.hopital-valclair\.ch\r\nDTSTAMP:\d{8}T\d{6}Z\r\nLAST-MODIFIED:\d{8}T\d{6}Z\r\nSEQUENCE:0\r\nX-PASSERELLE-REVISION:[0-9a-f]{32}\r\nDTSTART;VALUE=DATE:20261112\r\nDTEND;VALUE=DATE:20261113/,
    );
  });

  it('stamps each event with when its file last changed, not with the time of the run', () => {
    const stamp = (event: ical.VEvent) => event.dtstamp.toISOString();
    const article = events.find((event) => event.uid === 'de.grippe-impfung.article@blog.hopital-valclair.ch')!;
    const modified = Math.floor(statSync(join(CONTENT, 'de/grippe-impfung.mdx')).mtimeMs / 1000) * 1000;
    expect(stamp(article)).toBe(new Date(modified).toISOString());
    const later = viewCalendar({ ...load(), now: parseZurichTime('2026-11-20 09:05'), from: '2026-11', to: '2026-11' });
    expect(later.ics).toBe(view.ics);
  });
});

describe('the command', () => {
  it('writes index.html and editorial.ics to --out', async () => {
    const out = mkdtempSync(join(tmpdir(), 'passerelle-view-'));
    const printed: string[] = [];
    const argv = ['--out', out, '--calendar', CALENDAR, '--content', CONTENT, '--root', FIXTURES];
    const code = await runCommand(main, {
      argv: [...argv, '--from', '2026-10', '--to', '2026-12'],
      now,
      cwd: process.cwd(),
      out: (text) => printed.push(text),
      err: (text) => printed.push(text),
    });
    expect(code).toBe(0);
    expect(printed.join('')).toContain('Calendrier de 2026-10 à 2026-12 :');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain(
      'Calendrier éditorial · Octobre 2026 – décembre 2026',
    );
    expect(readFileSync(join(out, 'editorial.ics'), 'utf8')).toContain('END:VCALENDAR');
  });

  it('refuses to write into dist/ and a month that is not one, in French', () => {
    expect(() => parseViewArgs(['--out', 'dist/calendrier'], { now, cwd: '/repo' })).toThrow(
      /est dans dist\/, le site public/,
    );
    expect(() => parseViewArgs(['--from', '2026-13'], { now, cwd: '/repo' })).toThrow(
      '--from attend un mois AAAA-MM, par exemple 2026-11 (reçu « 2026-13 »).',
    );
    expect(parseViewArgs([], { now, cwd: '/repo' }).out).toBe('/repo/editorial/out');
  });
});
