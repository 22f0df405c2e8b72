import AxeBuilder from '@axe-core/playwright';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { closeSharedBrowser, visit } from './browser.ts';
import { articlePages, pageTypes } from './pageTypes.ts';

const baseUrl = inject('baseUrl');
const dist = inject('dist');
const pages = [...pageTypes(dist), ...articlePages(dist).map((path) => ({ name: path, path }))];
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

afterAll(closeSharedBrowser);

describe.concurrent('axe-core', () => {
  it.for(pages)(
    '$name has no WCAG 2.2 A or AA violation, and keeps AA contrast in the dark scheme',
    // Pages are checked several at a time on two cores: one axe run takes 5–8 s alone, several times that together.
    { timeout: 180_000 },
    async ({ path }, { expect }) => {
      const { page, close } = await visit(baseUrl, path, { colorScheme: 'light' });
      const light = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
      // Only colours change with the scheme: the dark pass checks contrast, and so takes a fraction of the time.
      await page.emulateMedia({ colorScheme: 'dark' });
      const dark = await new AxeBuilder({ page }).withRules(['color-contrast', 'link-in-text-block']).analyze();
      await close();
      const found = [
        ...light.violations.map((v) => ['light', v] as const),
        ...dark.violations.map((v) => ['dark', v] as const),
      ];
      expect(
        found.map(
          ([scheme, violation]) =>
            `${scheme} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
    },
  );
});

describe('reflow', () => {
  it.each(pageTypes(dist))('$name fits 320 CSS pixels without horizontal scrolling', async ({ path }) => {
    const { page, close } = await visit(baseUrl, path, { viewport: { width: 320, height: 640 } });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    await close();
    expect(width).toBeLessThanOrEqual(320);
  });
});

describe('motion and print', () => {
  const article = pageTypes(dist).find((type) => type.name === 'article fr')?.path ?? '/';

  it.each([
    ['reduce', 'auto'],
    ['no-preference', 'smooth'],
  ] as const)('scrolls %s → %s', async (reducedMotion, expected) => {
    const { page, close } = await visit(baseUrl, article, { reducedMotion });
    const behaviour = await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
    await close();
    expect(behaviour).toBe(expected);
  });

  it('prints the article without navigation, search, sharing or footer', async () => {
    const { page, close } = await visit(baseUrl, article);
    await page.emulateMedia({ media: 'print' });
    const hidden = await page.evaluate(() =>
      ['.site-nav', '.search-box', '.share', '.site-footer', '.prev-next'].map((selector) => [
        selector,
        getComputedStyle(document.querySelector(selector) ?? document.body).display,
      ]),
    );
    const prose = await page.locator('.prose').isVisible();
    await close();
    expect(hidden).toEqual(hidden.map(([selector]) => [selector, 'none']));
    expect(prose).toBe(true);
  });
});
