import type { VNode } from 'preact';
import { html } from '../../html/html.ts';
import type { PackMedia } from '../manifestSchema.ts';

/** The post's images (from the pack's `media/`) as the feed lays them out, and its videos (named: no player here). */
export function MediaBlock({ media, carousel = false }: { media: readonly PackMedia[]; carousel?: boolean }): VNode {
  // Instagram shows a carousel one picture at a time, with dots: the first, and how many follow.
  const shown = carousel ? media.slice(0, 1) : media;
  return html`<div class=${shown.length > 1 ? 'media several' : 'media'} data-as-written>
    ${shown.map((item) =>
      item.kind === 'image'
        ? html`<img src=${item.file} alt=${item.alt} width=${item.width ?? undefined} height=${item.height ?? undefined} />`
        : html`<div class="video" role="img" aria-label=${`Vidéo ${item.file} : ${item.alt}`}>
            <span aria-hidden="true">▶</span> ${item.file}
          </div>`,
    )}
    ${carousel && media.length > 1 ? html`<span class="count">1/${media.length}</span>` : null}
  </div>`;
}
