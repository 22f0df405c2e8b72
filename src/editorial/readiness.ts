import { SITE, type SocialAccount } from '../site.config.ts';
import { accountFor, missingAccountMessage } from './accounts.ts';
import type { Entry } from './entrySchema.ts';
import { NETWORKS } from './networks.ts';

/** A rule a work-in-progress entry may not meet yet, at the field to complete. */
export interface ReadinessProblem {
  path: (string | number)[];
  code: 'text-required' | 'media-required' | 'title-required' | 'no-account';
  message: string;
}

/**
 * What an entry still lacks to be published: something to post on each network, the picture Instagram needs (its own,
 * or its article's), the video and title YouTube needs, an account for its language on each network. The approval
 * gate decides how much it weighs: nothing for an idea, a warning while the entry is a draft or in review (it is still
 * being written), an error once approved or published.
 */
export function readinessProblems(
  entry: Entry,
  accounts: readonly SocialAccount[] = SITE.accounts,
): ReadinessProblem[] {
  const problems: ReadinessProblem[] = [];
  const withoutText = entry.networks.filter((id) => !entry.variants[id]);
  if (entry.text === undefined && entry.article === undefined && withoutText.length > 0) {
    problems.push({
      path: ['text'],
      code: 'text-required',
      message: `Il n’y a rien à publier sur ${withoutText.join(', ')} : écrivez un texte (text), une variante, ou indiquez l’article (article).`,
    });
  }
  for (const id of entry.networks) {
    const { media, label } = NETWORKS[id];
    const hasMedia = entry.media.some((item) => media.kinds.includes(item.kind));
    // A post announcing an article gets the article's picture where the network needs one (composeSnippet).
    const articlePicture = media.kinds.includes('image') && entry.article !== undefined;
    if (media.required && !hasMedia && !articlePicture) {
      const what = media.kinds.includes('image')
        ? 'une image ou une vidéo (ou indiquez l’article : son image sera reprise)'
        : 'une vidéo (mp4, mov ou webm)';
      problems.push({
        path: ['media'],
        code: 'media-required',
        message: `${label} ne publie pas de texte seul : ajoutez ${what} dans media.`,
      });
    }
    if (!accountFor(id, entry.lang, accounts))
      problems.push({ path: ['networks'], code: 'no-account', message: missingAccountMessage(label, entry.lang) });
  }
  if (entry.networks.includes('youtube') && entry.title === undefined && entry.article === undefined) {
    problems.push({
      path: ['title'],
      code: 'title-required',
      message: 'Une vidéo YouTube a besoin d’un titre : ajoutez title: "…" (100 caractères au plus).',
    });
  }
  return problems;
}

/** How much a readiness problem weighs at the entry's status; undefined for an idea, which is checked for form only. */
export function readinessSeverity(entry: Pick<Entry, 'status'>): 'warning' | 'error' | undefined {
  if (entry.status === 'idea') return undefined;
  return entry.status === 'approved' || entry.status === 'published' ? 'error' : 'warning';
}
