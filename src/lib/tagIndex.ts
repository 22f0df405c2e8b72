import type { Tag } from './schemas/tag.ts';

/** One tag of a language: every spelling that gives its slug, the most frequent first, with the articles using each. */
export interface IndexedTag {
  slug: string;
  /** The spelling readers see: the most frequent one (alphabetical order settles a tie). */
  label: string;
  variants: { label: string; articles: string[] }[];
}

/**
 * The tags of a language's articles by slug: `Prévention` and `prévention` are one tag, shown as most articles write it.
 * Articles are given by id, in any order; each spelling lists the ids that use it.
 */
export function tagIndex(articles: Iterable<{ id: string; tags: readonly Tag[] }>): Map<string, IndexedTag> {
  const spellings = new Map<string, Map<string, string[]>>();
  for (const { id, tags } of articles) {
    for (const { slug, label } of tags) {
      const bySpelling = spellings.get(slug) ?? new Map<string, string[]>();
      spellings.set(slug, bySpelling);
      const ids = bySpelling.get(label);
      if (ids) {
        if (ids.at(-1) !== id) ids.push(id);
      } else bySpelling.set(label, [id]);
    }
  }
  const index = new Map<string, IndexedTag>();
  for (const [slug, bySpelling] of spellings) {
    const variants = [...bySpelling]
      .map(([label, ids]) => ({ label, articles: ids }))
      .sort((a, b) => b.articles.length - a.articles.length || a.label.localeCompare(b.label, 'fr'));
    index.set(slug, { slug, label: variants[0]!.label, variants });
  }
  return index;
}

/** A warning for each tag written in several ways, in French, naming the articles to harmonise. */
export function tagVariantWarnings(index: ReadonlyMap<string, IndexedTag>): string[] {
  return [...index.values()]
    .filter((tag) => tag.variants.length > 1)
    .map(
      (tag) =>
        `Le mot-clé « ${tag.label} » (${tag.slug}) s’écrit aussi ${tag.variants
          .slice(1)
          .map((variant) => `« ${variant.label} » (${variant.articles.join(', ')})`)
          .join(', ')} : les pages l’affichent « ${tag.label} » ; harmonisez l’orthographe.`,
    );
}
