import type { VNode } from 'preact';
import { html } from '../../html/html.ts';
import type { PostRecord } from '../manifestSchema.ts';
import { postLabel } from '../summary.ts';
import { postAnchor } from './PostEntry.ts';

/** The posts too late for a scheduler when the pack was made: out of its files, to publish by hand or move. */
export function PastSection({ posts }: { posts: readonly PostRecord[] }): VNode {
  return html`<section class="alert" aria-labelledby="past">
    <h2 id="past">À publier à la main ou à reprogrammer <small>${posts.length}</small></h2>
    <p>
      Trop tard pour un planificateur au moment de l’export (déjà passés, ou dans moins de 30 minutes) : ces posts ne
      sont dans aucun fichier de hootsuite/ ni de publer/.
    </p>
    <ul>
      ${posts.map((post) => html`<li><a href="#${postAnchor(post)}">${postLabel(post)}</a></li>`)}
    </ul>
  </section>`;
}
