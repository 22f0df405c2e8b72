import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { closeSharedBrowser, visit } from './browser.ts';
import { articlePages, pageTypes } from './pageTypes.ts';

const baseUrl = inject('baseUrl');
const dist = inject('dist');

afterAll(closeSharedBrowser);

describe.each(pageTypes(dist))('$name', ({ name, path }) => {
  it('carries a CSP whose scripts need a hash or the site itself, never unsafe-inline', async () => {
    const { page, close } = await visit(baseUrl, path);
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    await close();
    const scriptSrc = csp?.split(';').find((directive) => directive.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(csp).toContain("object-src 'none'");
  });

  it('loads with no CSP violation, no script error and no request to another site', async () => {
    const { cspViolations, errors, foreignRequests, close } = await visit(baseUrl, path);
    await close();
    expect(cspViolations).toEqual([]);
    // The 404 page is served with its status, which the console reports.
    expect(name.startsWith('404') ? [] : errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});

describe('the static host headers (public/_headers)', () => {
  it.each([
    ['content-security-policy', "frame-ancestors 'none'"],
    ['x-content-type-options', 'nosniff'],
    ['referrer-policy', 'strict-origin-when-cross-origin'],
    ['strict-transport-security', 'max-age='],
    ['permissions-policy', 'camera=()'],
  ])('sends %s with %s', async (header, expected) => {
    const response = await fetch(`${baseUrl}/`);
    expect(response.headers.get(header)).toContain(expected);
  });

  // The CMS holds a session; a public page holds none, and the header would cost each arrival a new browser process.
  it('isolates the CMS from other sites’ windows, and only the CMS', async () => {
    expect((await fetch(`${baseUrl}/admin/`)).headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect((await fetch(`${baseUrl}/`)).headers.get('cross-origin-opener-policy')).toBeNull();
  });
});

describe('article pages', () => {
  const pages = articlePages(dist).map((path) => ({
    path,
    html: readFileSync(join(dist, path, 'index.html'), 'utf8'),
  }));
  const withVideo = pages.filter((page) => page.html.includes('<passerelle-video'));

  it('run no JavaScript unless they embed a video', () => {
    const scripted = pages.filter(
      (page) => !withVideo.includes(page) && /<script(?![^>]*application\/ld\+json)/.test(page.html),
    );
    expect(pages.length - withVideo.length).toBeGreaterThan(0);
    expect(scripted.map((page) => page.path)).toEqual([]);
  });

  it.each(withVideo.map((page) => page.path))(
    '%s asks the video host for nothing until the reader clicks play',
    async (path) => {
      const { page, foreignRequests, cspViolations, close } = await visit(baseUrl, path);
      const before = [...foreignRequests];
      await page.locator('passerelle-video button').first().click();
      const iframe = await page.locator('passerelle-video iframe').first().getAttribute('src');
      await close();
      expect(before).toEqual([]);
      expect(iframe).toMatch(/^https:\/\/(www\.youtube-nocookie\.com|player\.vimeo\.com)\//);
      expect(cspViolations).toEqual([]);
    },
  );
});
