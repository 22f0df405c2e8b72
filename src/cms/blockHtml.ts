import type { Element, Nodes } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import type { BlockNode } from '../lib/markdown/articleBlocks.ts';

/** A figure's picture holds one image per format (see figureBlock): a preview shows the last, the original's. */
function originalImageOnly(node: Nodes): void {
  if (node.type !== 'element' && node.type !== 'root') return;
  if (node.type === 'element' && node.tagName === 'picture') {
    const images = node.children.filter((child): child is Element => child.type === 'element');
    node.children = images.slice(-1);
  }
  for (const child of node.children) originalImageOnly(child);
}

/**
 * The HTML of one of the site's blocks, built by the site's own functions (`calloutBlock`, `videoBlock`,
 * `figureBlock`), so that the CMS's preview shows the markup readers get, in the site's stylesheet.
 */
export function blockHtml(block: BlockNode): string {
  const tree = toHast(block as Parameters<typeof toHast>[0]);
  originalImageOnly(tree);
  return toHtml(tree);
}
