import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { articleFormat, authorFormat, pageFormat, SOURCE_KEY } from '../../src/cms/contentFormats.ts';
import { patchYaml } from '../../src/lib/frontmatter/patchYaml.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter/splitFrontmatter.ts';
import { ARTICLE_STYLE } from '../../src/lib/frontmatter/yamlStyle.ts';
import { plainArticleSchema } from '../../src/lib/schemas/article.ts';

const content = new URL('../../content/', import.meta.url).pathname;
const files = readdirSync(content, { recursive: true, encoding: 'utf8' }).filter((file) =>
  /^(articles\/.*\.mdx?|authors\/.*\.yaml|pages\/.*\.md)$/.test(file),
);
const formatOf = (file: string) =>
  file.endsWith('.yaml') ? authorFormat : file.startsWith('pages/') ? pageFormat : articleFormat;

/** The lines of `after` that are not in `before`, and the reverse: what a review of the change would show. */
function changedLines(before: string, after: string): { added: string[]; removed: string[] } {
  const old = before.split('\n');
  const now = after.split('\n');
  return { added: now.filter((line) => !old.includes(line)), removed: old.filter((line) => !now.includes(line)) };
}

const varices = readFileSync(join(content, files.find((file) => file.includes('varices-quand-consulter'))!), 'utf8');

describe.each(files)('the sample file %s', (file) => {
  const text = readFileSync(join(content, file), 'utf8');

  it('is written back byte for byte when opened and saved without a change', () => {
    const format = formatOf(file);
    expect(format.toFile(format.fromFile(text))).toBe(text);
  });

  it('gives the CMS its dates as written, Zurich wall-clock time, not instants', () => {
    const values = formatOf(file).fromFile(text);
    for (const key of ['pubDate', 'updatedDate'])
      if (key in values) expect(values[key]).toMatch(/^\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?$/);
  });
});

describe('saving an edited article', () => {
  const values = () => articleFormat.fromFile(varices);

  it('changes only the line of the field that was edited', () => {
    const saved = articleFormat.toFile({ ...values(), description: 'Un résumé plus court.' });
    expect(changedLines(varices, saved)).toEqual({
      added: ['description: "Un résumé plus court."'],
      removed: [expect.stringMatching(/^description: "Jambes lourdes/)],
    });
  });

  it('keeps the quotes, the one-line lists and the nesting of the fields it rewrites', () => {
    const edited = values();
    const saved = articleFormat.toFile({
      ...edited,
      title: '« L’heure d’été » : l’effet sur le sommeil',
      tags: ['varices', 'santé mentale'],
      hero: { ...(edited['hero'] as object), alt: 'Une jambe "vue" de profil' },
    });
    expect(changedLines(varices, saved).added).toEqual([
      'title: "« L’heure d’été » : l’effet sur le sommeil"',
      'tags: [varices, santé mentale]',
      '  alt: "Une jambe \\"vue\\" de profil"',
    ]);
  });

  it('removes an emptied field, and a draft flag set to false, instead of writing them empty', () => {
    const saved = articleFormat.toFile({ ...values(), updatedDate: '', draft: false });
    expect(changedLines(varices, saved)).toEqual({ added: [], removed: ['updatedDate: 2026-10-20'] });
  });

  it('places a new field after the one that precedes it in the schema’s order', () => {
    const saved = articleFormat.toFile({ ...values(), draft: true, consent: 'CONS-2026-001' });
    const keys = [...saved.split('---')[1]!.matchAll(/^(\w+):/gm)].map(([, key]) => key);
    // The sample's own order is kept (service and review after the authors); draft follows hero, consent nextReview.
    expect(keys).toEqual([
      'title',
      'description',
      'category',
      'pubDate',
      'updatedDate',
      'authors',
      'service',
      'reviewedBy',
      'lastReviewed',
      'nextReview',
      'consent',
      'tags',
      'hero',
      'draft',
    ]);
  });

  it('keeps the body as it was when only the frontmatter changed, blank lines included', () => {
    const saved = articleFormat.toFile({ ...values(), category: 'prevention-et-conseils' });
    expect(saved.split('---').slice(2).join('---')).toBe(varices.split('---').slice(2).join('---'));
  });

  it('writes an edited body after one blank line, ending with a line break', () => {
    const saved = articleFormat.toFile({ ...values(), body: 'Un seul paragraphe.' });
    expect(saved.endsWith('---\n\nUn seul paragraphe.\n')).toBe(true);
  });
});

describe('a new article', () => {
  const values = {
    title: "« Le sommeil » : l'heure d'été",
    description: 'Deux phrases de résumé.',
    category: 'prevention-et-conseils',
    pubDate: '2026-10-14 09:00',
    authors: ['claire-morand'],
    tags: ['sommeil', 'heure-d-ete'],
    hero: { src: 'hero.jpg', alt: 'Un réveil', credit: '' },
    draft: true,
    consent: '',
    body: ':::conseil\nDormez.\n:::\n',
    passerelleSlug: 'le-sommeil-l-heure-d-ete',
  };

  it('is written in the project’s style: schema order, empty fields left out, the picked image as ./hero.jpg', () => {
    expect(articleFormat.toFile(values)).toBe(
      [
        '---',
        'title: "« Le sommeil » : l\'heure d\'été"',
        'description: "Deux phrases de résumé."',
        'category: prevention-et-conseils',
        'pubDate: 2026-10-14 09:00',
        'authors: [claire-morand]',
        'tags: [sommeil, heure-d-ete]',
        'hero:',
        '  src: ./hero.jpg',
        '  alt: "Un réveil"',
        'draft: true',
        '---',
        '',
        ':::conseil',
        'Dormez.',
        ':::',
        '',
      ].join('\n'),
    );
  });

  it('reads back as what was written, and passes the article schema', () => {
    const read = articleFormat.fromFile(articleFormat.toFile(values));
    const { [SOURCE_KEY]: _, body, ...frontmatter } = read;
    expect(body).toBe(values.body);
    expect(plainArticleSchema.safeParse(frontmatter).success).toBe(true);
  });
});

describe('any title', () => {
  it('survives being written and read back, whatever its quotes, colons and accents', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'aé « » : \' " # - [ ] { } , & * ? ! % @ ` \\ |'.split(' '), 'x', ' ') }),
        (title) => {
          const text = articleFormat.toFile({ title, body: '' });
          expect(parse(text.split('---\n')[1]!, { schema: 'core' })?.title ?? '').toBe(title);
        },
      ),
    );
  });
});

describe('patchYaml, on any set of changes', () => {
  const keys = ARTICLE_STYLE.order;
  const source = splitFrontmatter(varices).yaml;
  const before = parse(source, { schema: 'core' }) as Record<string, unknown>;

  it('writes exactly the values given, and keeps the others', () =>
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(...keys),
          fc.oneof(
            fc.constant(''),
            fc.string({ minLength: 1, maxLength: 30 }),
            fc.array(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 3 }),
          ),
        ),
        (changes) => {
          const written = parse(patchYaml(source, { ...before, ...changes }, ARTICLE_STYLE), { schema: 'core' }) ?? {};
          const expected = Object.fromEntries(
            Object.entries({ ...before, ...changes }).filter(([, value]) => value !== ''),
          );
          expect(written).toEqual(expected);
        },
      ),
    ));
});
