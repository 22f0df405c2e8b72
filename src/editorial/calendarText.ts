import { readFileSync } from 'node:fs';
import { type DecodedText, decodeUtf8 } from '../lib/decodeUtf8.ts';

/** What a planner reads when a calendar file is not UTF-8. */
export const NOT_UTF8 =
  'Caractère illisible : le fichier n’est pas enregistré en UTF-8 (accents d’un autre encodage, Windows-1252 ou Latin-1). Enregistrez-le en UTF-8 dans votre éditeur, puis vérifiez les accents de cette ligne.';

/** A calendar file's text as written (UTF-8, a byte-order mark dropped), or the place of its first byte that is not. */
export function readCalendarText(file: string): DecodedText {
  return decodeUtf8(readFileSync(file));
}
