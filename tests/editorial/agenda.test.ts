import ical from 'node-ical';
import { describe, expect, it } from 'vitest';
import { escapeText, icsCalendar, nextRevision, readIcsRevisions } from '../../src/editorial/icalendar.ts';

const HEADER = { productId: '-//Test//FR', name: 'Essai' };
const MONDAY = new Date('2026-11-23T07:15:42.500Z');

function event(summary: string, changedAt = MONDAY) {
  return {
    uid: 'grippe.x.pack@blog.hopital-valclair.ch',
    changedAt,
    properties: ['DTSTART;TZID=Europe/Zurich:20261124T120000', `SUMMARY:${escapeText(summary)}`],
  };
}

function vevents(text: string): ical.VEvent[] {
  return Object.values(ical.sync.parseICS(text)).filter((item): item is ical.VEvent => item?.type === 'VEVENT');
}

describe('TEXT values', () => {
  it.each([
    ['a line feed', 'un\ndeux', 'un\\ndeux'],
    ['CRLF', 'un\r\ndeux', 'un\\ndeux'],
    ['a lone carriage return', 'un\rdeux', 'un\\ndeux'],
    ['two lone carriage returns', 'un\r\rdeux', 'un\\n\\ndeux'],
    ['commas, semicolons and backslashes', 'a, b; c\\d', 'a\\, b\\; c\\\\d'],
  ])('escape %s, so no raw line break is left in a property', (_, text, escaped) => {
    expect(escapeText(text)).toBe(escaped);
  });

  it('keeps a lone carriage return from ending the line in the written file', () => {
    const written = icsCalendar(HEADER, [event('avant\rarrière')]);
    expect(written.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(vevents(written)[0]!.summary).toBe('avant\narrière');
  });
});

describe('an event’s revision', () => {
  it('starts at SEQUENCE 0, stamped when its inputs changed (to the second), not when the file is written', () => {
    const written = icsCalendar(HEADER, [event('Grippe')]);
    expect(written).toContain('SEQUENCE:0\r\n');
    expect(written).toContain('DTSTAMP:20261123T071542Z\r\nLAST-MODIFIED:20261123T071542Z\r\n');
    expect(written).not.toContain('METHOD:');
    const [parsed] = vevents(written);
    expect(parsed!.uid).toBe('grippe.x.pack@blog.hopital-valclair.ch');
    expect(parsed!.sequence).toBe(0);
  });

  it('stays the same when nothing changed: a rerun over the previous file is byte-identical', () => {
    const first = icsCalendar(HEADER, [event('Grippe')]);
    const later = new Date('2026-12-01T10:00:00Z');
    const again = icsCalendar(HEADER, [event('Grippe', later)], readIcsRevisions([first]));
    expect(again).toBe(first);
  });

  it('grows when the content changes, with the time it changed, and only for the event that changed', () => {
    const first = icsCalendar(HEADER, [event('Grippe'), { ...event('Autre'), uid: 'autre@h' }]);
    const edited = new Date('2026-11-24T09:00:00Z');
    const second = icsCalendar(
      HEADER,
      [event('Grippe : les gestes', edited), { ...event('Autre', edited), uid: 'autre@h' }],
      readIcsRevisions([first]),
    );
    const [changed, same] = vevents(second);
    expect(changed!.sequence).toBe(1);
    expect(changed!.lastmodified?.toISOString()).toBe('2026-11-24T09:00:00.000Z');
    expect(same!.sequence).toBe(0);
    expect(same!.lastmodified?.toISOString()).toBe('2026-11-23T07:15:42.000Z');
    const third = icsCalendar(HEADER, [event('Grippe', edited)], readIcsRevisions([second]));
    expect(vevents(third)[0]!.sequence).toBe(2);
  });

  it('moves forward even when the changed file is older than the last revision (a restored copy)', () => {
    const previous = { sequence: 3, modified: new Date('2026-11-30T12:00:00Z'), fingerprint: 'ancien' };
    const next = nextRevision(previous, { changedAt: new Date('2026-11-01T00:00:00Z'), properties: ['SUMMARY:x'] });
    expect(next.sequence).toBe(4);
    expect(next.modified.toISOString()).toBe('2026-11-30T12:00:01.000Z');
  });

  it('continues from the highest SEQUENCE among earlier files: a post moved from one week’s file to another', () => {
    const week48 = icsCalendar(HEADER, [event('Lundi')]);
    const week48Edited = icsCalendar(
      HEADER,
      [event('Mardi', new Date('2026-11-25T08:00:00Z'))],
      readIcsRevisions([week48]),
    );
    const revisions = readIcsRevisions([week48Edited, week48]);
    expect(revisions.get('grippe.x.pack@blog.hopital-valclair.ch')?.sequence).toBe(1);
    const week49 = icsCalendar(HEADER, [event('Mercredi', new Date('2026-11-26T08:00:00Z'))], revisions);
    expect(vevents(week49)[0]!.sequence).toBe(2);
  });

  it('ignores what it cannot read in a previous file', () => {
    expect(readIcsRevisions(['BEGIN:VEVENT\r\nUID:x\r\nSEQUENCE:deux\r\nEND:VEVENT\r\n', 'pas un agenda']).size).toBe(
      0,
    );
  });
});
