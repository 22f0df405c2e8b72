import { type CategoryId, CONSENT_CATEGORY } from './categories.ts';
import { patchYaml } from './frontmatter/patchYaml.ts';
import { ARTICLE_STYLE } from './frontmatter/yamlStyle.ts';
import type { Lang } from './i18n.ts';

export interface SkeletonInput {
  title: string;
  category: CategoryId;
  lang: Lang;
  authors: string[];
  /** Zurich wall-clock date, `YYYY-MM-DD`. */
  date: string;
}

const GUIDE: Record<Lang, string> = {
  fr: `Écrivez ici l'introduction : deux ou trois phrases qui disent au lecteur ce qu'il va apprendre.

## Premier intertitre

Le texte de la première partie.

:::conseil
Un conseil pratique à retenir.
:::

## Quand consulter ?

- Un signe qui doit amener à consulter
- Un autre signe

:::urgence
En cas d'urgence, appelez le 144.
:::
`,
  de: `Schreiben Sie hier die Einleitung: zwei oder drei Sätze, die sagen, was die Leserin und der Leser erfährt.

## Erster Zwischentitel

Der Text des ersten Teils.

:::conseil
Ein praktischer Tipp.
:::

## Wann zum Arzt?

- Ein Zeichen, das eine Abklärung braucht
- Ein weiteres Zeichen

:::urgence
Im Notfall rufen Sie 144 an.
:::
`,
};

/** A new article that builds as it is and stays a draft until the editor removes `draft: true`. */
export function articleSkeleton(input: SkeletonInput): string {
  const frontmatter = {
    title: input.title,
    description:
      input.lang === 'fr'
        ? 'À compléter : une ou deux phrases de résumé (200 caractères au plus).'
        : 'Zu ergänzen: ein oder zwei Sätze Zusammenfassung (höchstens 200 Zeichen).',
    category: input.category,
    pubDate: input.date,
    authors: input.authors,
    draft: true,
  };
  // A testimony may be drafted before the consent is signed; the schema requires it before publication.
  const consentReminder =
    input.category === CONSENT_CATEGORY
      ? '# consent: CONS-AAAA-NNN   ← référence du consentement écrit, obligatoire avant publication\n'
      : '';
  // Written as the CMS writes it, so that the file looks the same whichever way it was started.
  return `---\n${patchYaml(undefined, frontmatter, ARTICLE_STYLE)}${consentReminder}---\n\n${GUIDE[input.lang]}`;
}
