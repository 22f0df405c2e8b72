import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { schemaProblems } from '../../src/cms/schemaProblems.ts';
import { plainArticleSchema } from '../../src/lib/schemas/article.ts';

const article = {
  title: 'Varices : quand faut-il consulter ?',
  description: 'Jambes lourdes : ce qui doit amener à consulter.',
  category: 'medecine-et-soins',
  pubDate: '2026-10-14 09:00',
  authors: ['luc-baeriswyl'],
  body: 'Texte.',
};

describe.each([
  [
    'a title over 120 characters',
    { title: 'x'.repeat(121) },
    'title',
    'Le titre dépasse 120 caractères : raccourcissez-le.',
  ],
  [
    'a time skipped by the spring clock change',
    { pubDate: '2027-03-28 02:30' },
    'pubDate',
    "« 2027-03-28 02:30 » tombe dans l'heure sautée au passage à l'heure d'été (02:00 → 03:00 à Zurich) : choisissez une autre heure.",
  ],
  [
    'an update before the publication',
    { updatedDate: '2026-10-01' },
    'updatedDate',
    'La date de mise à jour est antérieure à la date de publication : corrigez l’une des deux.',
  ],
  [
    'a published testimony without consent',
    { category: 'temoignages' },
    'consent',
    'Un témoignage nomme une personne réelle : ajoutez la référence de son consentement écrit (consent: CONS-AAAA-NNN), délivrée par le service communication.',
  ],
  [
    'an image without alt text',
    { hero: { src: './hero.jpg', alt: '', credit: '' } },
    'hero.alt',
    'Décrivez l’image dans « alt » pour les personnes qui ne la voient pas.',
  ],
  [
    'a consent reference in the wrong form',
    { consent: 'accord signé' },
    'consent',
    'La référence de consentement s’écrit CONS-AAAA-NNN (ex. CONS-2026-014).',
  ],
])('an article with %s', (_, change, path, message) => {
  it(`is refused at ${path} with the build's message`, () =>
    expect(schemaProblems('articles', { ...article, ...change }, path)).toEqual([message]));
});

describe('the form', () => {
  it('accepts a testimony drafted before its consent, and an empty hero', () => {
    const draft = { ...article, category: 'temoignages', draft: true, hero: { src: '', alt: '', credit: '' } };
    expect(['consent', 'hero.alt', 'hero.src'].flatMap((path) => schemaProblems('articles', draft, path))).toEqual([]);
  });

  it('refuses an author’s portrait without consent', () =>
    expect(schemaProblems('auteurs', { name: 'A B', role: 'R', service: 'S', photo: 'a.jpg' }, 'photoConsent')).toEqual(
      [
        'Une photo de collaborateur demande son consentement écrit : ajoutez photoConsent: CONS-AAAA-NNN ou retirez la photo.',
      ],
    ));

  it('agrees with the schema on every title', () =>
    fc.assert(
      fc.property(fc.string({ maxLength: 140 }), (title) => {
        const { body: _, ...frontmatter } = article;
        const accepted = plainArticleSchema.safeParse({ ...frontmatter, title }).success;
        expect(schemaProblems('articles', { ...article, title }, 'title').length === 0).toBe(accepted);
      }),
    ));
});
