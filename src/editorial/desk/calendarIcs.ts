import { NETWORKS } from '../networks.ts';
import { EVENT_MINUTES, escapeText, fold, localStamp, utcStamp, VTIMEZONE } from '../pack/weekIcs.ts';
import type { DeskItem } from './deskItems.ts';

const STATUS_LABEL = {
  idea: 'idée',
  draft: 'brouillon',
  review: 'relecture',
  approved: 'approuvé',
  published: 'publié',
} as const;
const ARTICLE_LABEL = { draft: 'Article (brouillon)', scheduled: 'Article (programmé)', published: 'Article' } as const;

/**
 * `editorial.ics` (RFC 5545): the whole calendar to subscribe to in Outlook or any calendar app. Articles are all-day
 * events on their publication day; each post on each network is a 15-minute event at its Zurich time, like the pack's
 * week.ics, whose escaping, folding, time stamps and VTIMEZONE it uses. UIDs are stable, so a re-export updates events
 * instead of duplicating them.
 */
export function calendarIcs(items: readonly DeskItem[], generatedAt: Date, siteName: string): string {
  const stamp = utcStamp(generatedAt);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Passerelle//Calendrier editorial//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`Calendrier éditorial · ${siteName}`)}`,
    'X-WR-TIMEZONE:Europe/Zurich',
    ...VTIMEZONE,
  ];
  for (const item of items) {
    if (item.kind === 'article') {
      const next = new Date(Date.parse(`${item.day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      lines.push(
        'BEGIN:VEVENT',
        `UID:article.${item.lang}.${item.slug}@passerelle`,
        `DTSTAMP:${stamp}`,
        `DTSTART;VALUE=DATE:${item.day.replace(/-/g, '')}`,
        `DTEND;VALUE=DATE:${next.replace(/-/g, '')}`,
        `SUMMARY:${escapeText(`${ARTICLE_LABEL[item.state]} · ${item.title}`)}`,
        `DESCRIPTION:${escapeText(`${item.url}\nLangue : ${item.lang}${item.time ? `\nEn ligne à ${item.time}` : ''}`)}`,
        'CATEGORIES:Article',
        `URL:${item.url}`,
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
      );
      continue;
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
    lines.push(
      'BEGIN:VEVENT',
      `UID:${item.id}.${item.network}@passerelle`,
      `DTSTAMP:${stamp}`,
      `DTSTART;TZID=Europe/Zurich:${localStamp(item.at)}`,
      `DTEND;TZID=Europe/Zurich:${localStamp(end)}`,
      `SUMMARY:${escapeText(`${label} · ${item.id} (${STATUS_LABEL[item.status]})`)}`,
      `DESCRIPTION:${escapeText(details.join('\n'))}`,
      `CATEGORIES:${escapeText(label)}`,
      `STATUS:${item.status === 'idea' || item.status === 'draft' ? 'TENTATIVE' : 'CONFIRMED'}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
