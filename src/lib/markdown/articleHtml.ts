import type { Element, Root, RootContent } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { htmlToHast } from 'satteri';
import { ARTICLE_ALLOWLIST } from './articleAllowlist.ts';

const IMAGE_TYPES: Record<string, string> = {
  avif: 'image/avif',
  webp: 'image/webp',
  png: 'image/png',
  jpg: 'image/jpeg',
};

function each(node: Root | RootContent, visit: (element: Element) => void): void {
  if (node.type === 'element') visit(node);
  if ('children' in node) for (const child of node.children) each(child, visit);
}

/** A figure's picture holds one image per format (see `figureBlock`): all but the last become its `<source>` elements. */
function pictureSources(picture: Element): void {
  const images = picture.children.filter(
    (child): child is Element => child.type === 'element' && child.tagName === 'img',
  );
  const fallback = images.at(-1);
  if (fallback) {
    const { src, srcSet, alt, sizes, ...rest } = fallback.properties;
    fallback.properties = { src, srcSet, alt, sizes, ...rest };
  }
  for (const image of images.slice(0, -1)) {
    const { srcSet, sizes, src } = image.properties;
    const extension =
      String(src ?? '')
        .split('.')
        .at(-1)
        ?.toLowerCase() ?? '';
    image.tagName = 'source';
    image.properties = { srcSet, type: IMAGE_TYPES[extension], sizes };
  }
}

/** Site-relative addresses made absolute, for feed readers that show the article outside the site. */
function absolute(element: Element, base: string): void {
  const resolve = (value: unknown) =>
    typeof value === 'string' && value.startsWith('/') ? new URL(value, base).href : value;
  for (const name of ['href', 'src'])
    if (name in element.properties) element.properties[name] = resolve(element.properties[name]) as string;
  const srcSet = element.properties['srcSet'];
  if (typeof srcSet === 'string' || Array.isArray(srcSet)) {
    element.properties['srcSet'] = [srcSet]
      .flat()
      .join(',')
      .split(',')
      .map((candidate) => {
        const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
        return [resolve(url), ...descriptor].join(' ');
      })
      .join(', ');
  }
}

/**
 * An article body as readers get it, from the HTML Astro rendered for it (Markdown or MDX): through the allowlist,
 * figures as `<picture>` with their sources. With `feedBase` (the site's address), for feed readers: addresses made
 * absolute and the video's button dropped, leaving the plain link to the video.
 */
export function articleHtml(html: string, options: { feedBase?: string } = {}): string {
  const tree = sanitize(htmlToHast(html, { fragment: true }) as Root, ARTICLE_ALLOWLIST) as Root;
  const base = options.feedBase && (options.feedBase.endsWith('/') ? options.feedBase : `${options.feedBase}/`);
  each(tree, (element) => {
    if (element.tagName === 'picture') pictureSources(element);
    if (base) {
      absolute(element, base);
      element.children = element.children.filter((child) => !(child.type === 'element' && child.tagName === 'button'));
    }
  });
  return toHtml(tree).trim();
}
