import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { launchChromium } from '../src/testSupport/chromium.ts';

export interface Visit {
  page: Page;
  /** Requests to any origin other than the site's. */
  foreignRequests: string[];
  /** Console messages and `securitypolicyviolation` events about the Content-Security-Policy. */
  cspViolations: string[];
  errors: string[];
  close: () => Promise<void>;
}

let browser: Promise<Browser> | undefined;

/** One headless Chromium per test file, shared by its tests. */
export function sharedBrowser(): Promise<Browser> {
  browser ??= launchChromium(chromium);
  return browser;
}

export async function closeSharedBrowser(): Promise<void> {
  if (browser) await (await browser).close();
  browser = undefined;
}

/** Opens a page of the site in a fresh context, recording what leaves the site and what the CSP blocks. */
export async function visit(baseUrl: string, path: string, options: BrowserContextOptions = {}): Promise<Visit> {
  const context = await (await sharedBrowser()).newContext(options);
  const page = await context.newPage();
  const origin = new URL(baseUrl).origin;
  const visit: Visit = { page, foreignRequests: [], cspViolations: [], errors: [], close: () => context.close() };
  // Recorded, then refused: the tests never reach the network, whatever a page asks for.
  await context.route(
    (url) => url.origin !== origin && url.protocol !== 'data:',
    (route) => {
      visit.foreignRequests.push(route.request().url());
      return route.abort();
    },
  );
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) visit.cspViolations.push(message.text());
    else if (message.type() === 'error') visit.errors.push(message.text());
  });
  page.on('pageerror', (error) => visit.errors.push(error.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
  return visit;
}
