import type { VNode } from 'preact';
import { html } from '../../html/html.ts';
import type { PostRecord } from '../manifestSchema.ts';
import { hootsuiteAttachments, hootsuiteDate, hootsuiteTime, type SchedulerPlan } from '../schedulers.ts';

/**
 * Beside the post, what the schedulers' files cannot carry: every image with the alt text to paste, the first comment,
 * the video title; and which Hootsuite file and row they go to.
 */
export function ManualSteps({ post, plan }: { post: PostRecord; plan: SchedulerPlan }): VNode | null {
  const attachments = hootsuiteAttachments(post);
  const file = plan.hootsuite.find((candidate) => candidate.posts.includes(post));
  if (attachments === undefined) return null;
  const where = file
    ? `Dans Hootsuite, ligne du ${hootsuiteDate(hootsuiteTime(new Date(post.scheduledAt)))} de ${file.path} :`
    : 'À joindre en publiant à la main :';
  const publer = file && plan.mediaBaseUrl === undefined && post.media.length > 0;
  return html`<div class="manual">
    <h4>À joindre à la main</h4>
    <p>${where}</p>
    <ul>
      ${attachments.media.map(
        (media) => html`<li>
          ${media.kind === 'video' ? 'Vidéo' : 'Image'} <code>${media.file}</code>, texte alternatif :${' '}
          <q data-as-written>${media.alt}</q>${media.credit === null ? null : html` (crédit : <span data-as-written>${media.credit}</span>)`}
        </li>`,
      )}
      ${attachments.title === null ? null : html`<li>Titre de la vidéo : <q data-as-written>${attachments.title}</q></li>`}
      ${attachments.firstComment === null ? null : html`<li>Premier commentaire : <q data-as-written>${attachments.firstComment}</q></li>`}
    </ul>
    ${
      publer
        ? html`<p class="muted">
            Dans Publer aussi, joindre les images (sans <code class="nowrap">--media-url</code>, son fichier n’en a pas
            l’adresse).
          </p>`
        : null
    }
  </div>`;
}
