import { afterAll, describe, expect, inject, it } from 'vitest';
import { LANGS, useTranslations } from '../src/lib/i18n.ts';
import { paths } from '../src/lib/paths.ts';
import { closeSharedBrowser, type Visit, visit } from './browser.ts';

const baseUrl = inject('baseUrl');
/** More than the header holds: reaching a target later means the keyboard path is broken. */
const MAX_TABS = 30;

afterAll(closeSharedBrowser);

/** Presses Tab until the focused element matches, and returns how many presses it took (or Infinity). */
async function tabTo({ page }: Visit, selector: string): Promise<number> {
  for (let presses = 1; presses <= MAX_TABS; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return presses;
  }
  return Number.POSITIVE_INFINITY;
}

describe.each(LANGS)('keyboard only, on the %s home page', (lang) => {
  it('starts with the skip link, which moves focus to the content', async () => {
    const home = await visit(baseUrl, paths.home(lang));
    await home.page.keyboard.press('Tab');
    const first = await home.page.evaluate(() => document.activeElement?.textContent);
    await home.page.keyboard.press('Enter');
    const focused = await home.page.evaluate(() => document.activeElement?.id);
    await home.close();
    expect(first).toBe(useTranslations(lang).skipToContent);
    expect(focused).toBe('contenu');
  });

  it('reaches the search box, with a visible focus ring, and searches with Enter', async () => {
    const home = await visit(baseUrl, paths.home(lang));
    const presses = await tabTo(home, '#site-search');
    const outline = await home.page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    await home.page.keyboard.type('vaccin');
    await home.page.keyboard.press('Enter');
    await home.page.waitForURL((url) => url.pathname === paths.search(lang));
    await home.close();
    expect(presses).toBeLessThan(MAX_TABS);
    expect(outline).not.toBe('none');
  });

  it('reaches the first article, whose card shows the focus, and opens it with Enter', async () => {
    const home = await visit(baseUrl, paths.home(lang));
    const presses = await tabTo(home, '.cards h3 a');
    const ring = await home.page.evaluate(
      () => getComputedStyle(document.activeElement?.closest('.card') as Element).outlineStyle,
    );
    const href = await home.page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
    await home.page.keyboard.press('Enter');
    await home.page.waitForURL((url) => url.pathname === href);
    await home.close();
    expect(presses).toBeLessThan(MAX_TABS);
    expect(ring).toBe('solid');
  });
});
