import { mkdirSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPacks } from '../src/editorial/pack/buildPack.ts';
import { parseZurichTime } from '../src/lib/zurichTime.ts';
import { closeSharedBrowser, sharedBrowser } from './browser.ts';

const root = new URL('..', import.meta.url).pathname;
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Where the screenshots go, to be looked at: `test-results/` is not versioned. */
const SHOTS = join(root, 'test-results', 'pack-preview');

afterAll(closeSharedBrowser);

/**
 * The pack's preview as the director opens it to approve the week: from the pack folder on disk (file://), in
 * Chromium, at a desk's width and a phone's. The fixture week, seen on Wednesday morning: some posts are past.
 */
describe.each([1280, 390])('the pack preview at %i px', (width) => {
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'passerelle-preview-'));
    const [pack] = await buildPacks({
      weeks: ['2026-W48'],
      now: parseZurichTime('2026-11-25 09:00'),
      calendarDir: join(root, 'tests/pack/fixtures/calendar-week'),
      contentDir: join(root, 'tests/pack/fixtures/content'),
      root,
      mediaDir: join(root, 'tests/pack/fixtures/media'),
      outDir,
    });
    context = await (await sharedBrowser()).newContext({ viewport: { width, height: 900 } });
    // Recorded, then refused: the preview must work offline, so it may ask for nothing beyond its folder.
    await context.route(
      (url) => url.protocol !== 'file:' && url.protocol !== 'data:',
      (route) => {
        requests.push(route.request().url());
        return route.abort();
      },
    );
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(pathToFileURL(join(pack!.target, 'index.html')).href, { waitUntil: 'load' });
  });

  afterAll(() => context?.close());

  it('loads every image from the pack folder, asks for nothing elsewhere, and breaks no rule of its policy', async () => {
    const broken = await page.$$eval('img', (images) =>
      images.filter((image) => !image.complete || image.naturalWidth === 0).map((image) => image.src.slice(0, 80)),
    );
    expect(broken).toEqual([]);
    expect(await page.locator('img').count()).toBeGreaterThan(20);
    expect(requests).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('has no WCAG 2.2 A or AA violation (axe-core)', async () => {
    const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
    expect(
      results.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`,
      ),
    ).toEqual([]);
  });

  it('fits the width without scrolling sideways (the week grid scrolls inside its own box)', async () => {
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });

  it('folds a caption where the network does, and shows the rest on demand', async () => {
    const instagram = page.locator('#post-grippe-gestes-instagram');
    await expect.poll(() => instagram.locator('.fold').textContent()).toBe(' … plus');
    const rest = instagram.locator('details p');
    expect(await rest.isVisible()).toBe(false);
    await instagram.locator('summary').click();
    expect(await rest.isVisible()).toBe(true);
    expect(await rest.textContent()).toContain('lien en bio');
    await instagram.locator('summary').click();
  });

  it('is screenshot whole, for people to look at', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const file = join(SHOTS, `preview-${width}.png`);
    await page.screenshot({ path: file, fullPage: true });
    const { width: shotWidth, height } = await sharp(file).metadata();
    expect(shotWidth).toBe(width);
    expect(height).toBeGreaterThan(2000);
    console.info(`Aperçu du pack à ${width} px : ${file}`);
  });
});
