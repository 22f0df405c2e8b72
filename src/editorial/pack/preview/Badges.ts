import type { VNode } from 'preact';
import { html } from '../../html/html.ts';
import type { PostRecord } from '../manifestSchema.ts';
import { hootsuiteAttachments } from '../schedulers.ts';

/** What the approver must know at a glance: each badge says what it means in words, not in colour alone. */
export function Badges({ post }: { post: PostRecord }): VNode | null {
  const badges: [string, string][] = [];
  if (post.past) badges.push(['past', 'Trop tard pour un planificateur : à publier à la main ou à reprogrammer']);
  if (post.truncated) badges.push(['cut', 'Texte raccourci pour tenir dans la limite']);
  if (post.droppedHashtags.length > 0)
    badges.push(['cut', `Mots-clés retirés : ${post.droppedHashtags.map((tag) => `#${tag}`).join(' ')}`]);
  if (!post.past && hootsuiteAttachments(post) !== undefined)
    badges.push(['manual', 'Hootsuite : pièce jointe à ajouter à la main']);
  if (post.media.some((media) => media.origin !== 'calendar'))
    badges.push(['info', 'Image reprise de l’article (le post n’en avait pas)']);
  if (post.sameTextAs.length > 0)
    badges.push(['past', `Même texte que ${post.sameTextAs.join(', ')} : le réseau peut le refuser`]);
  if (badges.length === 0) return null;
  return html`<ul class="badges">
    ${badges.map(([kind, text]) => html`<li class=${`badge ${kind}`}>${text}</li>`)}
  </ul>`;
}
