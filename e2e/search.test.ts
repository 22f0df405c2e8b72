import { afterAll, describe, expect, inject, it } from 'vitest';
import { LANGS, SEGMENTS } from '../src/lib/i18n.ts';
import { paths } from '../src/lib/paths.ts';
import { SITE } from '../src/site.config.ts';
import { closeSharedBrowser, visit } from './browser.ts';
import { SEARCH_WORD } from './fixtureArticles.ts';

const baseUrl = inject('baseUrl');

afterAll(closeSharedBrowser);

describe.each(LANGS)('the %s search page', (lang) => {
  it('finds the published articles by a word of their body, and no draft or scheduled article', async () => {
    const { page, close } = await visit(baseUrl, `${paths.search(lang)}?q=${SEARCH_WORD}`);
    await page.locator('.search-results li').first().waitFor();
    const links = await page
      .locator('.search-results a')
      .evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const status = await page.locator('.search-status').textContent();
    await close();
    expect(links).toHaveLength(SITE.pageSize + 1);
    for (const link of links)
      expect(link).toMatch(new RegExp(`^/${lang === 'fr' ? '' : 'de/'}${SEGMENTS.article[lang]}/e2e-fixture-\\d+/$`));
    expect(links.join(' ')).not.toMatch(/e2e-(draft|future)/);
    expect(status).toContain(String(SITE.pageSize + 1));
  });

  it('says so when nothing matches', async () => {
    const { page, close } = await visit(baseUrl, `${paths.search(lang)}?q=zzzzzz`);
    await page.locator('.search-status:not(:empty)').waitFor();
    const count = await page.locator('.search-results li').count();
    await close();
    expect(count).toBe(0);
  });
});

describe('the header search box', () => {
  it('takes the reader from any page to the results', async () => {
    const { page, close } = await visit(baseUrl, paths.home('de'));
    await page.locator('#site-search').fill(SEARCH_WORD);
    await page.locator('#site-search').press('Enter');
    await page.locator('.search-results li').first().waitFor();
    const url = new URL(page.url());
    const first = await page.locator('.search-results a').first().getAttribute('href');
    await close();
    expect(url.pathname).toBe(paths.search('de'));
    expect(url.searchParams.get('q')).toBe(SEARCH_WORD);
    expect(first).toContain(`/de/${SEGMENTS.article.de}/`);
  });
});
