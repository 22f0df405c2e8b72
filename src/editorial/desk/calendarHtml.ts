import { CATEGORIES } from '../../lib/categories.ts';
import { parseZurichTime } from '../../lib/zurichTime.ts';
import type { NetworkRhythm } from '../../site.config.ts';
import { STATUSES, type Status } from '../entrySchema.ts';
import { NETWORK_IDS, NETWORKS, type NetworkId } from '../networks.ts';
import { weekContaining } from '../pack/isoWeek.ts';
import { NETWORK_LOOK } from '../pack/presentation.ts';
import { type Coverage, fillsSlot } from './coverage.ts';
import { coverageLines } from './coverageText.ts';
import type { ArticleItem, ArticleState, DeskItem, PostItem } from './deskItems.ts';
import { monthGrid } from './months.ts';

export interface CalendarPage {
  months: readonly string[];
  /** Only the items dated in `months` are shown. */
  items: readonly DeskItem[];
  coverage: Coverage;
  rhythm: Partial<Record<NetworkId, NetworkRhythm>>;
  /** Entries left out because calendar:check finds mistakes in them. */
  invalidEntries: number;
  generatedAt: Date;
  siteName: string;
}

const STATUS_LABEL: Record<Status, string> = {
  idea: 'idée',
  draft: 'brouillon',
  review: 'relecture',
  approved: 'approuvé',
  published: 'publié',
};
const ARTICLE_LABEL: Record<ArticleState, string> = {
  draft: 'article en brouillon',
  scheduled: 'article programmé',
  published: 'article publié',
};
const MONTH = new Intl.DateTimeFormat('fr-CH', { timeZone: 'UTC', month: 'long', year: 'numeric' });
const DAY = new Intl.DateTimeFormat('fr-CH', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' });
const STAMP = new Intl.DateTimeFormat('fr-CH', { timeZone: 'Europe/Zurich', dateStyle: 'long', timeStyle: 'short' });
const WEEKDAYS = ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.'];

/**
 * The editorial calendar as one HTML file for the team: month and week views of articles and posts, coverage advice,
 * filters. Inline CSS and a small inline script only, nothing fetched: it opens from a disk or an e-mail attachment.
 * Every item carries `data-view`, `data-day`, `data-kind` and `data-key`, and sits in the `<td data-day>` of its day.
 */
export function calendarHtml(page: CalendarPage): string {
  const inRange = new Set(page.months);
  const items = page.items.filter((item) => inRange.has(item.day.slice(0, 7)));
  const byDay = Map.groupBy(items, (item) => item.day);
  const weeks = [...new Map(page.months.flatMap(monthGrid).map((week) => [week[0]!, week])).values()];
  const campaigns = [
    ...new Set(items.flatMap((item) => (item.kind === 'post' && item.campaign ? [item.campaign] : []))),
  ].sort();
  const advice = coverageLines(page.coverage, page.generatedAt);
  const title = `Calendrier éditorial · ${capitalize(MONTH.format(monthDate(page.months[0]!)))}${page.months.length > 1 ? ` – ${MONTH.format(monthDate(page.months.at(-1)!))}` : ''}`;

  const monthView = page.months
    .map((month) => {
      const rows = monthGrid(month)
        .map((days) => {
          const thin = page.coverage.thinWeeks.filter((gap) => gap.monday === days[0]);
          const week = weekContaining(parseZurichTime(days[0]!)).id;
          const weekCell = `<th scope="row" class="wk${thin.length ? ' short' : ''}"${thin.length ? ` title="${esc(thin.map((gap) => `${NETWORKS[gap.network].label} ${gap.planned}/${gap.expected}`).join(', '))}"` : ''}>S${week.slice(-2)}${thin.length ? `<span class="warn" aria-label="${thin.length} réseau(x) sous le rythme">⚠ ${thin.length}</span>` : ''}</th>`;
          return `<tr>${weekCell}${days.map((day) => dayCell(day, day.startsWith(month), 'month', byDay.get(day) ?? [], page.coverage)).join('')}</tr>`;
        })
        .join('\n');
      return `<section class="month" aria-labelledby="m-${month}"><h2 id="m-${month}">${esc(capitalize(MONTH.format(monthDate(month))))}</h2>
<table class="grid"><thead><tr><th class="wk" scope="col">Sem.</th>${WEEKDAYS.map((day) => `<th scope="col">${day}</th>`).join('')}</tr></thead>
<tbody>
${rows}
</tbody></table></section>`;
    })
    .join('\n');

  const weekView = weeks
    .map((days) => {
      const week = weekContaining(parseZurichTime(days[0]!)).id;
      // Counted over every item, the neighbouring months' too, as the coverage report counts them.
      const ofWeek = page.items.filter((item) => item.kind === 'post' && days.includes(item.day) && fillsSlot(item));
      const chips = NETWORK_IDS.filter((network) => page.rhythm[network] !== undefined)
        .map((network) => {
          const gap = page.coverage.thinWeeks.find((thin) => thin.monday === days[0] && thin.network === network);
          const planned = ofWeek.filter((item) => item.kind === 'post' && item.network === network).length;
          return `<li class="chip${gap ? ' short' : ''}"><span class="dot net-${network}"></span>${NETWORKS[network].label} ${planned}/${page.rhythm[network]!.perWeek}${gap ? ' ⚠' : ''}</li>`;
        })
        .join('');
      return `<section class="week" aria-labelledby="w-${week}"><h2 id="w-${week}">Semaine ${week} <small>du ${esc(DAY.format(dayDate(days[0]!)))} au ${esc(DAY.format(dayDate(days[6]!)))}</small></h2>
<ul class="chips" aria-label="Posts par réseau sur le rythme de la semaine">${chips}</ul>
<table class="grid"><thead><tr>${days.map((day) => `<th scope="col">${esc(DAY.format(dayDate(day)))}</th>`).join('')}</tr></thead>
<tbody><tr>${days.map((day) => dayCell(day, inRange.has(day.slice(0, 7)), 'week', byDay.get(day) ?? [], page.coverage)).join('')}</tr></tbody></table></section>`;
    })
    .join('\n');

  const checkbox = (group: string, value: string, label: string, dot = '') =>
    `<label><input type="checkbox" name="${group}" value="${esc(value)}" checked>${dot}${esc(label)}</label>`;
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<meta name="robots" content="noindex">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${esc(title)}</h1>
<p class="muted">${esc(page.siteName)} · usage interne : contient des posts non approuvés et des notes · généré le ${esc(STAMP.format(page.generatedAt))}</p>
${page.invalidEntries > 0 ? `<p class="alert" role="alert">${page.invalidEntries} entrée(s) du calendrier ont des erreurs et n’apparaissent pas : lancez npm run calendar:check et corrigez-les.</p>` : ''}
</header>
<form class="filters" aria-label="Filtres">
<fieldset class="views"><legend>Vue</legend><button type="button" data-show="month" aria-pressed="true">Mois</button><button type="button" data-show="week" aria-pressed="false">Semaines</button></fieldset>
<fieldset><legend>Réseau</legend>${checkbox('network', 'article', 'Articles', '<span class="dot art"></span>')}${NETWORK_IDS.map((network) => checkbox('network', network, NETWORKS[network].label, `<span class="dot net-${network}"></span>`)).join('')}</fieldset>
<fieldset><legend>Statut</legend>${STATUSES.map((status) => checkbox('status', status, STATUS_LABEL[status], `<span class="dot st-${status}"></span>`)).join('')}${(['draft', 'scheduled', 'published'] as const).map((state) => checkbox('status', `article-${state}`, ARTICLE_LABEL[state])).join('')}</fieldset>
<fieldset><legend>Campagne</legend><select name="campaign"><option value="">Toutes (et les articles)</option>${campaigns.map((campaign) => `<option value="${esc(campaign)}">${esc(campaign)}</option>`).join('')}<option value="-">Sans campagne</option></select></fieldset>
</form>
<section class="coverage" aria-labelledby="coverage"><h2 id="coverage">Couverture <small>${advice.length === 0 ? 'chaque réseau a son rythme' : `${advice.length} remarque(s)`}</small></h2>
<p class="muted">Rythme visé par semaine : ${NETWORK_IDS.filter((network) => page.rhythm[network])
    .map(
      (network) =>
        `${NETWORKS[network].label} ${page.rhythm[network]!.perWeek} (${page.rhythm[network]!.maxPerDay} par jour au plus)`,
    )
    .join(' · ')} — les idées ne comptent pas.</p>
${advice.length ? `<details${advice.length <= 12 ? ' open' : ''}><summary>${summary(page.coverage)}</summary><ul>${advice.map((line) => `<li>${esc(line)}</li>`).join('')}</ul></details>` : ''}
</section>
<main>
<div class="view" data-view="month">
${monthView}
</div>
<div class="view" data-view="week" hidden>
${weekView}
</div>
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

function dayCell(
  day: string,
  shown: boolean,
  view: 'month' | 'week',
  items: readonly DeskItem[],
  coverage: Coverage,
): string {
  if (!shown)
    return `<td class="outside" data-day="${day}" aria-hidden="true"><span class="num">${Number(day.slice(8))}</span></td>`;
  const crowded = coverage.crowdedDays.filter((crowd) => crowd.day === day);
  const warning = crowded
    .map((crowd) => `<p class="warn">⚠ ${NETWORKS[crowd.network].label} ${crowd.planned}/${crowd.max}</p>`)
    .join('');
  return `<td data-day="${day}"${crowded.length ? ' class="crowded"' : ''}><span class="num">${Number(day.slice(8))}</span>${warning}<ul>${items.map((item) => (item.kind === 'article' ? articleItem(item, view) : postItem(item, view))).join('')}</ul></td>`;
}

/** `3 semaines sous le rythme · 1 jour chargé · 2 articles non annoncés` */
function summary({ thinWeeks, crowdedDays, unannounced }: Coverage): string {
  const weeks = new Set(thinWeeks.map((gap) => gap.week)).size;
  return [
    `${weeks} semaine(s) sous le rythme (${thinWeeks.length} réseau × semaine)`,
    `${crowdedDays.length} jour(s) trop chargé(s)`,
    `${unannounced.length} article(s) non annoncé(s)`,
  ].join(' · ');
}

function articleItem(item: ArticleItem, view: 'month' | 'week'): string {
  const tip = `${ARTICLE_LABEL[item.state]} (${item.lang}) · ${CATEGORIES[item.category].label.fr} · ${item.title}`;
  return `<li class="item art state-${item.state}" data-view="${view}" data-kind="article" data-key="${esc(item.key)}" data-day="${item.day}" data-network="article" data-status="article-${item.state}" data-campaign="" title="${esc(tip)}">${item.time ? `<time>${item.time}</time> ` : ''}<b>${item.state === 'published' ? 'Article' : item.state === 'scheduled' ? 'Programmé' : 'Brouillon'}</b> ${esc(view === 'week' ? item.title : shorten(item.title, 48))}</li>`;
}

function postItem(item: PostItem, view: 'month' | 'week'): string {
  const tip = [
    `${NETWORKS[item.network].label} · ${STATUS_LABEL[item.status]} · ${item.id}`,
    item.campaign && `campagne ${item.campaign}`,
    item.owner && `responsable ${item.owner}`,
    item.held,
    item.notes && `notes : ${item.notes}`,
    item.text,
  ]
    .filter(Boolean)
    .join('\n');
  const body = view === 'week' ? `<span class="text">${esc(shorten(item.text, 140))}</span>` : '';
  return `<li class="item post st-${item.status}${item.held ? ' held' : ''}" style="--net:${NETWORK_LOOK[item.network].color}" data-view="${view}" data-kind="post" data-key="${esc(item.key)}" data-day="${item.day}" data-network="${item.network}" data-status="${item.status}" data-campaign="${esc(item.campaign ?? '-')}" title="${esc(tip)}"><time>${item.time}</time> <b class="net">${NETWORKS[item.network].label}</b> <span class="id">${esc(item.id)}</span>${item.held ? ' <span class="lock">retenu</span>' : ''} <span class="status">${STATUS_LABEL[item.status]}</span>${body}</li>`;
}

const CSS = `
:root{color-scheme:light;font:14px/1.35 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1c2526;background:#f6f8f8}
body{margin:0 auto;padding:16px 20px 40px;max-width:1500px}
h1{font-size:1.5rem;margin:0 0 4px}h2{font-size:1.15rem;margin:20px 0 8px}h2 small{font-weight:400;color:#55656a;margin-left:6px}
.muted{color:#55656a;margin:0}.alert{background:#fde8e4;border:1px solid #c2410c;padding:6px 10px;border-radius:6px}
.filters{display:flex;flex-wrap:wrap;gap:8px;margin:12px 0;position:sticky;top:0;background:#f6f8f8;padding:6px 0;z-index:2;border-bottom:1px solid #d5dee0}
fieldset{border:1px solid #d5dee0;border-radius:6px;padding:4px 8px;margin:0;background:#fff}legend{font-weight:600;font-size:.8rem;color:#084f54}
label{margin-right:8px;white-space:nowrap;font-size:.85rem}label input{margin:0 3px 0 0;vertical-align:-2px}
.views button{font:inherit;border:1px solid #0b6e74;background:#fff;color:#0b6e74;padding:2px 10px;border-radius:4px;cursor:pointer}
.views button[aria-pressed=true]{background:#0b6e74;color:#fff}
.coverage{background:#fff;border:1px solid #d5dee0;border-left:4px solid #c2410c;border-radius:6px;padding:4px 14px 8px}
.coverage h2{margin-top:8px}.coverage ul{margin:6px 0 0;padding-left:20px;columns:2 420px;column-gap:32px}.coverage li{margin-bottom:3px;break-inside:avoid}
table.grid{width:100%;border-collapse:collapse;table-layout:fixed;background:#fff}
.grid th{font-size:.8rem;color:#55656a;font-weight:600;padding:4px;border:1px solid #d5dee0;background:#eef3f3}
.grid th.wk{width:46px}.grid th.wk.short{color:#9a3412;background:#fdebdc}
.grid td{vertical-align:top;border:1px solid #d5dee0;padding:2px 3px 4px;height:92px;overflow:hidden}
.grid td.outside{background:repeating-linear-gradient(135deg,#f3f5f5 0 6px,#eceff0 6px 12px);color:#9aa7aa}
.grid td.crowded{background:#fff6ed}
.num{display:block;font-weight:600;font-size:.8rem;color:#55656a}
.grid ul{list-style:none;margin:0;padding:0}
.warn{margin:0 0 2px;font-size:.75rem;color:#9a3412;font-weight:600}.wk .warn{display:block}
.item{font-size:.75rem;margin:2px 0;padding:1px 4px 1px 5px;border-radius:3px;border-left:4px solid var(--net,#0b6e74);background:#f1f4f5;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.item time{font-variant-numeric:tabular-nums;color:#3c4a4d}.item .net{font-weight:600}.item .status{font-size:.68rem;padding:0 4px;border-radius:8px;margin-left:2px}
.item.art{border-left-color:#0b6e74;background:#e3f1f1;color:#084f54;font-weight:500}.item.art.state-draft{border:1px dashed #0b6e74;border-left-width:4px;background:#fff;font-style:italic}
.item.art.state-scheduled{background:#d3ecec}
.st-idea .status{background:#e5e7e8;color:#3c4a4d}.st-draft .status{background:#fdecc8;color:#7a4a00}.st-review .status{background:#dbe8fb;color:#1d4ed8}
.st-approved .status{background:#d8f0dc;color:#166534}.st-published .status{background:#404b4e;color:#fff}
.item.post.st-idea{background:#eef0f1;color:#55656a;font-style:italic}.item.post.st-draft{background:#fdf0d2}.item.post.st-review{background:#e1ecfc}
.item.post.st-approved{background:#ddf3e1}.item.post.st-published{background:#dfe3e4;color:#3c4a4d}.item.held{outline:1px solid #c2410c}.lock{font-size:.68rem;font-weight:700;color:#fff;background:#c2410c;border-radius:8px;padding:0 4px}
summary{cursor:pointer;font-weight:600;color:#9a3412}
.month .item .status{display:none}
.week .item{white-space:normal}.week .item .text{display:block;color:#3c4a4d;font-size:.72rem;margin-top:1px}.week td{height:auto;min-height:120px}
.dot{display:inline-block;width:9px;height:9px;border-radius:50%;margin-right:4px;vertical-align:0}
.dot.art{background:#0b6e74}${NETWORK_IDS.map((network) => `.net-${network}{background:${NETWORK_LOOK[network].color}}`).join('')}
.dot.st-idea{background:#b6bcbe}.dot.st-draft{background:#e8a317}.dot.st-review{background:#3b82f6}.dot.st-approved{background:#22a04b}.dot.st-published{background:#404b4e}
.chips{list-style:none;display:flex;flex-wrap:wrap;gap:6px;padding:0;margin:0 0 6px}.chip{font-size:.78rem;background:#fff;border:1px solid #d5dee0;border-radius:10px;padding:1px 8px}.chip.short{border-color:#c2410c;color:#9a3412;font-weight:600}
[hidden]{display:none!important}
@media print{.filters{display:none}.view[hidden]{display:block!important}}
`;

/** Filters and the view switch; items stay in the page, hidden ones get `hidden`. */
const SCRIPT = `
const form=document.querySelector('.filters');
function apply(){
  const on=(name)=>new Set([...form.querySelectorAll('input[name='+name+']:checked')].map((box)=>box.value));
  const networks=on('network'),statuses=on('status'),campaign=form.elements.campaign.value;
  for(const item of document.querySelectorAll('.item')){
    const d=item.dataset;
    const inCampaign=campaign===''||(d.kind==='post'&&d.campaign===campaign);
    item.hidden=!(networks.has(d.network)&&statuses.has(d.status)&&inCampaign);
  }
}
form.addEventListener('change',apply);
for(const button of form.querySelectorAll('[data-show]')){
  button.addEventListener('click',()=>{
    for(const other of form.querySelectorAll('[data-show]'))other.setAttribute('aria-pressed',String(other===button));
    for(const view of document.querySelectorAll('.view'))view.hidden=view.dataset.view!==button.dataset.show;
  });
}
apply();
`;

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const monthDate = (month: string) => new Date(`${month}-01T00:00:00Z`);
const dayDate = (day: string) => new Date(`${day}T00:00:00Z`);
