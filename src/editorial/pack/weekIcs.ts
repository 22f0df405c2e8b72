import type { PostRecord, WeekRecord } from './manifestSchema.ts';
import { byTimeThenNetwork, NETWORK_LOOK, zurichParts } from './presentation.ts';

/**
 * `week.ics` (RFC 5545): one event per post, 15 minutes long, at its Zurich time, so the team sees the week in Outlook
 * or any calendar. Written by hand rather than with ical-generator, whose native-Date output drops the TZID and writes
 * a floating DTSTAMP. Everything is derived from the manifest: DTSTAMP is the week's start, so re-runs are identical.
 */
export const EVENT_MINUTES = 15;

/** Europe/Zurich since 1996 (EU rules): the definition tzurl.org and Outlook publish. */
export const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Zurich',
  'X-LIC-LOCATION:Europe/Zurich',
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

export function weekIcs(week: WeekRecord, records: readonly PostRecord[]): string {
  const stamp = utcStamp(new Date(week.start));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Passerelle//Pack hebdomadaire//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:Posts ${week.id}`,
    'X-WR-TIMEZONE:Europe/Zurich',
    ...VTIMEZONE,
  ];
  for (const post of [...records].sort(byTimeThenNetwork)) {
    const start = new Date(post.scheduledAt);
    const end = new Date(start.getTime() + EVENT_MINUTES * 60_000);
    const label = NETWORK_LOOK[post.network].label;
    const details = [
      post.text,
      '',
      ...(post.link ? [`Lien : ${post.link}`] : []),
      ...post.media.map((media) => `Média : ${media.file}`),
      `Fiche : ${post.network}.md`,
    ];
    lines.push(
      'BEGIN:VEVENT',
      `UID:${post.id}.${post.network}.${week.id}@passerelle`,
      `DTSTAMP:${stamp}`,
      `DTSTART;TZID=Europe/Zurich:${localStamp(start)}`,
      `DTEND;TZID=Europe/Zurich:${localStamp(end)}`,
      `SUMMARY:${escapeText(`${label} · ${post.id}`)}`,
      `DESCRIPTION:${escapeText(details.join('\n'))}`,
      `CATEGORIES:${escapeText(label)}`,
      ...(post.link ? [`URL:${post.link}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
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
