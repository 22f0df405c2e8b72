import { z } from 'zod';

// Editors and planners read these messages: zod's generic ones too must be in French.
z.config(z.locales.fr());

/** A message for a field that must be present: says which field to add rather than "undefined received". */
export function required(field: string, hint: string) {
  return (issue: { input: unknown }) => (issue.input === undefined ? `Champ obligatoire manquant : ajoutez « ${field} » (${hint}).` : undefined);
}
