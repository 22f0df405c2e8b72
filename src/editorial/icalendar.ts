import { createHash } from 'node:crypto';
import { TIME_ZONE, zurichParts } from '../lib/zurichTime.ts';
import { SITE } from '../site.config.ts';

/**
 * iCalendar (RFC 5545) as the pack's `week.ics` and the desk's `editorial.ics` write it: events at Zurich wall-clock
 * time with the zone's definition included, so that Outlook shows the planned hour whatever the reader's zone.
 * Written by hand rather than with ical-generator, whose native-Date output drops the TZID and writes a floating DTSTAMP.
 *
 * A calendar app that imports the file again, or a subscription that reads it again, should update each event rather
 * than add a second one: every event keeps one UID whatever its week, and carries a revision (SEQUENCE, LAST-MODIFIED,
 * DTSTAMP) read from the previous file written at the same place. An unchanged event keeps its revision, so reruns
 * are byte-identical; a changed one gets SEQUENCE + 1 and, as its time, when its inputs last changed (a file's
 * modification time), never the clock. The file has no METHOD, so that DTSTAMP means "last revised" (RFC 5545
 * §3.8.7.2). See docs/platform-limits.md, "Agenda files".
 */

/** Length of a post's event. */
export const EVENT_MINUTES = 15;

/** Europe/Zurich since 1996 (EU rules): the definition tzurl.org and Outlook publish. */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TIME_ZONE}`,
  `X-LIC-LOCATION:${TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** One event to write. */
export interface IcsEvent {
  /** Stable identifier, the same whatever the event's week or content, with a domain of the site's own. */
  uid: string;
  /** When the inputs behind the event last changed: the revision time of a new or changed event. */
  changedAt: Date;
  /** Its properties besides UID and the revision (DTSTART, SUMMARY…), in order, unfolded. */
  properties: readonly string[];
}

/** What a calendar app compares when an event comes back. */
export interface IcsRevision {
  /** SEQUENCE: 0 at first, one more at each change. */
  sequence: number;
  /** LAST-MODIFIED and DTSTAMP: when it last changed, to the second. */
  modified: Date;
  /** Hash of the properties, written as X-PASSERELLE-REVISION to tell a change on the next run. */
  fingerprint: string;
}

/**
 * `varices-hiver.x.pack@blog.hopital-valclair.ch`: a UID under the site's own domain (RFC 5545 §3.8.4.7), from names
 * that do not change when an event moves.
 */
export function siteUid(...names: string[]): string {
  return `${names.join('.')}@${new URL(SITE.url).host}`;
}

/** The private property that carries an event's fingerprint from one run to the next. */
const REVISION_PROPERTY = 'X-PASSERELLE-REVISION';

/**
 * A whole calendar: its header, the Zurich zone, then the events, each with its revision given `previous` (the
 * revisions of the last file written, from readIcsRevisions), folded.
 */
export function icsCalendar(
  header: { productId: string; name: string },
  events: readonly IcsEvent[],
  previous: ReadonlyMap<string, IcsRevision> = new Map(),
): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${header.productId}`,
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeText(header.name)}`,
    `X-WR-TIMEZONE:${TIME_ZONE}`,
    ...VTIMEZONE,
    ...events.flatMap((event) => {
      const revision = nextRevision(previous.get(event.uid), event);
      return [
        'BEGIN:VEVENT',
        `UID:${event.uid}`,
        `DTSTAMP:${utcStamp(revision.modified)}`,
        `LAST-MODIFIED:${utcStamp(revision.modified)}`,
        `SEQUENCE:${revision.sequence}`,
        `${REVISION_PROPERTY}:${revision.fingerprint}`,
        ...event.properties,
        'END:VEVENT',
      ];
    }),
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** The event's revision: the previous one when nothing changed, otherwise one more, dated when its inputs changed. */
export function nextRevision(previous: IcsRevision | undefined, event: Omit<IcsEvent, 'uid'>): IcsRevision {
  const fingerprint = createHash('sha256').update(event.properties.join('\n')).digest('hex').slice(0, 32);
  if (previous?.fingerprint === fingerprint) return previous;
  const changed = Math.floor(event.changedAt.getTime() / 1000) * 1000;
  if (!previous) return { sequence: 0, modified: new Date(changed), fingerprint };
  // A copied or restored file can be older than the last revision: the time still moves forward.
  return {
    sequence: previous.sequence + 1,
    modified: new Date(Math.max(changed, previous.modified.getTime() + 1000)),
    fingerprint,
  };
}

/**
 * The revisions of the events in files written before (several when a post may have moved from one week's file to
 * another): by UID, the highest SEQUENCE wins. Lines it cannot read are skipped: at worst an event starts again at 0.
 */
export function readIcsRevisions(files: Iterable<string>): Map<string, IcsRevision> {
  const revisions = new Map<string, IcsRevision>();
  for (const text of files) {
    let event: Record<string, string> | undefined;
    for (const line of text.replace(/\r?\n[ \t]/g, '').split(/\r?\n/)) {
      if (line === 'BEGIN:VEVENT') event = {};
      else if (line === 'END:VEVENT' && event) {
        const revision = revisionOf(event);
        const known = event['UID'] === undefined ? undefined : revisions.get(event['UID']);
        if (revision && (!known || revision.sequence > known.sequence)) revisions.set(event['UID']!, revision);
        event = undefined;
      } else if (event) {
        const colon = line.indexOf(':');
        if (colon > 0) event[line.slice(0, colon)] = line.slice(colon + 1);
      }
    }
  }
  return revisions;
}

function revisionOf(event: Record<string, string>): IcsRevision | undefined {
  const sequence = Number(event['SEQUENCE']);
  const stamp = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(event['LAST-MODIFIED'] ?? '');
  const fingerprint = event[REVISION_PROPERTY];
  if (!Number.isSafeInteger(sequence) || sequence < 0 || !stamp || !fingerprint) return undefined;
  const [, year, month, day, hour, minute, second] = stamp.map(Number) as number[];
  return { sequence, modified: new Date(Date.UTC(year!, month! - 1, day, hour, minute, second)), fingerprint };
}

/** `DTSTART;TZID=Europe/Zurich:20261124T120000` for `name` DTSTART or DTEND. */
export function zurichTimeProperty(name: 'DTSTART' | 'DTEND', instant: Date): string {
  return `${name};TZID=${TIME_ZONE}:${localStamp(instant)}`;
}

/**
 * TEXT values (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks escaped; a line break is CRLF, LF or a
 * lone CR, which a raw value may not hold (it would end the line for some readers and not for others).
 */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Lines of at most 75 octets (RFC 5545 §3.1), continued with a space, never cutting a UTF-8 character. */
export function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  for (const char of line) {
    const size = utf8Size(char.codePointAt(0)!);
    const room = parts.length === 0 ? 75 : 74;
    if (bytes + size > room) {
      parts.push(current);
      current = '';
      bytes = 0;
    }
    current += char;
    bytes += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** Bytes of one code point in UTF-8, without encoding it (a TextEncoder per character made the agenda slow). */
function utf8Size(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** `20261124T120000`: Zurich wall-clock time, for `DTSTART;TZID=Europe/Zurich`. */
export function localStamp(instant: Date): string {
  const { year, month, day, hour, minute } = zurichParts(instant);
  return `${year}${month}${day}T${hour}${minute}00`;
}

/** `20261124T110000Z`: UTC, for DTSTAMP. */
export function utcStamp(instant: Date): string {
  return `${instant.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
}
