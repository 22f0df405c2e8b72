import { NETWORK_IDS, type NetworkId } from '../lib/socialNetworks.ts';
import type { Entry } from './entrySchema.ts';
import { STATUSES, type Status } from './statuses.ts';

export interface ComingWeeks {
  from: Date;
  /** End of the period, excluded. */
  to: Date;
  /** Entries dated in the period. */
  entries: number;
  byStatus: Record<Status, number>;
  /** Posts per network: an entry for three networks counts once for each. */
  byNetwork: Record<NetworkId, number>;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** What is planned from `now` for the next `weeks` weeks. */
export function summarizeComingWeeks(entries: readonly Entry[], now: Date, weeks = 4): ComingWeeks {
  const to = new Date(now.getTime() + weeks * 7 * DAY_MS);
  const coming = entries.filter((entry) => entry.date >= now && entry.date < to);
  const byStatus = Object.fromEntries(
    STATUSES.map((status) => [status, coming.filter((entry) => entry.status === status).length]),
  ) as Record<Status, number>;
  const byNetwork = Object.fromEntries(
    NETWORK_IDS.map((id) => [id, coming.filter((entry) => entry.networks.includes(id)).length]),
  ) as Record<NetworkId, number>;
  return { from: now, to, entries: coming.length, byStatus, byNetwork };
}
