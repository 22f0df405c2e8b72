import { afterAll, describe, expect, inject, it } from 'vitest';
import { CATEGORIES, CATEGORY_IDS } from '../src/lib/categories.ts';
import { useTranslations } from '../src/lib/i18n.ts';
import { closeSharedBrowser, visit } from './browser.ts';
import { pageTypes } from './pageTypes.ts';

const baseUrl = inject('baseUrl');
const dist = inject('dist');
/** A small phone's first screen. */
const PHONE = { width: 360, height: 640 };

afterAll(closeSharedBrowser);

describe.each(pageTypes(dist))('the header of $name on a 360 px phone', ({ path }) => {
  it('takes at most a quarter of the first screen, and keeps the four categories one tap away', async () => {
    const { page, close } = await visit(baseUrl, path, { viewport: PHONE });
    // In the page's own language: the one 404 page, in French, also answers German addresses.
    const lang = (await page.locator('html').getAttribute('lang'))?.startsWith('de') ? 'de' : 'fr';
    const header = page.locator('.site-header');
    const height = await header.evaluate((element) => element.getBoundingClientRect().height);
    const visibleBefore = await header
      .getByRole('link', { name: CATEGORIES[CATEGORY_IDS[0]].label[lang], exact: true })
      .filter({ visible: true })
      .count();
    await header.getByText(useTranslations(lang).menu, { exact: true }).click();
    const visibleAfter = await Promise.all(
      CATEGORY_IDS.map((id) =>
        header.getByRole('link', { name: CATEGORIES[id].label[lang], exact: true }).first().isVisible(),
      ),
    );
    await close();
    expect(height).toBeLessThanOrEqual(PHONE.height / 4);
    expect(visibleBefore).toBe(0);
    expect(visibleAfter).toEqual(CATEGORY_IDS.map(() => true));
  });
});
