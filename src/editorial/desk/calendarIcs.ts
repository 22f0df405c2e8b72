import { capitalize } from '../../lib/capitalize.ts';
import { shiftDay } from '../../lib/zurichTime.ts';
import { EVENT_MINUTES, escapeText, type IcsRevision, icsCalendar, siteUid, zurichTimeProperty } from '../icalendar.ts';
import { NETWORKS } from '../networks.ts';
import { STATUS_LABEL } from '../statuses.ts';
import { ARTICLE_STATE_LABEL, type DeskItem } from './deskItems.ts';

export interface CalendarAgenda {
  /** Revisions of the events of the `editorial.ics` written before at the same place. */
  previous: ReadonlyMap<string, IcsRevision>;
  /** When the inputs of an item (its calendar file, its article file) last changed. */
  changedAt: (item: DeskItem) => Date;
}

/**
 * `editorial.ics` (RFC 5545): the whole calendar to subscribe to in Outlook or any calendar app. Articles are all-day
 * events on their publication day; each post on each network is a 15-minute event at its Zurich time, like the pack's
 * week.ics. UIDs are stable and each event carries its revision (icalendar.ts), so a re-export updates events instead
 * of duplicating them. Its UIDs differ from the pack's: the two files keep their own revisions.
 */
export function calendarIcs(items: readonly DeskItem[], siteName: string, agenda: CalendarAgenda): string {
  const events = items.map((item) => {
    const changedAt = agenda.changedAt(item);
    if (item.kind === 'article') {
      return {
        uid: siteUid(item.lang, item.slug, 'article'),
        changedAt,
        properties: [
          `DTSTART;VALUE=DATE:${item.day.replace(/-/g, '')}`,
          `DTEND;VALUE=DATE:${shiftDay(item.day, 1).replace(/-/g, '')}`,
          `SUMMARY:${escapeText(`${capitalize(ARTICLE_STATE_LABEL[item.state])} · ${item.title}`)}`,
          `DESCRIPTION:${escapeText(`${item.url}\nLangue : ${item.lang}${item.time ? `\nEn ligne à ${item.time}` : ''}`)}`,
          'CATEGORIES:Article',
          `URL:${item.url}`,
          'TRANSP:TRANSPARENT',
        ],
      };
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
    return {
      uid: siteUid(item.id, item.network, 'calendrier'),
      changedAt,
      properties: [
        zurichTimeProperty('DTSTART', item.at),
        zurichTimeProperty('DTEND', end),
        `SUMMARY:${escapeText(`${label} · ${item.id} (${STATUS_LABEL[item.status]})`)}`,
        `DESCRIPTION:${escapeText(details.join('\n'))}`,
        `CATEGORIES:${escapeText(label)}`,
        `STATUS:${item.status === 'idea' || item.status === 'draft' ? 'TENTATIVE' : 'CONFIRMED'}`,
        'TRANSP:TRANSPARENT',
      ],
    };
  });
  return icsCalendar(
    { productId: '-//Passerelle//Calendrier editorial//FR', name: `Calendrier éditorial · ${siteName}` },
    events,
    agenda.previous,
  );
}
