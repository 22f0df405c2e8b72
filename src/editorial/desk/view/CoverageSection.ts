import type { VNode } from 'preact';
import { NETWORK_IDS, type NetworkId } from '../../../lib/socialNetworks.ts';
import type { NetworkRhythm } from '../../../site.config.ts';
import { html } from '../../html/html.ts';
import { NETWORKS } from '../../networks.ts';
import type { Coverage } from '../coverage.ts';
import { coverageLines } from '../coverageText.ts';

export interface CoverageSectionProps {
  coverage: Coverage;
  rhythm: Partial<Record<NetworkId, NetworkRhythm>>;
}

/** The rhythm aimed at, then the coverage advice, open when it is short enough to read at a glance. */
export function CoverageSection({ coverage, rhythm }: CoverageSectionProps): VNode {
  const advice = coverageLines(coverage);
  const aims = NETWORK_IDS.flatMap((network) => {
    const aim = rhythm[network];
    return aim ? [`${NETWORKS[network].label} ${aim.perWeek} (${aim.maxPerDay} par jour au plus)`] : [];
  });
  return html`<section class="coverage" aria-labelledby="coverage">
    <h2 id="coverage">
      Couverture <small>${advice.length === 0 ? 'chaque réseau a son rythme' : `${advice.length} remarque(s)`}</small>
    </h2>
    <p class="muted">Rythme visé par semaine : ${aims.join(' · ')} — les idées ne comptent pas.</p>
    ${
      advice.length > 0
        ? html`<details open=${advice.length <= 12}>
          <summary>${summary(coverage)}</summary>
          <ul>
            ${advice.map((line) => html`<li>${line}</li>`)}
          </ul>
        </details>`
        : null
    }
  </section>`;
}

/** `3 semaine(s) sous le rythme (5 réseau × semaine) · 1 jour(s) trop chargé(s) · 2 article(s) non annoncé(s)` */
function summary({ thinWeeks, crowdedDays, unannounced }: Coverage): string {
  const weeks = new Set(thinWeeks.map((gap) => gap.week)).size;
  return [
    `${weeks} semaine(s) sous le rythme (${thinWeeks.length} réseau × semaine)`,
    `${crowdedDays.length} jour(s) trop chargé(s)`,
    `${unannounced.length} article(s) non annoncé(s)`,
  ].join(' · ');
}
