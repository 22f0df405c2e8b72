import type { VNode } from 'preact';
import { html } from '../../html/html.ts';

/** The account's picture, round or square as the network draws it; decorative, since its name stands beside it. */
export function Avatar({
  src,
  shape,
  size = 40,
}: {
  src: string | undefined;
  shape: 'round' | 'square';
  size?: number;
}): VNode {
  return src === undefined
    ? html`<span class="avatar ${shape}" style="width:${size}px;height:${size}px" aria-hidden="true"></span>`
    : html`<img class="avatar ${shape}" src=${src} alt="" width=${size} height=${size} />`;
}
