import type { VNode } from 'preact';
import { NETWORK_BRAND } from '../../../lib/socialNetworks.ts';
import { shortDay, zurichClock } from '../../../lib/zurichTime.ts';
import { html } from '../../html/html.ts';
import type { HeldBackRecord } from '../manifestSchema.ts';

/** The week's entries left out of the pack, each with the reason and what to do. */
export function HeldBackSection({ entries }: { entries: readonly HeldBackRecord[] }): VNode {
  return html`<section class="held" aria-labelledby="held">
    <h2 id="held">Retenus, absents du pack <small>${entries.length}</small></h2>
    <ul>
      ${entries.map((entry) => {
        const when = `${shortDay(entry.scheduledAt.slice(0, 10))} ${zurichClock(entry.scheduledAt)}`;
        const networks = entry.networks.map((network) => NETWORK_BRAND[network].label).join(', ');
        // The reason as calendar:check prints it: it quotes YAML to write (`status: approved`), which typesetting would break.
        return html`<li>
          <b>${entry.id}</b> <span class="muted">${when} · ${networks}</span><br /><span data-as-written>${entry.reason}</span>
        </li>`;
      })}
    </ul>
  </section>`;
}
