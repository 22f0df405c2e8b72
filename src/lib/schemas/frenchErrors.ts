import { z } from 'zod';

// Editors and planners read these messages: zod's generic ones too must be in French.
z.config(z.locales.fr());

/** What to write, by the kind of value zod expected. */
const EXPECTED: Record<string, string> = {
  string: 'un texte, entre guillemets s’il commence par un chiffre ou contient « : »',
  boolean: 'true ou false',
  array: 'une liste entre crochets, par exemple [premier, second]',
  object: 'des champs en retrait sur les lignes suivantes',
};

/**
 * A field's own message, for the two mistakes an editor makes most: leaving it out (say which field to add) and writing
 * the wrong kind of value (say what to write). Astro validates frontmatter with its own English messages, which win
 * over zod's French locale: only a message set on the field itself reaches the editor in French.
 */
export function fieldError(field: string, hint: string) {
  return (issue: { code?: string; expected?: string; input: unknown }) => {
    if (issue.input === undefined) return `Champ obligatoire manquant : ajoutez « ${field} » (${hint}).`;
    if (issue.code === 'invalid_type')
      return `« ${field} » attend ${EXPECTED[issue.expected ?? ''] ?? issue.expected} (${hint}).`;
    return undefined;
  };
}
