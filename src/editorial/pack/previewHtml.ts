import { NETWORK_BRAND } from '../../lib/socialNetworks.ts';
import { dayHeading, shiftDay } from '../../lib/zurichTime.ts';
import { asset, html, renderDocument } from '../html/html.ts';
import { Page } from '../html/Page.ts';
import type { PackManifest } from './manifestSchema.ts';
import { byTimeThenNetwork, networksOf, plural } from './presentation.ts';
import { DaySection } from './preview/DaySection.ts';
import { HeldBackSection } from './preview/HeldBackSection.ts';
import type { PreviewAccount } from './preview/PostCard.ts';

const STYLE = asset(import.meta.url, './preview/preview.css');

/**
 * `index.html`: the week as the team will see it on each network, one card per post grouped by day, with its image,
 * time and count against the limit. Self-contained: its CSS (preview/preview.css) inlined, images by relative path
 * into the pack's `media/`, no script, no font, nothing fetched from the network (a Content-Security-Policy forbids it).
 */
export function previewHtml(manifest: PackManifest, account: PreviewAccount): string {
  const { week, heldBack } = manifest;
  const posts = [...manifest.posts].sort(byTimeThenNetwork);
  const days = [...new Set(posts.map((post) => post.day))];
  const title = `Posts de la semaine ${week.id}`;
  const span = `Du ${dayHeading(week.start.slice(0, 10))} au ${dayHeading(shiftDay(week.end.slice(0, 10), -1))}, heure de Zurich`;
  const counts = `${plural(posts.length, 'post', 'posts')} · ${plural(heldBack.length, 'entrée retenue', 'entrées retenues')}`;
  const footer = `Aperçu généré à partir de manifest.json (${manifest.inputsHash.slice(0, 19)}…). Les textes à copier sont dans les fichiers par réseau (x.md, facebook.md…).`;
  return renderDocument(
    Page({
      title,
      style: STYLE,
      images: true,
      children: html`<header class="top">
          <h1>${title}</h1>
          <p>${span} · ${counts}</p>
          <ul class="legend">
            ${networksOf(posts).map(
              (network) => html`<li>
                <span class="dot net-${network}"></span>${NETWORK_BRAND[network].label}${' '}
                <b>${posts.filter((post) => post.network === network).length}</b>
              </li>`,
            )}
          </ul>
        </header>
        <main>
          ${posts.length === 0 ? html`<p class="empty">Aucun post approuvé cette semaine.</p>` : null}
          ${days.map((day) => DaySection({ day, posts: posts.filter((post) => post.day === day), account }))}
          ${heldBack.length > 0 ? HeldBackSection({ entries: heldBack }) : null}
        </main>
        <footer class="bottom">${footer}</footer>`,
    }),
  );
}
