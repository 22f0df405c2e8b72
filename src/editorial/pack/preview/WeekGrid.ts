import type { VNode } from 'preact';
import { NETWORK_BRAND, NETWORK_IDS, type NetworkId } from '../../../lib/socialNetworks.ts';
import { shortDay, zurichClock } from '../../../lib/zurichTime.ts';
import type { NetworkRhythm } from '../../../site.config.ts';
import { html } from '../../html/html.ts';
import type { PostRecord } from '../manifestSchema.ts';
import { postAnchor } from './PostEntry.ts';

export interface WeekGridProps {
  days: readonly string[];
  posts: readonly PostRecord[];
  rhythm: Partial<Record<NetworkId, NetworkRhythm>>;
}

/**
 * The week at a glance: a row per network, a column per day, each post's time (a link to it), and the week's count
 * against the rhythm aimed at (site config); a day above its maximum and a week below its aim are said in words.
 */
export function WeekGrid({ days, posts, rhythm }: WeekGridProps): VNode {
  return html`<div class="grid-wrap" role="region" aria-labelledby="grid-caption" tabindex="0">
    <table class="week">
      <caption id="grid-caption">La semaine par réseau, et le rythme visé</caption>
      <thead>
        <tr><th scope="col">Réseau</th>${days.map((day) => html`<th scope="col">${shortDay(day)}</th>`)}<th scope="col">Semaine</th></tr>
      </thead>
      <tbody>
        ${NETWORK_IDS.filter(
          (network) => rhythm[network] !== undefined || posts.some((post) => post.network === network),
        ).map((network) => {
          const aim = rhythm[network];
          const ofNetwork = posts.filter((post) => post.network === network);
          const short = aim !== undefined && ofNetwork.length < aim.perWeek;
          return html`<tr>
            <th scope="row"><span class="dot net-${network}" aria-hidden="true"></span>${NETWORK_BRAND[network].label}</th>
            ${days.map((day) => {
              const ofDay = ofNetwork.filter((post) => post.day === day);
              const crowded = aim !== undefined && ofDay.length > aim.maxPerDay;
              return html`<td class=${crowded ? 'over' : undefined}>
                ${ofDay.map(
                  (post) =>
                    html`<a
                      href="#${postAnchor(post)}"
                      class=${post.past ? 'past' : undefined}
                      aria-label=${post.past ? `${zurichClock(post.scheduledAt)}, trop tard` : undefined}
                      >${zurichClock(post.scheduledAt)}</a
                    >`,
                )}
                ${crowded ? html`<span class="note">plus de ${aim.maxPerDay} par jour</span>` : null}
              </td>`;
            })}
            <td class=${short ? 'under' : undefined}>
              ${ofNetwork.length}${aim === undefined ? '' : ` / ${aim.perWeek}`}${short ? html`<span class="note">sous le rythme</span>` : null}
            </td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>
  <p class="grid-note">
    Une heure barrée : trop tard pour un planificateur. Colonne Semaine : posts de la semaine / rythme visé (site.config.ts).
  </p>`;
}
