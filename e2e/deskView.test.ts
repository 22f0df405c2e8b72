import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewCalendar } from '../src/editorial/desk/viewCalendar.ts';
import { parseZurichTime } from '../src/lib/zurichTime.ts';
import { closeSharedBrowser, sharedBrowser } from './browser.ts';

const root = new URL('..', import.meta.url).pathname;

afterAll(closeSharedBrowser);

/** Keys of the items shown in the month view, and of all of them, with the attributes the filters read. */
async function monthItems(page: Page) {
  return page.$$eval('[data-view="month"] .item', (items) =>
    items.map((item) => ({
      visible: !(item as HTMLElement).hidden,
      network: item.getAttribute('data-network'),
      status: item.getAttribute('data-status'),
      campaign: item.getAttribute('data-campaign'),
      kind: item.getAttribute('data-kind'),
    })),
  );
}

describe('the editors’ desk view (calendar:view) in Chromium, on the sample calendar', () => {
  let page: Page;

  beforeAll(async () => {
    const view = viewCalendar({
      calendarDir: `${root}editorial/calendar`,
      contentDir: `${root}content/articles`,
      root,
      mediaDir: `${root}editorial/media`,
      now: parseZurichTime('2026-11-23 09:00'),
    });
    page = await (await (await sharedBrowser()).newContext()).newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setContent(view.html);
    expect(errors).toEqual([]);
  });

  it('shows every item at first', async () => {
    const items = await monthItems(page);
    expect(items.length).toBeGreaterThan(10);
    expect(items.every((item) => item.visible)).toBe(true);
  });

  it('hides one network’s posts when it is unticked, and only those', async () => {
    const before = await monthItems(page);
    expect(before.some((item) => item.network === 'x')).toBe(true);
    await page.getByRole('checkbox', { name: 'X', exact: true }).uncheck();
    const after = await monthItems(page);
    expect(after.map((item) => item.visible)).toEqual(before.map((item) => item.network !== 'x'));
    await page.getByRole('checkbox', { name: 'X', exact: true }).check();
    expect((await monthItems(page)).every((item) => item.visible)).toBe(true);
  });

  it('keeps one campaign’s posts when a campaign is chosen', async () => {
    const campaign = (await monthItems(page)).find((item) => item.kind === 'post' && item.campaign !== '-')?.campaign;
    expect(campaign).toBeTruthy();
    await page.getByRole('combobox').selectOption(campaign!);
    const items = await monthItems(page);
    expect(items.some((item) => item.visible)).toBe(true);
    expect(items.map((item) => item.visible)).toEqual(
      items.map((item) => item.kind === 'post' && item.campaign === campaign),
    );
    await page.getByRole('combobox').selectOption('');
  });

  it('switches between the month and the week view', async () => {
    await page.getByRole('button', { name: 'Semaines' }).click();
    expect(await page.isVisible('[data-view="week"].view')).toBe(true);
    expect(await page.isHidden('[data-view="month"].view')).toBe(true);
    expect(await page.getByRole('button', { name: 'Semaines' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Mois' }).click();
    expect(await page.isVisible('[data-view="month"].view')).toBe(true);
  });
});
