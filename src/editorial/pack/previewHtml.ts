import { capitalize } from '../../lib/capitalize.ts';
import { NETWORK_BRAND } from '../../lib/socialNetworks.ts';
import { dayHeading, shiftDay, shortDay, zurichClock } from '../../lib/zurichTime.ts';
import type { PackManifest, PostRecord } from './manifestSchema.ts';
import { byTimeThenNetwork, formatCount, networksOf, plural } from './presentation.ts';
import { hootsuiteDate, hootsuiteTime } from './schedulers.ts';

/** Who posts, as the cards show it. */
export interface PreviewAccount {
  name: string;
  /** Two letters for the avatar. */
  initials: string;
  handle: string;
}

/**
 * `index.html`: the week as the team will see it on each network, one card per post grouped by day, with its image,
 * time and count against the limit. Self-contained: inline CSS, images by relative path into the pack's `media/`,
 * no script, no font, nothing fetched from the network (a Content-Security-Policy forbids it).
 */
export function previewHtml(manifest: PackManifest, account: PreviewAccount): string {
  const posts = [...manifest.posts].sort(byTimeThenNetwork);
  const days = [...new Set(posts.map((post) => post.day))];
  const byNetwork = networksOf(posts)
    .map(
      (network) =>
        `<li><span class="dot net-${network}"></span>${esc(NETWORK_BRAND[network].label)} <b>${posts.filter((post) => post.network === network).length}</b></li>`,
    )
    .join('');
  const sections = days
    .map((day) => {
      const ofDay = posts.filter((post) => post.day === day);
      return `<section class="day" aria-labelledby="d-${day}">
<h2 id="d-${day}">${esc(capitalize(dayHeading(day)))} <small>${plural(ofDay.length, 'post', 'posts')}</small></h2>
<div class="cards">
${ofDay.map((post) => card(post, account)).join('\n')}
</div>
</section>`;
    })
    .join('\n');
  const held = manifest.heldBack.length
    ? `<section class="held" aria-labelledby="held">
<h2 id="held">Retenus, absents du pack <small>${manifest.heldBack.length}</small></h2>
<ul>${manifest.heldBack
        .map(
          (entry) =>
            `<li><b>${esc(entry.id)}</b> <span class="muted">${esc(shortDay(entry.scheduledAt.slice(0, 10)))} ${esc(zurichClock(entry.scheduledAt))} · ${esc(entry.networks.map((network) => NETWORK_BRAND[network].label).join(', '))}</span><br>${esc(entry.reason)}</li>`,
        )
        .join('')}</ul>
</section>`
    : '';
  const empty = posts.length === 0 ? '<p class="empty">Aucun post approuvé cette semaine.</p>' : '';
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'">
<title>Posts de la semaine ${esc(manifest.week.id)}</title>
<style>${CSS}</style>
</head>
<body>
<header class="top">
<h1>Posts de la semaine ${esc(manifest.week.id)}</h1>
<p>Du ${esc(dayHeading(manifest.week.start.slice(0, 10)))} au ${esc(dayHeading(shiftDay(manifest.week.end.slice(0, 10), -1)))}, heure de Zurich · ${plural(posts.length, 'post', 'posts')} · ${plural(manifest.heldBack.length, 'entrée retenue', 'entrées retenues')}</p>
<ul class="legend">${byNetwork}</ul>
</header>
<main>
${empty}${sections}
${held}
</main>
<footer class="bottom">Aperçu généré à partir de manifest.json (${esc(manifest.inputsHash.slice(0, 19))}…). Les textes à copier sont dans les fichiers par réseau (x.md, facebook.md…).</footer>
</body>
</html>
`;
}

function card(post: PostRecord, account: PreviewAccount): string {
  const look = NETWORK_BRAND[post.network];
  const ratio = post.count.used / post.count.limit;
  const media = post.media
    .map((item) =>
      item.kind === 'image'
        ? `<img src="${esc(item.file)}" alt="${esc(item.alt)}" width="${item.width ?? ''}" height="${item.height ?? ''}">`
        : `<div class="video">Vidéo : ${esc(item.file)}</div>`,
    )
    .join('');
  const mediaBlock = media ? `<div class="media${post.media.length > 1 ? ' several' : ''}">${media}</div>` : '';
  const title = post.title !== null ? `<p class="title">${esc(post.title)}</p>` : '';
  const text = `<p class="text">${richText(post.text)}</p>`;
  const head = `<div class="account"><span class="avatar" aria-hidden="true">${esc(account.initials)}</span><span class="who"><b>${esc(account.name)}</b> <span class="handle">${esc(account.handle)}</span></span></div>`;
  const mediaFirst = post.network === 'instagram' || post.network === 'youtube';
  const body = mediaFirst ? `${mediaBlock}${head}${title}${text}` : `${head}${title}${text}${mediaBlock}`;
  const comment =
    post.firstComment !== null
      ? `<p class="comment"><span class="muted">Premier commentaire :</span> ${richText(post.firstComment)}</p>`
      : '';
  return `<article class="card net-${post.network}" aria-label="${esc(`${look.label}, ${zurichClock(post.scheduledAt)}, ${post.id}`)}">
<div class="bar"><span class="badge">${esc(look.label)}</span><time datetime="${esc(post.scheduledAt)}">${esc(zurichClock(post.scheduledAt))}</time></div>${shifted(post)}
<div class="post">${body}${comment}</div>
<div class="meta"><div class="gauge" role="img" aria-label="${esc(formatCount(post.count))}"><span style="width:${Math.min(100, Math.round(ratio * 100))}%"></span></div><span>${esc(formatCount(post.count))}${post.truncated ? ' · raccourci' : ''}</span><span class="id">${esc(post.id)}</span></div>
</article>`;
}

/** A note on the card when Hootsuite's 5-minute grid moves the post (see schedulers.ts). */
function shifted(post: PostRecord): string {
  const planned = new Date(post.scheduledAt);
  const scheduled = hootsuiteTime(planned);
  return scheduled.getTime() === planned.getTime()
    ? ''
    : `<p class="shift">Hootsuite : ${esc(hootsuiteDate(scheduled))} (multiple de 5 minutes)</p>`;
}

/** The text with line breaks kept and links, hashtags and mentions coloured as the networks show them (not clickable). */
function richText(text: string): string {
  return esc(text).replace(
    /(https?:\/\/[^\s<]+)|(^|[\s(])([#@][\p{L}\p{N}_]+(?:@[\p{L}\p{N}.-]+[\p{L}\p{N}])?)/gu,
    (_match: string, url: string | undefined, before: string | undefined, tag: string | undefined) =>
      url ? `<span class="link">${url}</span>` : `${before ?? ''}<span class="tag">${tag ?? ''}</span>`,
  );
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const CSS = `
*{box-sizing:border-box}
body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif,"Apple Color Emoji","Segoe UI Emoji","Noto Color Emoji";background:#eef1f4;color:#17202a}
.top{background:#0b6e74;color:#fff;padding:20px 24px}
.top h1{margin:0 0 4px;font-size:24px}
.top p{margin:0 0 10px}
.legend{display:flex;flex-wrap:wrap;gap:6px 16px;list-style:none;margin:0;padding:0}
.legend li{display:flex;align-items:center;gap:6px}
.dot{width:12px;height:12px;border-radius:50%;border:2px solid #fff;display:inline-block}
main{padding:8px 24px 24px;max-width:1400px;margin:0 auto}
.day h2,.held h2{font-size:19px;margin:24px 0 12px;padding-bottom:6px;border-bottom:2px solid #c9d2da}
h2 small{font-weight:400;color:#52606d;font-size:14px;margin-left:6px}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:16px;align-items:start}
.card{border-radius:12px;overflow:hidden;background:#fff;box-shadow:0 1px 3px rgba(0,0,0,.18);display:flex;flex-direction:column}
.bar{display:flex;justify-content:space-between;align-items:center;padding:6px 12px;color:#fff;font-weight:600}
.badge{letter-spacing:.02em}
.bar time{font-variant-numeric:tabular-nums;background:rgba(255,255,255,.2);border-radius:6px;padding:1px 8px}
.post{padding:12px 14px}
.shift{margin:0;padding:3px 14px;background:#fff4d6;color:#5c4400;font-size:12px}
.account{display:flex;align-items:center;gap:8px;margin-bottom:8px}
.avatar{width:36px;height:36px;border-radius:50%;background:#0b6e74;color:#fff;display:grid;place-items:center;font-weight:700;font-size:13px;flex:none}
.who{line-height:1.2}
.handle{color:#536471;font-size:13px}
.text{margin:0;white-space:pre-wrap;overflow-wrap:anywhere}
.title{margin:0 0 6px;font-weight:700;font-size:16px}
.link{color:#0a66c2}
.tag{color:#0a66c2}
.media{margin-top:10px;border-radius:12px;overflow:hidden;display:grid;gap:2px}
.media.several{grid-template-columns:1fr 1fr}
.media img{display:block;width:100%;height:auto;background:#d8dee4}
.video{padding:24px;background:#222;color:#fff;text-align:center}
.comment{margin:10px 0 0;padding-top:8px;border-top:1px solid #e1e6ea;font-size:14px;white-space:pre-wrap}
.muted{color:#52606d}
.meta{margin-top:auto;display:flex;flex-wrap:wrap;align-items:center;gap:4px 10px;padding:8px 14px;background:#f6f8fa;border-top:1px solid #e1e6ea;font-size:13px;color:#3e4c59}
.gauge{flex:1 0 100%;height:6px;border-radius:3px;background:#dde3e8;overflow:hidden}
.gauge span{display:block;height:100%;background:#0b6e74}
.id{margin-left:auto;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px}
.held ul{list-style:none;padding:0;margin:0;display:grid;gap:8px}
.held li{background:#fff7ed;border-left:4px solid #c2410c;border-radius:6px;padding:8px 12px}
.empty{padding:24px;background:#fff;border-radius:12px}
.bottom{padding:16px 24px 32px;color:#52606d;font-size:13px;text-align:center}
.net-x .bar,.dot.net-x{background:#0f1419}
.net-x .post{font-size:15px}
.net-x .media{border:1px solid #cfd9de}
.net-bluesky .bar,.dot.net-bluesky{background:#0a6bd1}
.net-bluesky .link,.net-bluesky .tag{color:#0a6bd1}
.net-mastodon .bar,.dot.net-mastodon{background:#563acc}
.net-mastodon .post{background:#282c37;color:#e6e8f0}
.net-mastodon .handle{color:#a3a9c2}
.net-mastodon .link,.net-mastodon .tag{color:#a7a8ff}
.net-mastodon .media{border-radius:8px}
.net-threads .bar,.dot.net-threads{background:#101010}
.net-threads .link,.net-threads .tag{color:#0061c2}
.net-linkedin .bar,.dot.net-linkedin{background:#0a66c2}
.net-linkedin .post{font-size:14px}
.net-linkedin .avatar{border-radius:4px}
.net-linkedin .media{border-radius:0;margin-left:-14px;margin-right:-14px}
.net-facebook .bar,.dot.net-facebook{background:#1877f2}
.net-facebook .link,.net-facebook .tag{color:#1464cc}
.net-facebook .media{border-radius:0;margin-left:-14px;margin-right:-14px}
.net-instagram .bar,.dot.net-instagram{background:linear-gradient(90deg,#b1268b,#d83a3a 60%,#e0732b)}
.net-instagram .post{padding-top:0}
.net-instagram .media{border-radius:0;margin:0 -14px 10px}
.net-instagram .link,.net-instagram .tag{color:#00376b}
.net-youtube .bar,.dot.net-youtube{background:#cc0000}
.net-youtube .post{background:#0f0f0f;color:#f1f1f1;padding-top:0}
.net-youtube .media{margin:0 -14px 10px;border-radius:0}
.net-youtube .handle{color:#aaa}
.net-youtube .link,.net-youtube .tag{color:#3ea6ff}
@media (max-width:600px){main{padding:4px 10px 16px}.top{padding:16px 12px}.cards{grid-template-columns:1fr}}
@media print{body{background:#fff}.card{break-inside:avoid;box-shadow:none;border:1px solid #ccc}}
`;
