import { NETWORK_BRAND } from '../../lib/socialNetworks.ts';
import { dayHeading, shiftDay, shortDay, zurichClock } from '../../lib/zurichTime.ts';
import { startsLikeFormula } from '../formulaLike.ts';
import type { PackManifest, PostRecord } from './manifestSchema.ts';
import { networksOf, plural } from './presentation.ts';
import {
  HOOTSUITE_MINIMUM_MINUTES,
  hootsuiteAttachments,
  hootsuiteDate,
  hootsuiteTime,
  type SchedulerPlan,
  type TimeAdjustment,
} from './schedulers.ts';

export interface SummaryInput {
  manifest: PackManifest;
  /** Where the pack was written, as the user should read it. */
  target: string;
  adjustments: readonly TimeAdjustment[];
  schedulers: SchedulerPlan;
}

/** `grippe-gestes (X, mar. 24 nov. 12:02)` */
export function postLabel(post: Pick<PostRecord, 'id' | 'network' | 'scheduledAt'>): string {
  return `${post.id} (${NETWORK_BRAND[post.network].label}, ${shortDay(post.scheduledAt.slice(0, 10))} ${zurichClock(post.scheduledAt)})`;
}

/**
 * The latest time to upload the scheduler files: the first post they hold, as Hootsuite will schedule it, less the
 * 10 minutes Hootsuite requires; undefined when they hold none.
 */
export function uploadDeadline(plan: SchedulerPlan): string | undefined {
  const first = Math.min(
    ...plan.hootsuite.flatMap((file) => file.posts.map((post) => hootsuiteTime(new Date(post.scheduledAt)).getTime())),
    ...plan.publer.flatMap((file) => file.posts.map((post) => Date.parse(post.scheduledAt))),
  );
  return Number.isFinite(first) ? hootsuiteDate(new Date(first - HOOTSUITE_MINIMUM_MINUTES * 60_000)) : undefined;
}

/** The texts of the scheduler files that a spreadsheet would compute as formulas, as `post: field`. */
export function formulaLikeCells(posts: readonly PostRecord[]): string[] {
  return posts.flatMap((post) =>
    (
      [
        ['texte', post.text],
        ['premier commentaire', post.firstComment],
        ['titre', post.title],
        ...post.media.map((media) => ['description', media.alt] as const),
      ] as const
    )
      .filter(([, text]) => text !== null && startsLikeFormula(text))
      .map(([field, text]) => `${postLabel(post)} : ${field} commençant par « ${text!.charAt(0)} »`),
  );
}

/** What `npm run pack` prints at the end: posts per network and per day, what to do by hand, what was held back. */
export function formatSummary({ manifest, target, adjustments, schedulers }: SummaryInput): string {
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
  const deadline = uploadDeadline(schedulers);
  if (deadline !== undefined) {
    const names = schedulers.hootsuite.map((file) => `${file.path} (${file.posts.length})`).join(', ');
    lines.push('', `Fichiers d’import, un par compte : ${names} ; et de même dans publer/.`);
    lines.push(
      `À téléverser avant le ${deadline} (heure de Zurich), 10 minutes avant le premier post qu’ils contiennent.`,
    );
    const rows = schedulers.hootsuite.flatMap((file) => file.posts);
    const attached = rows.filter((post) => hootsuiteAttachments(post) !== undefined).length;
    if (attached > 0)
      lines.push(
        `Hootsuite : ${plural(attached, 'ligne', 'lignes')} sur ${rows.length} ${attached < 2 ? 'demande' : 'demandent'} une pièce jointe ajoutée à la main (image, texte alternatif, premier commentaire ou titre) : voir LISEZMOI.md.`,
      );
  }
  const past = posts.filter((post) => post.past);
  if (past.length > 0) {
    lines.push(
      '',
      `À publier à la main ou à reprogrammer (${past.length}) : trop tard pour un planificateur au moment de l’export, absents des fichiers Hootsuite et Publer :`,
      ...past.map((post) => `  ${postLabel(post)}`),
    );
  }
  const dropped = posts.filter((post) => post.droppedHashtags.length > 0);
  if (dropped.length > 0) {
    lines.push(
      '',
      'Mots-clés retirés (limite du réseau ou place manquante) :',
      ...dropped.map((post) => `  ${postLabel(post)} : ${post.droppedHashtags.map((tag) => `#${tag}`).join(' ')}`),
    );
  }
  const shortened = posts.filter((post) => post.truncated);
  if (shortened.length > 0)
    lines.push('', 'Textes raccourcis pour tenir dans la limite :', ...shortened.map((post) => `  ${postLabel(post)}`));
  const repeated = posts.filter((post) => post.sameTextAs.length > 0);
  if (repeated.length > 0) {
    lines.push(
      '',
      'Même texte que la semaine dernière sur le même compte (Hootsuite et X refusent un doublon) :',
      ...repeated.map((post) => `  ${postLabel(post)} = ${post.sameTextAs.join(', ')}`),
    );
  }
  const formulas = formulaLikeCells(posts);
  if (formulas.length > 0) {
    lines.push(
      '',
      'Cellules qu’un tableur prendrait pour une formule (gardées telles quelles pour Hootsuite et Publer : n’ouvrez pas leurs fichiers dans Excel) :',
      ...formulas.map((cell) => `  ${cell}`),
    );
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
  lines.push(
    '',
    'À ouvrir : index.html (aperçu à approuver), LISEZMOI.md (mode d’emploi du lundi), un fichier .md par réseau (textes à copier), hootsuite/ et publer/ (import en masse), week.ics (agenda).',
  );
  return `${lines.join('\n')}\n`;
}
