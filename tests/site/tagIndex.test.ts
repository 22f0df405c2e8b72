import { describe, expect, it } from 'vitest';
import { tagSchema } from '../../src/lib/schemas/tag.ts';
import { tagIndex, tagVariantWarnings } from '../../src/lib/tagIndex.ts';

const article = (id: string, ...written: string[]) => ({ id, tags: written.map((tag) => tagSchema.parse(tag)) });

describe('tagIndex', () => {
  const index = tagIndex([
    article('fr/a', 'Prévention', 'santé mentale'),
    article('fr/b', 'prévention'),
    article('fr/c', 'prévention', 'Santé Mentale'),
    article('fr/d', 'prevention', "don d'organes"),
  ]);

  it.each([
    ['prevention', 'prévention', ['prévention', 'prevention', 'Prévention']],
    ['sante-mentale', 'santé mentale', ['santé mentale', 'Santé Mentale']],
    ['don-d-organes', "don d'organes", ["don d'organes"]],
  ])('merges the spellings of %s, shown as %j (most frequent, then alphabetical)', (slug, label, variants) => {
    expect(index.get(slug)?.label).toBe(label);
    expect(index.get(slug)?.variants.map((variant) => variant.label)).toEqual(variants);
  });

  it('names the articles behind each minority spelling', () => {
    expect(tagVariantWarnings(index)).toEqual([
      'Le mot-clé « prévention » (prevention) s’écrit aussi « prevention » (fr/d), « Prévention » (fr/a) : les pages l’affichent « prévention » ; harmonisez l’orthographe.',
      'Le mot-clé « santé mentale » (sante-mentale) s’écrit aussi « Santé Mentale » (fr/c) : les pages l’affichent « santé mentale » ; harmonisez l’orthographe.',
    ]);
  });

  it('counts an article once per spelling, and warns about nothing when each tag has one spelling', () => {
    const single = tagIndex([article('fr/a', 'hiver', 'hiver'), article('fr/b', 'hiver')]);
    expect(single.get('hiver')?.variants).toEqual([{ label: 'hiver', articles: ['fr/a', 'fr/b'] }]);
    expect(tagVariantWarnings(single)).toEqual([]);
  });
});
