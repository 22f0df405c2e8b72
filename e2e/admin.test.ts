import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { DECAP_SCRIPT } from '../src/cms/decapPaths.ts';
import { SITE } from '../src/site.config.ts';
import { closeSharedBrowser, visit } from './browser.ts';

const baseUrl = inject('baseUrl');
const dist = inject('dist');
const files = readdirSync(dist, { recursive: true, encoding: 'utf8' });
const publicPages = files.filter((file) => file.endsWith('.html') && !file.startsWith('admin/'));
const admin = readFileSync(join(dist, 'admin/index.html'), 'utf8');

afterAll(closeSharedBrowser);

function csp(html: string): string {
  return html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1] ?? '';
}

function directive(policy: string, name: string): string {
  return policy.split(';').find((part) => part.trim().startsWith(`${name} `)) ?? '';
}

describe('the CMS at /admin/', () => {
  it('is linked from no public page, and is in neither the sitemap nor a feed', () => {
    const linking = publicPages.filter((file) => /href="[^"]*\/admin\//.test(readFileSync(join(dist, file), 'utf8')));
    const listing = files
      .filter((file) => file.endsWith('.xml'))
      .filter((file) => readFileSync(join(dist, file), 'utf8').includes('/admin/'));
    expect(publicPages.length).toBeGreaterThan(20);
    expect({ linking, listing }).toEqual({ linking: [], listing: [] });
  });

  it('asks search engines to stay away and gives the site’s search nothing to index', async () => {
    expect(admin).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(admin).not.toContain('data-pagefind-body');
    const response = await fetch(`${baseUrl}/admin/`);
    expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow');
  });

  it('serves Decap CMS from the site itself, without its source maps', () => {
    expect(existsSync(join(dist, DECAP_SCRIPT))).toBe(true);
    expect(files.filter((file) => file.startsWith('admin/') && file.endsWith('.map'))).toEqual([]);
  });

  it('has its own CSP: eval and inline styles for Decap, the Git host, and nothing more', () => {
    const policy = csp(admin);
    expect(directive(policy, 'script-src')).toContain("'unsafe-eval'");
    expect(directive(policy, 'script-src')).not.toContain("'unsafe-inline'");
    expect(directive(policy, 'style-src')).toContain("'unsafe-inline'");
    expect(directive(policy, 'connect-src').trim()).toBe(`connect-src 'self' blob: ${SITE.cms.baseUrl}`);
    expect(policy).toContain("object-src 'none'");
  });

  it('leaves every public page’s CSP without eval or inline styles', () => {
    const loosened = publicPages.filter((file) => {
      const policy = csp(readFileSync(join(dist, file), 'utf8'));
      return policy.includes("'unsafe-eval'") || directive(policy, 'style-src').includes("'unsafe-inline'");
    });
    expect(loosened).toEqual([]);
  });

  it('opens in French on the GitLab sign-in, with no CSP violation and no request to another site', async () => {
    const { page, cspViolations, foreignRequests, errors, close } = await visit(baseUrl, '/admin/');
    await page.getByRole('button', { name: 'Se connecter avec GitLab' }).waitFor({ timeout: 60_000 });
    await close();
    expect({ cspViolations, foreignRequests, errors }).toEqual({ cspViolations: [], foreignRequests: [], errors: [] });
  });
});
