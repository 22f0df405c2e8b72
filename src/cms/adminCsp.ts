import type { CmsBackendConfig } from '../site.config.ts';

/** What the admin page adds to the site's Content-Security-Policy, and why; public pages get none of it. */
export interface AdminCsp {
  /** Sources added to `script-src`. */
  script: string[];
  /** Sources of `style-src` (replacing the per-page hashes, which browsers ignore beside 'unsafe-inline'). */
  style: string[];
  /** Whole directives merged into the site's. */
  directives: (`connect-src ${string}` | `img-src ${string}`)[];
}

/** The Git host's addresses the CMS talks to from the browser: its API, and its sign-in token endpoint. */
function gitHostOrigins(cms: CmsBackendConfig): string[] {
  if (cms.host === 'github') return ['https://api.github.com'];
  return [new URL(cms.baseUrl ?? 'https://gitlab.com').origin];
}

/** Where signed-in editors' avatars come from. */
function avatarOrigins(cms: CmsBackendConfig): string[] {
  return cms.host === 'github' ? ['https://avatars.githubusercontent.com'] : gitHostOrigins(cms);
}

/**
 * The admin page's policy, as tight as Decap CMS 3 allows:
 * - `'unsafe-eval'`: Decap checks its configuration with ajv, which compiles validators with `new Function`;
 * - `style-src 'unsafe-inline'`: its interface styles itself with emotion, which writes `<style>` elements;
 * - `blob:` for images and fetches: images chosen or read from the repository are previewed from memory;
 * - the Git host (API and sign-in), or the local proxy on 127.0.0.1 while editing with `npm run cms`.
 * Scripts still load from the site only: Decap's bundle is served from /admin/decap/, never from a CDN.
 */
export function adminCsp(cms: CmsBackendConfig, localProxy?: string): AdminCsp {
  const connect = localProxy ? [new URL(localProxy).origin] : gitHostOrigins(cms);
  const images = localProxy ? [] : avatarOrigins(cms);
  return {
    script: ["'unsafe-eval'"],
    style: ["'self'", "'unsafe-inline'"],
    directives: [
      `connect-src 'self' blob: ${connect.join(' ')}`,
      `img-src 'self' data: blob:${images.map((origin) => ` ${origin}`).join('')}`,
    ],
  };
}
