/** The slug of an article from its file's path: `…/fr/varices/index.md` and `…/fr/varices.md` are both `varices`. */
export function articleSlug(path: string): string {
  const file = path.replace(/\.mdx?$/, '').replace(/\/index$/, '');
  return file.slice(file.lastIndexOf('/') + 1);
}
