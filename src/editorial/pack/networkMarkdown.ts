import { NETWORK_BRAND } from '../../lib/socialNetworks.ts';
import { dayHeading, shiftDay, zurichClock } from '../../lib/zurichTime.ts';
import type { AccountRecord, PackNetwork, PostRecord, WeekRecord } from './manifestSchema.ts';
import { byTimeThenNetwork, formatCount, plural } from './presentation.ts';

/**
 * `x.md`, `facebook.md`…: one network's posts of the week in order of time, each with its text in a fenced block
 * (copied as is: the block holds exactly the manifest's text), its media, and its count against the limit.
 */
export function writeNetworkMarkdown(
  week: WeekRecord,
  network: PackNetwork,
  records: readonly PostRecord[],
  accounts: readonly AccountRecord[] = [],
): string {
  const { label } = NETWORK_BRAND[network];
  const posts = records.filter((post) => post.network === network).sort(byTimeThenNetwork);
  const lines = [
    `# ${label} · semaine ${week.id}`,
    '',
    `Du ${dayHeading(week.start.slice(0, 10))} au ${dayHeading(shiftDay(week.start.slice(0, 10), 6))}, heure de Zurich : ${plural(posts.length, 'post', 'posts')}, dans l’ordre de publication.`,
    `Copiez chaque texte tel quel (entre les lignes de code) : il tient déjà dans la limite fixée par ${label}, lien, mentions et mots-clés compris.`,
  ];
  for (const post of posts) {
    lines.push('', `## ${dayHeading(post.day)}, ${zurichClock(post.scheduledAt)} · ${post.id}`, '');
    if (post.past)
      lines.push(
        '**Trop tard pour un planificateur au moment de l’export : à publier à la main, ou à reprogrammer.**',
        '',
      );
    lines.push(...fenced(post.text), '');
    if (post.title !== null) lines.push('Titre de la vidéo :', '', ...fenced(post.title), '');
    const account = accounts.find((candidate) => candidate.id === post.account);
    lines.push(`- Compte : ${account ? markdownText(account.name) : post.account}`);
    lines.push(
      `- Longueur : ${formatCount(post.count)}${post.truncated ? ' (texte raccourci pour tenir dans la limite)' : ''}`,
    );
    if (post.droppedHashtags.length > 0)
      lines.push(`- Mots-clés retirés : ${post.droppedHashtags.map((tag) => `\\#${tag}`).join(' ')}`);
    if (post.link !== null)
      lines.push(
        `- Lien suivi : ${post.link}${network === 'instagram' ? ' (à mettre dans la bio : les liens ne sont pas cliquables sur Instagram)' : ''}`,
      );
    if (post.article !== null) lines.push(`- Article : ${post.article.url}`);
    if (post.campaign !== null) lines.push(`- Campagne : ${post.campaign}`);
    post.media.forEach((media, index) => {
      const size =
        media.width !== null && media.height !== null
          ? ` (${media.width}×${media.height}${media.ratio ? `, ${media.ratio}` : ''})`
          : '';
      lines.push(
        '',
        `### ${media.kind === 'video' ? 'Vidéo' : 'Image'} ${index + 1} : [${media.file}](${media.file})${size}`,
        '',
      );
      if (media.kind === 'image')
        lines.push(`![${markdownText(media.alt.replace(/[\r\n]+/g, ' '))}](${media.file})`, '');
      lines.push('Texte alternatif (à coller dans le champ de description du média) :', '', ...fenced(media.alt));
      if (media.credit !== null) lines.push('', `Crédit : ${markdownText(media.credit)}`);
    });
    if (post.firstComment !== null) lines.push('', '### Premier commentaire', '', ...fenced(post.firstComment));
  }
  return `${lines.join('\n')}\n`;
}

/** A fenced code block that cannot be closed early by the text: its fence is longer than any run of backticks inside. */
export function fenced(text: string): string[] {
  const longest = Math.max(0, ...Array.from(text.matchAll(/`+/g), (match) => match[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [`${fence}text`, text, fence];
}

/**
 * A planner's text inside a Markdown line (an image's alt, a credit): HTML's special characters as entities, so no
 * viewer can read a tag in it, and Markdown's with a backslash, so it can open neither a link nor emphasis.
 */
export function markdownText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]()!#|])/g, '\\$1');
}
