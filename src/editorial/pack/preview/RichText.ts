import type { VNode } from 'preact';
import { html } from '../../html/html.ts';

const LINK_OR_TAG = /(https?:\/\/[^\s<]+)|(^|[\s(])([#@][\p{L}\p{N}_]+(?:@[\p{L}\p{N}.-]+[\p{L}\p{N}])?)/gu;

/**
 * A post's text as the networks show it: line breaks kept (by the CSS), links (written as the network writes them,
 * `showLink`), hashtags and mentions coloured, none of them clickable (the preview is for reading, not for visiting).
 */
export function RichText({
  text,
  showLink = (url) => url,
}: {
  text: string;
  showLink?: (url: string) => string;
}): (string | VNode)[] {
  const parts: (string | VNode)[] = [];
  let from = 0;
  for (const match of text.matchAll(LINK_OR_TAG)) {
    const [whole, url, before = '', tag] = match;
    parts.push(text.slice(from, match.index));
    parts.push(url ? html`<span class="link">${showLink(url)}</span>` : html`${before}<span class="tag">${tag}</span>`);
    from = match.index + whole.length;
  }
  parts.push(text.slice(from));
  return parts;
}
