import { NETWORK_BRAND } from '../../lib/socialNetworks.ts';
import { dayHeading, shiftDay, shortDay, zurichClock } from '../../lib/zurichTime.ts';
import type { PackManifest } from './manifestSchema.ts';
import { networksOf, plural } from './presentation.ts';
import type { TimeAdjustment } from './schedulers.ts';

export interface SummaryInput {
  manifest: PackManifest;
  /** Where the pack was written, as the user should read it. */
  target: string;
  adjustments: readonly TimeAdjustment[];
  /** Posts whose time is past, or too close for a scheduler, at the time of the export. */
  late: readonly { id: string; network: string; scheduledAt: string }[];
}

/** What `npm run pack` prints at the end: posts per network and per day, what was held back, what to watch. */
export function formatSummary({ manifest, target, adjustments, late }: SummaryInput): string {
  const { posts, heldBack, week } = manifest;
  const lines = [
    `Pack ${week.id} écrit dans ${target} : ${plural(posts.length, 'post', 'posts')}, du ${dayHeading(week.start.slice(0, 10))} au ${dayHeading(shiftDay(week.end.slice(0, 10), -1))} (heure de Zurich).`,
  ];
  if (posts.length > 0) {
    lines.push(
      '',
      'Par réseau :',
      `  ${networksOf(posts)
        .map((network) => `${NETWORK_BRAND[network].label} ${posts.filter((post) => post.network === network).length}`)
        .join(' · ')}`,
    );
    lines.push('', 'Par jour :');
    for (const day of [...new Set(posts.map((post) => post.day))]) {
      const ofDay = posts.filter((post) => post.day === day);
      const detail = networksOf(ofDay)
        .map((network) => `${NETWORK_BRAND[network].label} ${ofDay.filter((post) => post.network === network).length}`)
        .join(', ');
      lines.push(`  ${shortDay(day)} : ${plural(ofDay.length, 'post', 'posts')} (${detail})`);
    }
  } else {
    lines.push('', 'Aucun post approuvé cette semaine : passez les entrées prêtes en status: approved.');
  }
  if (heldBack.length > 0) {
    lines.push('', `Retenus, absents du pack (${heldBack.length}) :`);
    for (const entry of heldBack) {
      lines.push(
        `  ${entry.id} (${shortDay(entry.scheduledAt.slice(0, 10))} ${zurichClock(entry.scheduledAt)}, ${entry.networks.join(', ')}) — ${entry.source}`,
        `    ${entry.reason}`,
      );
    }
  } else {
    lines.push('', 'Aucune entrée retenue.');
  }
  if (adjustments.length > 0) {
    lines.push('', 'Heures décalées dans les CSV Hootsuite (multiples de 5 minutes, toujours vers plus tard) :');
    lines.push(
      ...adjustments.map(
        (change) => `  ${change.id} (${NETWORK_BRAND[change.network].label}) : ${change.planned} → ${change.scheduled}`,
      ),
    );
  }
  if (late.length > 0) {
    lines.push(
      '',
      'Déjà passés ou dans moins de 10 minutes : Hootsuite les refusera, publiez-les à la main ou changez leur date :',
    );
    lines.push(
      ...late.map(
        (post) =>
          `  ${post.id} (${post.network}, ${shortDay(post.scheduledAt.slice(0, 10))} ${zurichClock(post.scheduledAt)})`,
      ),
    );
  }
  lines.push(
    '',
    'À ouvrir : index.html (aperçu), un fichier .md par réseau (textes à copier), hootsuite/ et publer/ (import en masse), week.ics (agenda).',
  );
  return `${lines.join('\n')}\n`;
}
