import type { Entry, Media } from './entrySchema.ts';

export interface PolicyHold {
  code: 'missing-consent';
  /** The media item that holds the entry back. */
  media: Media;
  mediaIndex: number;
  /** French: why the entry is held back and what to do. */
  reason: string;
}

/**
 * Identifiable patients or employees are published only with their written consent on file:
 * such a media item without `consent` is no syntax error, but the entry stays out of every pack until it is given.
 */
export function policyHolds(entry: Entry): PolicyHold[] {
  return entry.media.flatMap((media, mediaIndex) =>
    media.people && !media.consent
      ? [
          {
            code: 'missing-consent' as const,
            media,
            mediaIndex,
            reason: `Consentement manquant pour ${media.src} (people: true) : ajoutez consent: CONS-AAAA-NNN, la référence du consentement écrit, ou choisissez une autre image.`,
          },
        ]
      : [],
  );
}

export type Publishability =
  | { publishable: true }
  | { publishable: false; code: 'status' | 'missing-consent'; reason: string };

/** Whether the pack may include the entry, and if not, why (French reason and a code). */
export function publishability(entry: Entry): Publishability {
  if (entry.status === 'published')
    return { publishable: false, code: 'status', reason: 'Déjà publié (status: published).' };
  if (entry.status !== 'approved') {
    return {
      publishable: false,
      code: 'status',
      reason: `Statut « ${entry.status} » : seul un post approuvé (status: approved) part dans le pack.`,
    };
  }
  const [hold] = policyHolds(entry);
  return hold ? { publishable: false, code: hold.code, reason: hold.reason } : { publishable: true };
}
