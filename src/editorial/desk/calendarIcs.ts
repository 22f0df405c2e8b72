import { capitalize } from '../../lib/capitalize.ts';
import { shiftDay } from '../../lib/zurichTime.ts';
import { EVENT_MINUTES, escapeText, icsCalendar, utcStamp, zurichTimeProperty } from '../icalendar.ts';
import { NETWORKS } from '../networks.ts';
import { STATUS_LABEL } from '../statuses.ts';
import { ARTICLE_STATE_LABEL, type DeskItem } from './deskItems.ts';

/**
 * `editorial.ics` (RFC 5545): the whole calendar to subscribe to in Outlook or any calendar app. Articles are all-day
 * events on their publication day; each post on each network is a 15-minute event at its Zurich time, like the pack's
 * week.ics. UIDs are stable, so a re-export updates events instead of duplicating them.
 */
export function calendarIcs(items: readonly DeskItem[], generatedAt: Date, siteName: string): string {
  const stamp = utcStamp(generatedAt);
  const events = items.map((item) => {
    if (item.kind === 'article') {
      return [
        'BEGIN:VEVENT',
        `UID:article.${item.lang}.${item.slug}@passerelle`,
        `DTSTAMP:${stamp}`,
        `DTSTART;VALUE=DATE:${item.day.replace(/-/g, '')}`,
        `DTEND;VALUE=DATE:${shiftDay(item.day, 1).replace(/-/g, '')}`,
        `SUMMARY:${escapeText(`${capitalize(ARTICLE_STATE_LABEL[item.state])} · ${item.title}`)}`,
        `DESCRIPTION:${escapeText(`${item.url}\nLangue : ${item.lang}${item.time ? `\nEn ligne à ${item.time}` : ''}`)}`,
        'CATEGORIES:Article',
        `URL:${item.url}`,
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
      ];
    }
    const end = new Date(item.at.getTime() + EVENT_MINUTES * 60_000);
    const label = NETWORKS[item.network].label;
    const details = [
      `Statut : ${STATUS_LABEL[item.status]}`,
      ...(item.campaign ? [`Campagne : ${item.campaign}`] : []),
      ...(item.owner ? [`Responsable : ${item.owner}`] : []),
      ...(item.held ? [item.held] : []),
      '',
      item.text,
    ];
    return [
      'BEGIN:VEVENT',
      `UID:${item.id}.${item.network}@passerelle`,
      `DTSTAMP:${stamp}`,
      zurichTimeProperty('DTSTART', item.at),
      zurichTimeProperty('DTEND', end),
      `SUMMARY:${escapeText(`${label} · ${item.id} (${STATUS_LABEL[item.status]})`)}`,
      `DESCRIPTION:${escapeText(details.join('\n'))}`,
      `CATEGORIES:${escapeText(label)}`,
      `STATUS:${item.status === 'idea' || item.status === 'draft' ? 'TENTATIVE' : 'CONFIRMED'}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ];
  });
  return icsCalendar(
    { productId: '-//Passerelle//Calendrier editorial//FR', name: `Calendrier éditorial · ${siteName}` },
    events,
  );
}
