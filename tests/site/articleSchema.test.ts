import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { plainArticleSchema } from '../../src/lib/schemas/article.ts';
import { authorSchema } from '../../src/lib/schemas/author.ts';

/**
 * Stands in for the error map Astro's content layer passes with every frontmatter parse (Astro does not export it):
 * it words type mistakes itself, in English (`Required`, ``Expected type `string`, received `number` ``), and leaves
 * the other issues to zod's locale. A message set on a field wins over both: that is the only way a type mistake
 * reaches an editor in French, and what these tests check. The real Astro is run by the site build tests.
 */
function englishTypeErrors(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code !== 'invalid_type' && issue.code !== 'invalid_union') return undefined;
  return issue.input === undefined
    ? 'Required'
    : `Expected type \`${issue.expected}\`, received \`${typeof issue.input}\``;
}

/** Parses as Astro's content layer does; the issues' messages are what the build prints. */
function parseAsAstro(schema: z.ZodType, data: unknown) {
  const result = schema.safeParse(data, { error: englishTypeErrors });
  return result.success
    ? []
    : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

const valid = {
  title: 'Varices : quand faut-il consulter ?',
  description: 'Jambes lourdes, veines visibles : ce qui doit vous amener chez le médecin.',
  category: 'medecine-et-soins',
  pubDate: '2026-10-14 09:00',
  authors: ['luc-baeriswyl'],
};

function issues(data: Record<string, unknown>) {
  return parseAsAstro(plainArticleSchema, data);
}

describe('article frontmatter', () => {
  it('accepts a minimal article and fills the defaults', () => {
    const article = plainArticleSchema.parse(valid);
    expect(article.draft).toBe(false);
    expect(article.tags).toEqual([]);
    expect(article.pubDate.toISOString()).toBe('2026-10-14T07:00:00.000Z');
  });

  it('keeps tags as written, with the slug of their address', () => {
    expect(plainArticleSchema.parse({ ...valid, tags: ['santé  mentale ', "don d'organes", 'IRM'] }).tags).toEqual([
      { label: 'santé mentale', slug: 'sante-mentale' },
      { label: "don d'organes", slug: 'don-d-organes' },
      { label: 'IRM', slug: 'irm' },
    ]);
  });

  it('accepts a date that YAML already parsed (as UTC) and reads it as Zurich time', () => {
    expect(
      plainArticleSchema.parse({ ...valid, pubDate: new Date('2026-10-14T09:00:00Z') }).pubDate.toISOString(),
    ).toBe('2026-10-14T07:00:00.000Z');
  });

  describe.each([
    ['a missing title', { title: undefined }, 'title', /Champ obligatoire manquant : ajoutez « title »/],
    ['an empty title', { title: '  ' }, 'title', /Donnez un titre/],
    ['a title over 120 characters', { title: 'x'.repeat(121) }, 'title', /dépasse 120/],
    [
      'a missing description',
      { description: undefined },
      'description',
      /Champ obligatoire manquant : ajoutez « description »/,
    ],
    ['a missing date', { pubDate: undefined }, 'pubDate', /AAAA-MM-JJ/],
    ['a missing category', { category: undefined }, 'category', /Choisissez une rubrique parmi/],
    ['a description over 200 characters', { description: 'x'.repeat(201) }, 'description', /dépasse 200/],
    [
      'an unknown category',
      { category: 'sante' },
      'category',
      /medecine-et-soins, prevention-et-conseils, actualites-et-evenements, temoignages/,
    ],
    ['a date that is not a date', { pubDate: '14/10/2026' }, 'pubDate', /AAAA-MM-JJ/],
    ['a date that does not exist', { pubDate: '2026-02-30' }, 'pubDate', /n'existe pas/],
    ['a time skipped by the clock change', { pubDate: '2026-03-29 02:15' }, 'pubDate', /heure sautée/],
    ['an update before publication', { updatedDate: '2026-10-01' }, 'updatedDate', /antérieure/],
    ['no author', { authors: [] }, 'authors', /au moins un auteur/],
    ['authors as a single string', { authors: 'luc-baeriswyl' }, 'authors', /liste/],
    ['a tag of punctuation only', { tags: ['!!!'] }, 'tags.0', /lettres ou des chiffres/],
    ['an empty tag', { tags: ['  '] }, 'tags.0', /vide/],
    ['a tag as long as a sentence', { tags: ['a'.repeat(41)] }, 'tags.0', /40 caractères/],
    ['a hero without alt', { hero: { src: './hero.jpg' } }, 'hero.alt', /Décrivez l’image/],
    ['a hero with an empty alt', { hero: { src: './hero.jpg', alt: ' ' } }, 'hero.alt', /Décrivez l’image/],
    ['a témoignage without consent', { category: 'temoignages' }, 'consent', /consentement écrit/],
    ['a malformed consent reference', { category: 'temoignages', consent: '2026-14' }, 'consent', /CONS-AAAA-NNN/],
    ['a misspelt field', { drafts: true }, '', /drafts/],
    ['a title that YAML read as a number', { title: 2026 }, 'title', /« title » attend un texte, entre guillemets/],
    ['draft written as a word', { draft: 'oui' }, 'draft', /« draft » attend true ou false/],
    ['tags as a single word', { tags: 'vaccination' }, 'tags', /« tags » attend une liste entre crochets/],
    ['a tag that YAML read as a number', { tags: [2026] }, 'tags.0', /« tags » attend un texte/],
    ['a hero written as a path alone', { hero: './hero.jpg' }, 'hero', /« hero » attend des champs en retrait/],
    [
      'a consent reference that YAML read as a number',
      { category: 'temoignages', consent: 2026014 },
      'consent',
      /« consent » attend un texte/,
    ],
  ])('refuses %s', (_, change, path, message) => {
    it(`at ${path || 'the root'}`, () => {
      const found = issues({ ...valid, ...change });
      expect(found.length).toBeGreaterThan(0);
      expect(found.some((issue) => issue.path === path && message.test(issue.message))).toBe(true);
    });
  });

  it('lets a témoignage be drafted before the consent is signed', () => {
    expect(issues({ ...valid, category: 'temoignages', draft: true })).toEqual([]);
  });

  it('accepts a témoignage with its consent reference', () => {
    expect(issues({ ...valid, category: 'temoignages', consent: 'CONS-2026-014' })).toEqual([]);
  });
});

describe('author', () => {
  const schema = authorSchema({ image: z.string() });
  const author = { name: 'Claire Morand', role: 'Infirmière cheffe', service: 'Service de pédiatrie' };
  it('accepts name, role and service', () => expect(schema.safeParse(author).success).toBe(true));
  it.each(['name', 'role', 'service'])('requires %s, in French', (field) => {
    expect(parseAsAstro(schema, { ...author, [field]: undefined })).toEqual([
      { path: field, message: expect.stringMatching(new RegExp(`^Champ obligatoire manquant : ajoutez « ${field} »`)) },
    ]);
  });
  it('refuses a portrait without written consent', () => {
    const result = schema.safeParse({ ...author, photo: './claire.jpg' });
    expect(result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'))).toEqual(['photoConsent']);
  });
  it('accepts a portrait with written consent', () =>
    expect(schema.safeParse({ ...author, photo: './claire.jpg', photoConsent: 'CONS-2026-031' }).success).toBe(true));
});
