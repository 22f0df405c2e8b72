import type { VNode } from 'preact';
import { NETWORK_IDS } from '../../../lib/socialNetworks.ts';
import { html } from '../../html/html.ts';
import { NETWORKS } from '../../networks.ts';
import { STATUS_LABEL, STATUSES } from '../../statuses.ts';
import { ARTICLE_STATE_LABEL } from '../deskItems.ts';

/** A ticked box of a filter group, with the coloured dot of what it shows (when it has one). */
function Choice({ group, value, label, dot }: { group: string; value: string; label: string; dot?: string }): VNode {
  return html`<label>
    <input type="checkbox" name=${group} value=${value} checked />${dot ? html`<span class="dot ${dot}"></span>` : null}${label}
  </label>`;
}

/**
 * The view switch and the filters by network, status and campaign; `calendarView.js` reads them. Every box starts
 * ticked, so the page without its script shows everything.
 */
export function Filters({ campaigns }: { campaigns: readonly string[] }): VNode {
  return html`<form class="filters" aria-label="Filtres">
    <fieldset class="views">
      <legend>Vue</legend>
      <button type="button" data-show="month" aria-pressed="true">Mois</button>
      <button type="button" data-show="week" aria-pressed="false">Semaines</button>
    </fieldset>
    <fieldset>
      <legend>Réseau</legend>
      ${Choice({ group: 'network', value: 'article', label: 'Articles', dot: 'art' })}
      ${NETWORK_IDS.map((network) =>
        Choice({ group: 'network', value: network, label: NETWORKS[network].label, dot: `net-${network}` }),
      )}
    </fieldset>
    <fieldset>
      <legend>Statut</legend>
      ${STATUSES.map((status) => Choice({ group: 'status', value: status, label: STATUS_LABEL[status], dot: `st-${status}` }))}
      ${(['draft', 'scheduled', 'published'] as const).map((state) =>
        Choice({ group: 'status', value: `article-${state}`, label: ARTICLE_STATE_LABEL[state] }),
      )}
    </fieldset>
    <fieldset>
      <legend>Campagne</legend>
      <select name="campaign">
        <option value="">Toutes (et les articles)</option>
        ${campaigns.map((campaign) => html`<option value=${campaign}>${campaign}</option>`)}
        <option value="-">Sans campagne</option>
      </select>
    </fieldset>
  </form>`;
}
