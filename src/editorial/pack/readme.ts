import { NETWORK_BRAND } from '../../lib/socialNetworks.ts';
import { dayHeading, shiftDay } from '../../lib/zurichTime.ts';
import type { AccountRecord, PackManifest, PostRecord } from './manifestSchema.ts';
import { markdownText } from './networkMarkdown.ts';
import { networksOf, plural } from './presentation.ts';
import {
  hootsuiteAdjustments,
  hootsuiteAttachments,
  hootsuiteDate,
  hootsuiteTime,
  type SchedulerFile,
  type SchedulerPlan,
} from './schedulers.ts';
import { spreadsheetCopyPath } from './spreadsheetCopy.ts';
import { formulaLikeCells, postLabel, uploadDeadline } from './summary.ts';

/** `X · @hopitalvalclair` or `Facebook · Spital Val-Clair`: how the account reads where it is picked. */
export function accountLabel(account: AccountRecord): string {
  const handle = account.network === 'facebook' || account.network === 'linkedin' ? '' : ` (@${account.handle})`;
  return `${NETWORK_BRAND[account.network].label} · ${account.name}${handle}`;
}

/** `LISEZMOI.md`: the Monday steps, from the preview to posts scheduled in Hootsuite and Publer, and what each file is. */
export function readme(manifest: PackManifest, plan: SchedulerPlan): string {
  const { week, posts } = manifest;
  const accounts = new Map(manifest.accounts.map((account) => [account.id, account]));
  const labelOf = (file: SchedulerFile) => {
    const account = accounts.get(file.account);
    return account ? accountLabel(account) : file.account;
  };
  const deadline = uploadDeadline(plan);
  const past = posts.filter((post) => post.past);
  const excel = spreadsheetCopyPath(week.id);
  const formulas = formulaLikeCells(posts);
  const lines = [
    `# Pack de la semaine ${week.id}`,
    '',
    `Du ${dayHeading(week.start.slice(0, 10))} au ${dayHeading(shiftDay(week.end.slice(0, 10), -1))}. **Toutes les heures sont celles de Zurich.**`,
    `Ce dossier est produit par \`npm run pack -- --week ${week.id}\` : ne le modifiez pas à la main ; corrigez le calendrier et relancez la commande.`,
    '',
    '## Lundi matin, dans l’ordre',
    '',
    '1. Ouvrez `index.html` dans un navigateur : chaque post tel que le réseau l’affichera, à faire approuver.',
    deadline === undefined
      ? '2. Rien à téléverser : aucun post de ce pack ne peut encore partir par un planificateur.'
      : `2. Téléversez les fichiers d’import **avant le ${deadline}** (10 minutes avant le premier post qu’ils contiennent) : Hootsuite (plus bas) ou Publer (plus bas), un fichier par compte.`,
    '3. Dans Hootsuite, ajoutez à la main, ligne par ligne, les images, textes alternatifs, premiers commentaires et titres listés plus bas : son fichier ne peut pas les porter.',
    '4. Publiez à la main, ou reprogrammez dans le calendrier, les posts de « À publier à la main ou à reprogrammer ».',
    '5. Relisez dans le planificateur la liste des posts programmés : dates, heures, comptes, images.',
    '',
    '## À publier à la main ou à reprogrammer',
    '',
    past.length === 0
      ? 'Aucun : au moment de l’export, tous les posts pouvaient encore partir par un planificateur.'
      : 'Trop tard pour un planificateur au moment de l’export (déjà passés, ou dans moins de 30 minutes) : ils ne sont dans aucun fichier de `hootsuite/` ni de `publer/`. Publiez-les à la main (textes dans les fichiers `.md`), ou changez leur date dans le calendrier et relancez le pack.',
    ...(past.length === 0 ? [] : ['', ...past.map((post) => `- ${postLabel(post)} : \`${post.network}.md\``)]),
    '',
    '## Le dossier',
    '',
    '- `index.html` : l’aperçu à approuver (s’ouvre sans connexion ; ne charge rien d’ailleurs).',
    ...networksOf(posts).map(
      (network) =>
        `- \`${network}.md\` : les posts ${NETWORK_BRAND[network].label}, textes prêts à copier, images et textes alternatifs.`,
    ),
    '- `media/` : les images recadrées au format de chaque réseau, `<post>-<réseau>-<n>.jpg` (et les vidéos telles quelles).',
    '- `apercu/` : les cartes de lien que l’aperçu montre, telles que les réseaux les dessineront. Rien à joindre.',
    '- `hootsuite/<compte>.csv` et `publer/<compte>.csv` : les fichiers d’import, un par compte.',
    `- \`${excel}\` : la semaine pour la relire dans Excel. **À lire seulement, jamais à importer.**`,
    '- `week.ics` : la semaine dans un agenda.',
    '- `manifest.json` : tout le pack pour les outils (schéma : `src/editorial/pack/manifest.schema.json`).',
    '',
    ...hootsuiteSection(plan.hootsuite, labelOf),
    ...publerSection(plan, labelOf),
    '## Agenda (`week.ics`)',
    '',
    'Chaque post garde le même identifiant d’une semaine à l’autre, et sa révision augmente quand son texte ou son heure change : un agenda **abonné** à ce fichier (publié à une adresse fixe) met les posts à jour.',
    'Importé à la main, tout dépend de l’agenda : Outlook (Fichier › Ouvrir et exporter › Importer) ajoute un second exemplaire de chaque post déjà importé, supprimez d’abord ceux de la semaine ; Google Agenda met à jour ou ignore les posts déjà importés.',
    '',
    '## Ouvrir un fichier dans Excel',
    '',
    `- Pour relire la semaine dans un tableur, ouvrez \`${excel}\` : encodé en UTF-8 avec BOM, colonnes séparées par des points-virgules, il s’ouvre d’un double clic dans Excel en français ou en allemand ; les cellules qui commencent par = + - ou @ y sont précédées d’une apostrophe, pour qu’Excel ne les calcule pas. Ne l’importez jamais dans Hootsuite ou Publer.`,
    '- Ne modifiez pas et n’enregistrez pas les fichiers de `hootsuite/` et `publer/` dans Excel : il changerait l’encodage, les dates et les guillemets. Pour les regarder quand même : Données › Obtenir des données › À partir d’un fichier texte/CSV, **Origine du fichier : 65001 : Unicode (UTF-8)**, **Délimiteur : Virgule**, puis Charger (un double clic les ouvrirait sur une seule colonne, accents abîmés).',
    '- Les fichiers d’import gardent chaque texte exactement tel qu’approuvé, même quand il commence par = + - ou @ : Hootsuite et Publer publient la cellule telle quelle, et une apostrophe ajoutée pour Excel serait publiée dans le post. Ces cellules sont dangereuses seulement dans un tableur (il les calculerait comme des formules) : d’où la copie pour Excel.',
    ...(formulas.length === 0
      ? []
      : [
          '',
          'Cellules de cette semaine qu’un tableur prendrait pour une formule :',
          '',
          ...formulas.map((cell) => `- ${cell}`),
        ]),
    '',
    '## Ce qui n’est pas confirmé',
    '',
    'Le format de Hootsuite (pas de ligne d’en-tête, nom de l’option de date jour/mois, délai minimal de 10 minutes) vient de praticiens, pas de l’aide de Hootsuite. Le pack est écrit pour être juste dans les deux cas (aucune ligne passée, heures sur 5 minutes, 30 minutes de marge) ; si un import échoue, comparez le fichier avec le modèle téléchargeable dans la composition en masse. Sources : `docs/platform-limits.md` du dépôt.',
  ];
  return `${lines.join('\n')}\n`;
}

