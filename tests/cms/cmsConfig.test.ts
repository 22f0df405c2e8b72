import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adminCsp } from '../../src/cms/adminCsp.ts';
import { articleSlug } from '../../src/cms/articleSlug.ts';
import { COLLECTIONS, cmsConfig } from '../../src/cms/cmsConfig.ts';
import type { CmsField } from '../../src/cms/decapTypes.ts';
import { splitTags } from '../../src/cms/splitTags.ts';
import { CATEGORIES, CATEGORY_IDS } from '../../src/lib/categories.ts';
import { INSTITUTION_PAGES, LANGS } from '../../src/lib/i18n.ts';
import { plainArticleSchema } from '../../src/lib/schemas/article.ts';
import { plainAuthorSchema } from '../../src/lib/schemas/author.ts';
import { institutionPageSchema } from '../../src/lib/schemas/page.ts';
import { SITE } from '../../src/site.config.ts';

const hosted = cmsConfig(SITE);
const local = cmsConfig(SITE, { proxy: 'http://127.0.0.1:8081/api/v1', siteUrl: 'http://localhost:4321' });
const collection = (name: string) => hosted.collections.find((candidate) => candidate.name === name)!;
const fieldsOf = (name: string) => collection(name).fields ?? [];
const field = (fields: CmsField[], name: string) => fields.find((candidate) => candidate.name === name)!;

describe.each([
  [COLLECTIONS.fr, Object.keys(plainArticleSchema.in.shape)],
  [COLLECTIONS.de, Object.keys(plainArticleSchema.in.shape)],
  [COLLECTIONS.authors, Object.keys(plainAuthorSchema.shape)],
])('the %s collection', (name, keys) => {
  const fields = fieldsOf(name);

  it('has a field for every key of the schema', () =>
    expect(keys.filter((key) => !fields.some((candidate) => candidate.name === key))).toEqual([]));

  it('labels every field in French and says what to write', () => {
    for (const candidate of fields) {
      expect(candidate.label, candidate.name).toMatch(/^[A-ZÀ-Ü]/);
      expect(candidate.hint, candidate.name).toBeTruthy();
    }
  });
});

describe('article fields', () => {
  const fields = fieldsOf(COLLECTIONS.fr);

  it('offer the four categories by their French names', () =>
    expect(field(fields, 'category')['options']).toEqual(
      CATEGORY_IDS.map((id) => ({ label: CATEGORIES[id].label.fr, value: id })),
    ));

  it('take authors from the authors collection, at least one', () =>
    expect(field(fields, 'authors')).toMatchObject({ widget: 'relation', collection: COLLECTIONS.authors, min: 1 }));

  it('write dates as Zurich wall-clock time, as editors write them', () =>
    expect(field(fields, 'pubDate')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD HH:mm' }));

  // Decap fills a list with one item of its subfields' defaults unless the list has a default of its own, and that
  // empty item's required fields then block saving a new article.
  it('open a new article with no correction', () => expect(field(fields, 'corrections')['default']).toEqual([]));

  it('link a German article to its French original', () =>
    expect(field(fieldsOf(COLLECTIONS.de), 'translationOf')).toMatchObject({ collection: COLLECTIONS.fr }));

  it('offer the hospital’s services of the site config', () =>
    expect(field(fields, 'service')['options']).toEqual(
      Object.entries(SITE.services).map(([id, service]) => ({ label: service.name.fr, value: id })),
    ));

  it('write review dates as days', () =>
    expect(field(fields, 'lastReviewed')).toMatchObject({
      widget: 'datetime',
      format: 'YYYY-MM-DD',
      time_format: false,
    }));
});

describe('the institution pages', () => {
  const { files = [] } = collection(COLLECTIONS.pages);

  it('are the legal notice, privacy and accessibility pages in both languages, files that exist', () => {
    expect(files.map((file) => file.file).sort()).toEqual(
      LANGS.flatMap((lang) =>
        Object.values(INSTITUTION_PAGES).map((names) => `content/pages/${lang}/${names[lang]}.md`),
      ).sort(),
    );
    for (const { file } of files) expect(existsSync(new URL(`../../${file}`, import.meta.url)), file).toBe(true);
  });

  it('have a field for every key of their schema, and their text', () => {
    for (const { fields } of files)
      expect(fields.map((candidate) => candidate.name)).toEqual([...Object.keys(institutionPageSchema.shape), 'body']);
  });
});

describe('the backend', () => {
  it('is the hospital’s GitLab, signed in with PKCE, with drafts, reviews and merge requests', () => {
    expect(hosted.backend).toMatchObject({
      name: 'gitlab',
      auth_type: 'pkce',
      api_root: `${SITE.cms.baseUrl}/api/v4`,
      base_url: SITE.cms.baseUrl,
    });
    expect(hosted.publish_mode).toBe('editorial_workflow');
    expect(hosted.local_backend).toBeUndefined();
  });

  it('is the local proxy with npm run cms, writing to the working tree without a workflow', () => {
    expect(local.local_backend).toEqual({ url: 'http://127.0.0.1:8081/api/v1' });
    expect(local.publish_mode).toBeUndefined();
    expect(local.site_url).toBe('http://localhost:4321');
  });
});

describe('the admin page’s CSP', () => {
  it('lets the CMS reach the Git host, and nothing else outside the site', () =>
    expect(adminCsp(SITE.cms).directives).toEqual([
      `connect-src 'self' blob: ${SITE.cms.baseUrl}`,
      `img-src 'self' data: blob: ${SITE.cms.baseUrl}`,
    ]));

  it('lets it reach only the local proxy while editing locally', () =>
    expect(adminCsp(SITE.cms, 'http://127.0.0.1:8081/api/v1').directives).toEqual([
      "connect-src 'self' blob: http://127.0.0.1:8081",
      "img-src 'self' data: blob:",
    ]));

  it('reaches GitHub’s API and avatars for a GitHub repository', () =>
    expect(adminCsp({ host: 'github', repo: 'a/b', branch: 'main' }).directives).toEqual([
      "connect-src 'self' blob: https://api.github.com",
      "img-src 'self' data: blob: https://avatars.githubusercontent.com",
    ]));
});

describe.each([
  ['content/articles/fr/varices-quand-consulter/index.md', 'varices-quand-consulter'],
  ['content/articles/fr/alimentation-seniors.md', 'alimentation-seniors'],
  ['content/articles/de/teddybaer-spital/index.mdx', 'teddybaer-spital'],
])('articleSlug(%s)', (path, slug) => {
  it(`is ${slug}`, () => expect(articleSlug(path)).toBe(slug));
});

describe.each([
  ['vaccination, santé mentale', ['vaccination', 'santé mentale']],
  [' grippe ,, hiver , ', ['grippe', 'hiver']],
  ['', []],
])('splitTags(%j)', (text, tags) => {
  it(`is ${JSON.stringify(tags)}`, () => expect(splitTags(text)).toEqual(tags));
});
