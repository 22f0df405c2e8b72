import { NETWORK_BRAND } from '../../lib/socialNetworks.ts';
import type { PackManifest } from './manifestSchema.ts';
import { networksOf } from './presentation.ts';

/** `LISEZMOI.md`: what each file of the pack is for, and how to upload the CSV files. */
export function readme(manifest: PackManifest): string {
  const networks = networksOf(manifest.posts);
  return `# Pack de la semaine ${manifest.week.id}

Toutes les heures sont celles de Zurich. Ce dossier est produit par \`npm run pack -- --week ${manifest.week.id}\` : ne le modifiez pas à la main, corrigez le calendrier et relancez la commande.

- \`index.html\` : aperçu de la semaine, une carte par post, jour par jour (s’ouvre sans connexion).
${networks.map((network) => `- \`${network}.md\` : les posts ${NETWORK_BRAND[network].label}, textes prêts à copier, images et textes alternatifs.`).join('\n')}
- \`media/\` : les images recadrées au format recommandé de chaque réseau, nommées \`<post>-<réseau>-<n>.jpg\`.
- \`week.ics\` : la semaine dans Outlook ou un autre agenda (Fichier › Ouvrir › Importer).
- \`manifest.json\` : tout le pack pour les outils (schéma : src/editorial/pack/manifest.schema.json).

## Hootsuite (hootsuite/<réseau>.csv)

Un fichier par réseau : Hootsuite publie chaque ligne sur les comptes choisis au moment de l’import.
Dans Planifier › Composition en masse, choisissez le fichier, le format de date **JJ/MM/AAAA** (jour/mois/année, 24 h), puis le compte du réseau du fichier.
Les heures qui ne tombaient pas sur un multiple de 5 minutes ont été décalées vers plus tard (12:02 → 12:05) ; la commande les a listées.

## Publer (publer/<réseau>.csv)

Modèle CSV de Publer (12 colonnes). Réglez le fuseau de l’espace de travail sur Europe/Zurich, importez le fichier dans Bulk Schedule › CSV, choisissez le compte du réseau du fichier, puis joignez les images de \`media/\` (Publer ne lit que des adresses publiques).
`;
}
