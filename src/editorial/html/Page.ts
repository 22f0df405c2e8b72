import type { ComponentChildren, VNode } from 'preact';
import { NETWORK_BRAND, NETWORK_IDS } from '../../lib/socialNetworks.ts';
import { cspHash, html } from './html.ts';

export interface PageProps {
  title: string;
  /** The page's own CSS, inlined. */
  style: string;
  /** The page's own script, inlined at the end of the body; the Content-Security-Policy allows it alone. */
  script?: string;
  /** Whether the page shows images beside it (the pack's `media/`). */
  images?: boolean;
  children: ComponentChildren;
}

/** `.net-x{--net:#0f1419}`…: each network's colour as `--net` on elements of class `net-<id>`. */
const NETWORK_COLORS = NETWORK_IDS.map((network) => `.net-${network}{--net:${NETWORK_BRAND[network].color}}`).join('');

/**
 * The head every page of the engine shares (the desk's calendar, the pack's preview): French, for phones, internal
 * (never indexed), and self-contained: its CSS and script are inlined and its Content-Security-Policy lets it fetch
 * nothing but images beside it, so it works offline from its folder or from an e-mail attachment.
 */
export function Page({ title, style, script, images = false, children }: PageProps): VNode {
  const policy = [
    "default-src 'none'",
    ...(images ? ["img-src 'self' data:"] : []),
    // Elements carry a few style attributes (a gauge's width): styles stay inline.
    "style-src 'unsafe-inline'",
    ...(script === undefined ? [] : [`script-src ${cspHash(script)}`]),
  ].join('; ');
  return html`<html lang="fr">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta http-equiv="Content-Security-Policy" content=${policy} />
      <meta name="robots" content="noindex" />
      <title>${title}</title>
      <style dangerouslySetInnerHTML=${{ __html: `${NETWORK_COLORS}\n${style}` }}></style>
    </head>
    <body>
      ${children}
      ${script === undefined ? null : html`<script dangerouslySetInnerHTML=${{ __html: script }}></script>`}
    </body>
  </html>`;
}
