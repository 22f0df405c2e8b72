import { NETWORK_BRAND } from '../../lib/socialNetworks.ts';
import { EVENT_MINUTES, escapeText, icsCalendar, utcStamp, zurichTimeProperty } from '../icalendar.ts';
import type { PostRecord, WeekRecord } from './manifestSchema.ts';
import { byTimeThenNetwork } from './presentation.ts';

/**
 * `week.ics`: one event per post, 15 minutes long, at its Zurich time, so the team sees the week in Outlook or any
 * calendar. Everything is derived from the manifest: DTSTAMP is the week's start, so re-runs are identical.
 */
export function weekIcs(week: WeekRecord, records: readonly PostRecord[]): string {
  const stamp = utcStamp(new Date(week.start));
  const events = [...records].sort(byTimeThenNetwork).map((post) => {
    const start = new Date(post.scheduledAt);
    const end = new Date(start.getTime() + EVENT_MINUTES * 60_000);
    const label = NETWORK_BRAND[post.network].label;
    const details = [
      post.text,
      '',
      ...(post.link ? [`Lien : ${post.link}`] : []),
      ...post.media.map((media) => `Média : ${media.file}`),
      `Fiche : ${post.network}.md`,
    ];
    return [
      'BEGIN:VEVENT',
      `UID:${post.id}.${post.network}.${week.id}@passerelle`,
      `DTSTAMP:${stamp}`,
      zurichTimeProperty('DTSTART', start),
      zurichTimeProperty('DTEND', end),
      `SUMMARY:${escapeText(`${label} · ${post.id}`)}`,
      `DESCRIPTION:${escapeText(details.join('\n'))}`,
      `CATEGORIES:${escapeText(label)}`,
      ...(post.link ? [`URL:${post.link}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ];
  });
  return icsCalendar({ productId: '-//Passerelle//Pack hebdomadaire//FR', name: `Posts ${week.id}` }, events);
}
