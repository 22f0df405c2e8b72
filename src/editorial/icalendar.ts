import { TIME_ZONE, zurichParts } from '../lib/zurichTime.ts';

/**
 * iCalendar (RFC 5545) as the pack's `week.ics` and the desk's `editorial.ics` write it: events at Zurich wall-clock
 * time with the zone's definition included, so that Outlook shows the planned hour whatever the reader's zone.
 * Written by hand rather than with ical-generator, whose native-Date output drops the TZID and writes a floating DTSTAMP.
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

/** A whole calendar: its header, the Zurich zone, then `events` (each its lines, BEGIN:VEVENT to END:VEVENT), folded. */
export function icsCalendar(header: { productId: string; name: string }, events: readonly string[][]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${header.productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(header.name)}`,
    `X-WR-TIMEZONE:${TIME_ZONE}`,
    ...VTIMEZONE,
    ...events.flat(),
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** `DTSTART;TZID=Europe/Zurich:20261124T120000` for `name` DTSTART or DTEND. */
export function zurichTimeProperty(name: 'DTSTART' | 'DTEND', instant: Date): string {
  return `${name};TZID=${TIME_ZONE}:${localStamp(instant)}`;
}

/** TEXT values (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks escaped. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
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
