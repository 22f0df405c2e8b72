/**
 * A file beside the content as the site reads it, `./schema.jpg`: the CMS's media library gives a bare name
 * (`schema.jpg`), which Astro would take for a package. Paths that already say where they start are left alone.
 */
export function relativePath(path: string): string {
  return path === '' || /^(\.{1,2}\/|\/|[a-z][a-z0-9+.-]*:)/i.test(path) ? path : `./${path}`;
}
