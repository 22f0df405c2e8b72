import type { VNode } from 'preact';
import { html } from '../../html/html.ts';
import { foldAt, type NetworkLook } from './networkLook.ts';
import { RichText } from './RichText.ts';

/**
 * The text as the feed shows it before a reader taps: cut where the network folds it, with its "… plus", and the rest
 * behind a disclosure the approver opens to read the whole post. `lead` comes first on the same line (Instagram's
 * username).
 */
export function PostText({ text, look, lead }: { text: string; look: NetworkLook; lead?: VNode }): VNode {
  const cut = look.fold ? foldAt(text, look.fold) : undefined;
  // The post's own words stay as the network will carry them; only the page around them is typeset.
  const rich = (part: string) =>
    html`<span data-as-written>${RichText({ text: part, showLink: look.showLink })}</span>`;
  if (cut === undefined || !look.fold) return html`<p class="text">${lead}${rich(text)}</p>`;
  return html`<div class="text folded">
    <p>${lead}${rich(text.slice(0, cut))}<span class="fold" aria-hidden="true">${' '}${look.fold.label}</span></p>
    <details>
      <summary>Suite du texte, cachée dans le fil jusqu’à «\u00a0${look.fold.label}\u00a0»</summary>
      <p>${rich(text.slice(cut).replace(/^\s+/, ''))}</p>
    </details>
  </div>`;
}
