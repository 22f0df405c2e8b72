import { stringify } from 'csv-stringify/sync';
import { NETWORK_BRAND } from '../../lib/socialNetworks.ts';
import { shortDay, zurichClock } from '../../lib/zurichTime.ts';
import { startsLikeFormula } from '../formulaLike.ts';
import type { PackManifest } from './manifestSchema.ts';
import { byTimeThenNetwork } from './presentation.ts';

/** Where the copy for spreadsheets goes: its name says what it is for. */
export function spreadsheetCopyPath(weekId: string): string {
  return `excel/${weekId}-a-lire-dans-excel.csv`;
}

const COLUMNS = [
  'Jour',
  'Heure (Zurich)',
  'Réseau',
  'Compte',
  'Langue',
  'Texte',
  'Lien',
  'Médias (dossier media/)',
  'Descriptions des médias',
  'Premier commentaire',
  'Titre de la vidéo',
  'Campagne',
  'Responsable',
  'Dans les fichiers Hootsuite et Publer',
];

/**
 * The week's posts as a spreadsheet reads them, to review them in Excel, never to upload: UTF-8 with a byte-order
 * mark (Excel reads accents right on a double click), `;` between cells (the list separator of Swiss French and German
 * Excel), and every cell that a spreadsheet would compute as a formula behind an apostrophe (OWASP), which Excel shows
 * as text. The scheduler files keep the texts exact; this copy is the one that may be opened anywhere.
 */
export function spreadsheetCopy(manifest: PackManifest): string {
  const accounts = new Map(manifest.accounts.map((account) => [account.id, account.name]));
  const rows = [...manifest.posts]
    .sort(byTimeThenNetwork)
    .map((post) => [
      shortDay(post.day),
      zurichClock(post.scheduledAt),
      NETWORK_BRAND[post.network].label,
      accounts.get(post.account) ?? post.account,
      post.lang,
      post.text,
      post.link ?? '',
      post.media.map((media) => media.file).join('\n'),
      post.media.map((media) => media.alt).join('\n'),
      post.firstComment ?? '',
      post.title ?? '',
      post.campaign ?? '',
      post.owner ?? '',
      post.past ? 'non : trop tard, à publier à la main ou à reprogrammer' : 'oui',
    ]);
  return `\uFEFF${stringify([COLUMNS, ...rows.map((row) => row.map(neutralised))], {
    delimiter: ';',
    record_delimiter: '\r\n',
    quoted_match: /[\r\n]/,
  })}`;
}

function neutralised(cell: string): string {
  return startsLikeFormula(cell) ? `'${cell}` : cell;
}
