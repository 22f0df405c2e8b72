/**
 * Feed readers show article HTML outside the site, so every site-relative address must become absolute,
 * and the interactive parts (scripts, the video button) are dropped for the plain link beside them.
 */
export function absolutizeHtml(html: string, site: string): string {
  const base = site.endsWith('/') ? site : `${site}/`;
  const absolute = (path: string) => new URL(path, base).href;
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<button\b[^>]*>[\s\S]*?<\/button>/gi, '')
    .replace(
      /\s(href|src|poster)="(\/[^"/][^"]*|\/)"/g,
      (_, attribute: string, path: string) => ` ${attribute}="${absolute(path)}"`,
    )
    .replace(/\ssrcset="([^"]*)"/g, (_, srcset: string) => {
      const candidates = srcset.split(',').map((candidate) => {
        const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
        return [url.startsWith('/') ? absolute(url) : url, ...descriptor].join(' ');
      });
      return ` srcset="${candidates.join(', ')}"`;
    });
}
