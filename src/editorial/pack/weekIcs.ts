import { NETWORK_BRAND } from '../../lib/socialNetworks.ts';
import { EVENT_MINUTES, escapeText, type IcsRevision, icsCalendar, siteUid, zurichTimeProperty } from '../icalendar.ts';
import type { PostRecord, WeekRecord } from './manifestSchema.ts';
import { byTimeThenNetwork } from './presentation.ts';

export interface WeekAgenda {
  /** Revisions of the events in the packs already written beside this one (any week: a post may have moved). */
  previous: ReadonlyMap<string, IcsRevision>;
  /** When the inputs of a post (its calendar file, its article) last changed. */
  changedAt: (post: PostRecord) => Date;
}

/** A post's event UID: the same in every week's pack, so that a post moved to another week is updated, not doubled. */
export function postUid(post: Pick<PostRecord, 'id' | 'network'>): string {
  return siteUid(post.id, post.network, 'pack');
}

/**
 * `week.ics`: one event per post, 15 minutes long, at its Zurich time, so the team sees the week in Outlook or any
 * calendar. Written from the manifest and the revisions of earlier packs (icalendar.ts): re-runs are identical.
 */
export function weekIcs(week: WeekRecord, records: readonly PostRecord[], agenda: WeekAgenda): string {
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
    return {
      uid: postUid(post),
      changedAt: agenda.changedAt(post),
      properties: [
        zurichTimeProperty('DTSTART', start),
        zurichTimeProperty('DTEND', end),
        `SUMMARY:${escapeText(`${label} · ${post.id}`)}`,
        `DESCRIPTION:${escapeText(details.join('\n'))}`,
        `CATEGORIES:${escapeText(label)}`,
        ...(post.link ? [`URL:${post.link}`] : []),
        'TRANSP:TRANSPARENT',
      ],
    };
  });
  return icsCalendar(
    { productId: '-//Passerelle//Pack hebdomadaire//FR', name: `Posts ${week.id}` },
    events,
    agenda.previous,
  );
}