function hootsuiteSection(files: readonly SchedulerFile[], labelOf: (file: SchedulerFile) => string): string[] {
  if (files.length === 0) return [];
  return [
    '## Hootsuite (`hootsuite/`)',
    '',
    'Une fois pour toutes : réglez le fuseau horaire de votre profil Hootsuite sur **Europe/Zurich** (Paramètres › Compte › Profil). Le fichier ne porte pas de fuseau : Hootsuite lit les heures dans celui du profil.',
    '',
    'Pour chaque fichier, dans la composition en masse (Bulk Composer) :',
    '',
    '1. Choisissez le fichier.',
    '2. Format de date : **jour/mois/année, 24 h (JJ/MM/AAAA HH:mm)**. Vérifiez-le à chaque envoi : avec le format mois/jour, Hootsuite inverse le jour et le mois **sans erreur** dès que le jour est au plus 12 (le 03/12 deviendrait le 12 mars).',
    '3. Choisissez **un seul** profil : celui du fichier, ci-dessous. Chaque ligne part sur tous les profils cochés.',
    '4. À l’étape de vérification, ajoutez à chaque ligne listée ce que le fichier ne peut pas porter.',
    '',
    ...movedTimes(files),
    ...files.flatMap((file) => {
      const attached = file.posts.flatMap((post) => {
        const attachments = hootsuiteAttachments(post);
        return attachments ? [attachmentLines(post, attachments)] : [];
      });
      return [
        `### \`${file.path}\` → ${labelOf(file)}`,
        '',
        `${plural(file.posts.length, 'ligne', 'lignes')}. ${attached.length === 0 ? 'Rien à joindre à la main.' : 'À joindre à la main :'}`,
        ...(attached.length === 0 ? [] : ['', ...attached.flat()]),
        '',
      ];
    }),
  ];
}

