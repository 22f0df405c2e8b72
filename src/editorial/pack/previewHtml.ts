import { typesetHtml } from '../../lib/typesetHtml.ts';
import { dayHeading, shiftDay } from '../../lib/zurichTime.ts';
import { SITE } from '../../site.config.ts';
import { asset, html, renderDocument } from '../html/html.ts';
import { Page } from '../html/Page.ts';
import type { PackManifest } from './manifestSchema.ts';
import { byTimeThenNetwork, plural } from './presentation.ts';
import { DaySection } from './preview/DaySection.ts';
import { HeldBackSection } from './preview/HeldBackSection.ts';
import { PastSection } from './preview/PastSection.ts';
import { WeekGrid } from './preview/WeekGrid.ts';
import type { SchedulerPlan } from './schedulers.ts';
import { uploadDeadline } from './summary.ts';

const STYLE = asset(import.meta.url, './preview/preview.css');

export interface PreviewOptions {
  schedulers: SchedulerPlan;
  /** Each account's avatar as a data URI, by account id. */
  avatars: ReadonlyMap<string, string>;
}

/**
 * `index.html`, the page the week is approved from: on top the week grid against the rhythm and what needs a hand;
 * then, day by day, each post as its network shows it to a reader (account, text folded where the feed folds it,
 * links as the network writes them, media or link card) beside what the approver signs (time, account, owner,
 * campaign, badges, alt texts, what to attach by hand). Self-contained: CSS inlined, avatars as data URIs, images by
 * relative path into the pack, no script, no font, nothing fetched from elsewhere (its Content-Security-Policy). The
 * page's French is typeset like the site's; what the networks will publish is shown as written.
 */
export function previewHtml(manifest: PackManifest, { schedulers, avatars }: PreviewOptions): string {
  const { week, heldBack } = manifest;
  const posts = [...manifest.posts].sort(byTimeThenNetwork);
  const accounts = new Map(manifest.accounts.map((account) => [account.id, account]));
  const days = Array.from({ length: 7 }, (_, index) => shiftDay(week.start.slice(0, 10), index));
  const past = posts.filter((post) => post.past);
  const deadline = uploadDeadline(schedulers);
  const title = `Posts de la semaine ${week.id}`;
  return typesetHtml(
    renderDocument(
      Page({
        title,
        style: STYLE,
        images: true,
        children: html`<header class="top">
          <h1>Posts de la semaine <span class="nowrap">${week.id}</span></h1>
          <p>
            Du ${dayHeading(days[0]!)} au ${dayHeading(days[6]!)}, heure de Zurich${' · '}
            ${plural(posts.length, 'post', 'posts')} · ${plural(heldBack.length, 'entrée retenue', 'entrées retenues')}
          </p>
          ${deadline === undefined ? null : html`<p><strong>Fichiers d’import à téléverser avant le ${deadline}.</strong></p>`}
        </header>
        <main>
          ${WeekGrid({ days, posts, rhythm: SITE.rhythm })}
          ${past.length > 0 ? PastSection({ posts: past }) : null}
          ${heldBack.length > 0 ? HeldBackSection({ entries: heldBack }) : null}
          ${posts.length === 0 ? html`<p class="empty">Aucun post approuvé cette semaine.</p>` : null}
          ${days
            .filter((day) => posts.some((post) => post.day === day))
            .map((day) =>
              DaySection({ day, posts: posts.filter((post) => post.day === day), accounts, avatars, plan: schedulers }),
            )}
        </main>
        <footer class="bottom">
          Aperçu écrit à partir de manifest.json (${manifest.inputsHash.slice(0, 19)}…). « Voir plus » : coupure
          approximative, plus tôt sur téléphone. Textes à copier : un fichier .md par réseau ; mode d’emploi : LISEZMOI.md.
        </footer>`,
      }),
    ),
  );
}
