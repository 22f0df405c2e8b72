import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createArticle } from '../../src/lib/createArticle.ts';
import { plainArticleSchema } from '../../src/lib/schemas/article.ts';
import { slugify } from '../../src/lib/slugify.ts';
import { UserError } from '../../src/lib/userError.ts';

describe.each([
  ['Varices : quand faut-il consulter ?', 'varices-quand-faut-il-consulter'],
  ["L'œdème & la chaleur", 'l-oedeme-la-chaleur'],
  ['Größe und Übergewicht', 'grosse-und-ubergewicht'],
  ['  Rougeole — vaccin 2026 !  ', 'rougeole-vaccin-2026'],
  ['🧸 Hôpital des nounours', 'hopital-des-nounours'],
])('slugify(%s)', (title, slug) => {
  it(`is ${slug}`, () => expect(slugify(title)).toBe(slug));
});

function contentDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-new-'));
  cpSync(new URL('../../content/authors', import.meta.url).pathname, join(dir, 'authors'), { recursive: true });
  return dir;
}

function frontmatter(file: string): unknown {
  return parse(readFileSync(file, 'utf8').split('---')[1]!);
}

const input = {
  title: 'Canicule : protéger les aînés',
  category: 'prevention-et-conseils',
  lang: 'fr',
  authors: ['claire-morand'],
  date: '2026-11-23',
};

describe('createArticle', () => {
  it('writes a draft whose frontmatter passes the article schema', () => {
    const file = createArticle(contentDir(), input);
    expect(file).toMatch(/articles\/fr\/canicule-proteger-les-aines\.md$/);
    const article = plainArticleSchema.parse(frontmatter(file));
    expect(article).toMatchObject({
      title: input.title,
      category: input.category,
      authors: ['claire-morand'],
      draft: true,
    });
  });

  it('writes a German skeleton in German under de/', () => {
    const file = createArticle(contentDir(), { ...input, lang: 'de', title: 'Hitzewelle: ältere Menschen schützen' });
    expect(file).toMatch(/articles\/de\/hitzewelle-altere-menschen-schutzen\.md$/);
    expect(readFileSync(file, 'utf8')).toContain('Im Notfall rufen Sie 144 an.');
  });

  it('reminds that a témoignage needs its consent before publication, and still validates as a draft', () => {
    const file = createArticle(contentDir(), { ...input, category: 'temoignages' });
    expect(readFileSync(file, 'utf8')).toContain('# consent: CONS-AAAA-NNN');
    expect(plainArticleSchema.safeParse(frontmatter(file)).success).toBe(true);
  });

  it('writes the blocks as directives', () => {
    const text = readFileSync(createArticle(contentDir(), input), 'utf8');
    expect(text).toContain(':::urgence\nEn cas d');
    expect(text).not.toContain('<Callout');
  });

  it.each([
    'canicule-proteger-les-aines.md',
    'canicule-proteger-les-aines.mdx',
    'canicule-proteger-les-aines/index.md',
    'canicule-proteger-les-aines/index.mdx',
  ])('never overwrites an article, here %s', (existing) => {
    const dir = contentDir();
    mkdirSync(join(dir, 'articles/fr/canicule-proteger-les-aines'), { recursive: true });
    writeFileSync(join(dir, 'articles/fr', existing), 'existing');
    expect(() => createArticle(dir, input)).toThrow(expect.objectContaining({ code: 'exists' }));
    expect(readFileSync(join(dir, 'articles/fr', existing), 'utf8')).toBe('existing');
  });

  it.each([
    [{ category: 'sante' }, 'category', /medecine-et-soins/],
    [{ lang: 'it' }, 'lang', /fr ou de/],
    [{ authors: ['jean-inconnu'] }, 'author', /jean-inconnu.*claire-morand/],
    [{ authors: [] }, 'author', /introuvable/],
    [{ title: ' ' }, 'missing', /titre/],
    [{ slug: '../../../etc/passwd' }, 'slug', /minuscules/],
    [{ slug: 'a/b' }, 'slug', /minuscules/],
    [{ slug: '..' }, 'slug', /minuscules/],
    [{ slug: 'deux mots' }, 'slug', /deux-mots/],
    [{ slug: '' }, 'slug', /minuscules/],
    [{ slug: 'Éte' }, 'slug', /ete/],
    [{ date: '2026-02-30' }, 'date', /2026-02-30/],
    [{ date: '2026-13-45' }, 'date', /AAAA-MM-JJ/],
    [{ date: 'demain' }, 'date', /AAAA-MM-JJ/],
    [{ date: '2026-11-24 09:00' }, 'date', /AAAA-MM-JJ/],
  ])('refuses %o with a French reason', (change, code, message) => {
    try {
      createArticle(contentDir(), { ...input, ...change });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).code).toBe(code);
      expect((error as UserError).message).toMatch(message);
    }
  });
});