/** The posts whose time moved to Hootsuite's 5-minute grid, or nothing when none did. */
function movedTimes(files: readonly SchedulerFile[]): string[] {
  const moved = hootsuiteAdjustments(files);
  if (moved.length === 0) return [];
  return [
    'Hootsuite ne programme qu’aux multiples de 5 minutes : ces heures ont été décalées vers plus tard, jamais plus tôt.',
    '',
    ...moved.map(
      (change) => `- ${change.id} (${NETWORK_BRAND[change.network].label}) : ${change.planned} → ${change.scheduled}`,
    ),
    '',
  ];
}

function attachmentLines(
  post: PostRecord,
  attachments: NonNullable<ReturnType<typeof hootsuiteAttachments>>,
): string[] {
  const when = `${hootsuiteDate(hootsuiteTime(new Date(post.scheduledAt)))}`;
  return [
    `- **${when} · ${post.id}**`,
    ...attachments.media.map(
      (media) =>
        `  - ${media.kind === 'video' ? 'vidéo' : 'image'} \`${media.file}\`, texte alternatif : « ${oneLine(media.alt)} »`,
    ),
    ...(attachments.title === null ? [] : [`  - titre de la vidéo : « ${oneLine(attachments.title)} »`]),
    ...(attachments.firstComment === null
      ? []
      : [`  - premier commentaire : « ${oneLine(attachments.firstComment)} »`]),
  ];
}

function publerSection(plan: SchedulerPlan, labelOf: (file: SchedulerFile) => string): string[] {
  if (plan.publer.length === 0) return [];
  const published = plan.mediaBaseUrl !== undefined;
  const withMedia = plan.publer.flatMap((file) => file.posts).filter((post) => post.media.length > 0);
  return [
    '## Publer (`publer/`)',
    '',
    'Une fois pour toutes : réglez le fuseau horaire de l’espace de travail Publer sur **Europe/Zurich**.',
    '',
    'Pour chaque fichier : Bulk Schedule › CSV, choisissez le fichier, puis **le seul compte** du fichier :',
    '',
    ...plan.publer.map(
      (file) => `- \`${file.path}\` → ${labelOf(file)} (${plural(file.posts.length, 'post', 'posts')})`,
    ),
    '',
    'Le fichier suit le modèle de Publer (12 colonnes, dates `AAAA-MM-JJ HH:MM`). Un post avec image laisse la colonne Link(s) vide : un post est une carte de lien ou une photo, pas les deux ; le lien reste dans le texte. Les premiers commentaires sont dans la colonne Comment(s), les titres de vidéo dans Title.',
    '',
    published
      ? `Les images sont lues à l’adresse donnée par \`--media-url\` (${plan.mediaBaseUrl}) : le dossier \`media/\` doit y être publié avant l’import, avec les textes alternatifs dans le fichier.`
      : withMedia.length === 0
        ? 'Aucun post n’a d’image cette semaine.'
        : 'Publer ne lit que des images à une adresse publique : sans `--media-url`, joignez les images de `media/` à la main, avec leur texte alternatif (dans l’aperçu et les fichiers `.md`) :',
    ...(published || withMedia.length === 0
      ? []
      : [
          '',
          ...withMedia.map(
            (post) => `- ${postLabel(post)} : ${post.media.map((media) => `\`${media.file}\``).join(', ')}`,
          ),
        ]),
    '',
  ];
}

/** A planner's text on one line of Markdown, where it can be neither markup nor a link. */
function oneLine(text: string): string {
  return markdownText(text.replace(/\s*[\r\n]+\s*/g, ' '));
}
