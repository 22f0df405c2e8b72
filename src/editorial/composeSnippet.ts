import { dirname, resolve } from 'node:path';
import { CATEGORIES } from '../lib/categories.ts';
import type { Lang } from '../lib/i18n.ts';
import type { NetworkId } from '../lib/socialNetworks.ts';
import { SITE } from '../site.config.ts';
import { type ArticleIndex, findArticle, type IndexedArticle } from './articleIndex.ts';
import type { Entry, Media } from './entrySchema.ts';
import { EditorialError } from './errors.ts';
import {
  fitsNetwork,
  measureFor,
  type NetworkProfile,
  type ProfileOptions,
  profileFor,
  type TextCount,
} from './networks.ts';
import { hopelessTail, shortenToFit } from './shortenToFit.ts';
import { graphemeCount, hashtagsIn, schemeUrls } from './textMeasures.ts';
import { trackedLink } from './trackedLink.ts';

export interface SnippetContext extends ProfileOptions {
  /** The site's articles, from loadCalendar or loadArticleIndex. */
  articles: ArticleIndex;
}

/** Where a post's picture comes from: the entry's `media`, or its article when the network needs a picture it lacks. */
export const MEDIA_ORIGINS = ['calendar', 'article-hero', 'article-card'] as const;
export type MediaOrigin = (typeof MEDIA_ORIGINS)[number];

export interface SnippetMedia {
  /** The file: as the calendar writes it (from the repository root); the article's hero or file, absolute. */
  src: string;
  kind: Media['kind'];
  /** Image description, shortened to the network's alt-text limit. */
  alt: string;
  credit?: string;
  /** calendar | article-hero (the article's hero image) | article-card (a card to draw from the article's title). */
  origin: MediaOrigin;
}

/** One post, ready for one network. */
export interface Snippet {
  network: NetworkId;
  /** The whole text to post: body and mentions, credits, link (or "lien en bio"), hashtags. For YouTube, the description. */
  text: string;
  /** The article's address with UTM parameters; on Instagram it goes in the bio, not in the text. */
  link?: string;
  /** Hashtags added after the text, without #; those the network has no room or allowance for are left out. */
  hashtags: string[];
  /** Hashtags of the entry and of the hospital left out, because the network caps them or the text left no room. */
  droppedHashtags: string[];
  mentions: string[];
  media: SnippetMedia[];
  /** The text's length as the network counts it, against its limit. */
  count: TextCount;
  /** Whether the text had to be shortened to fit. */
  truncated: boolean;
  /** Video title (YouTube). */
  title?: string;
  firstComment?: string;
}

/**
 * Builds an entry's post for one network. When the text is too long, hashtags go first (last one first), then the
 * text is shortened at a word boundary with "…"; the link and the mentions stay. The result always fits the network.
 */
export function composeSnippet(entry: Entry, network: NetworkId, context: SnippetContext): Snippet {
  const profile = withRememberedCount(profileFor(network, context));
  const article = entry.article === undefined ? undefined : findArticle(context.articles, entry.lang, entry.article);
  if (entry.article !== undefined && !article?.valid) {
    throw new EditorialError(
      'unknown-article',
      `L’article « ${entry.article} » (${entry.lang}) est introuvable ou invalide : lancez npm run calendar:check.`,
    );
  }
  const link = article ? trackedLink(article.url, network, entry) : undefined;
  const body = readable(
    profile,
    entry.variants[network] ?? entry.text ?? (article?.valid ? article.data.description : ''),
  );
  const inlineTags = hashtagsIn(body);
  const inline = new Set(inlineTags.map((tag) => tag.toLowerCase()));
  // Beyond the network's allowance a hashtag could never fit: not worth counting the post with it.
  // The entry's own hashtags come before the hospital's: under a cap (Instagram 5, Threads 1) the house tag goes first.
  const wanted = unique([...entry.hashtags, ...(entry.defaultHashtags ? SITE.defaultHashtags : [])]).filter(
    (tag) => !inline.has(tag.toLowerCase()),
  );
  const tags = wanted.slice(0, Math.max(0, (profile.maxHashtags ?? Infinity) - inlineTags.length));
  const mentions = [...(entry.mentions[network] ?? [])];
  const media = entry.media.filter((item) => profile.media.kinds.includes(item.kind)).slice(0, profile.maxMedia);
  const picture = media.length === 0 && article?.valid ? articlePicture(network, article, entry.lang) : undefined;
  const credits = unique(media.filter((item) => item.rights === 'cc-by' && item.credit).map((item) => item.credit!));
  const linkLine = link && (profile.clickableLinks ? link : SITE.linkInBio[entry.lang]);

  const assemble = (text: string, withTags: string[]) =>
    [[text, ...mentions].filter(Boolean).join(' '), ...credits, linkLine, withTags.map((tag) => `#${tag}`).join(' ')]
      .filter(Boolean)
      .join('\n\n');
  const fits = (text: string) => fitsNetwork(profile, text);

  let fitted = hopelessTail(body, profile.limit) === undefined ? fullText(body, tags, assemble, fits) : undefined;
  while (!fitted) {
    // The link, mentions and credits take the same room whatever the text: what is left guides the search.
    const room = profile.limit - profile.count(assemble('', [])) - 2;
    const shortened = shortenToFit(body, (candidate) => fits(assemble(candidate, [])), {
      ceiling: profile.limit,
      room,
    });
    if (fits(assemble(shortened.text, []))) {
      fitted = { text: shortened.text, tags: hashtagsBeside(shortened.text, tags, assemble, profile), truncated: true };
    } else if (mentions.length > 0) {
      // Only a link with mentions too long for the network gets here: the mentions give way, the link stays.
      mentions.pop();
    } else {
      throw new EditorialError(
        'no-room',
        `Le lien de « ${entry.id} » ne tient pas dans la limite de ${profile.label} : raccourcissez le nom de la campagne.`,
      );
    }
  }

  const text = assemble(fitted.text, fitted.tags);
  const snippet: Snippet = {
    network,
    text,
    hashtags: fitted.tags,
    droppedHashtags: wanted.filter((tag) => !fitted.tags.includes(tag)),
    mentions,
    media: picture ? [shortenedAlt(picture, profile)] : media.map((item) => snippetMedia(item, profile)),
    count: measureFor(profile, text),
    truncated: fitted.truncated,
  };
  if (link) snippet.link = link;
  if (profile.title)
    snippet.title = videoTitle(entry, profile, profile.title, article?.valid ? article.data.title : undefined);
  if (entry.firstComment)
    snippet.firstComment = shortenToFit(readable(profile, entry.firstComment), fits, {
      ceiling: profile.limit,
      room: profile.limit,
    }).text;
  return snippet;
}

/** The full text with as many hashtags as fit, dropping the last ones first; undefined when even no hashtag leaves room. */
function fullText(
  body: string,
  tags: string[],
  assemble: (text: string, tags: string[]) => string,
  fits: (text: string) => boolean,
) {
  // Most posts fit with every hashtag: one count settles them.
  for (let count = tags.length; count >= 0; count--) {
    if (fits(assemble(body, tags.slice(0, count)))) return { text: body, tags: tags.slice(0, count), truncated: false };
  }
  return undefined;
}

/** The hashtags, in order, that still fit beside a shortened text; one too long is skipped for the next. */
function hashtagsBeside(
  text: string,
  tags: string[],
  assemble: (text: string, tags: string[]) => string,
  profile: NetworkProfile,
): string[] {
  const chosen: string[] = [];
  for (const tag of tags) {
    // A hashtag adds at least a separator, its sign and one per grapheme: most shortened posts have no room left.
    const mayFit = profile.count(assemble(text, chosen)) + 2 + graphemeCount(tag) <= profile.limit;
    if (mayFit && fitsNetwork(profile, assemble(text, [...chosen, tag]))) chosen.push(tag);
  }
  return chosen;
}

/** The profile counting each text once: the search tries a candidate, then assembles it again, then shows its count. */
function withRememberedCount(profile: NetworkProfile): NetworkProfile {
  const counted = new Map<string, number>();
  const count = (text: string) => {
    const known = counted.get(text);
    if (known !== undefined) return known;
    const used = profile.count(text);
    counted.set(text, used);
    return used;
  };
  return { ...profile, count };
}

/** What the network can show: no dead raw links where links are not clickable, no angle brackets on YouTube. */
function readable(profile: NetworkProfile, text: string): string {
  let result = text;
  if (!profile.clickableLinks) {
    for (const { indices } of schemeUrls(result).reverse())
      result = result.slice(0, indices[0]) + result.slice(indices[1]);
    result = result.replace(/[ \t]{2,}/g, ' ');
  }
  if (profile.id === 'youtube') result = result.replace(/</g, '‹').replace(/>/g, '›');
  return result.trim();
}

function videoTitle(
  entry: Entry,
  profile: NetworkProfile,
  rule: NonNullable<NetworkProfile['title']>,
  articleTitle: string | undefined,
): string {
  const title = entry.title ?? articleTitle;
  if (title === undefined)
    throw new EditorialError('title-required', `La vidéo « ${entry.id} » n’a pas de titre : ajoutez title: "…".`);
  const { limit, count } = rule;
  return shortenToFit(readable(profile, title), (candidate) => count(candidate) <= limit, {
    ceiling: limit,
    room: limit,
  }).text;
}

function snippetMedia(media: Media, profile: NetworkProfile): SnippetMedia {
  return shortenedAlt(
    {
      src: media.src,
      kind: media.kind,
      alt: media.alt,
      origin: 'calendar',
      ...(media.credit ? { credit: media.credit } : {}),
    },
    profile,
  );
}

function shortenedAlt(media: SnippetMedia, profile: NetworkProfile): SnippetMedia {
  const limit = profile.altLimit;
  if (limit === undefined || media.alt.length <= limit) return media;
  return {
    ...media,
    alt: shortenToFit(media.alt, (candidate) => candidate.length <= limit, { ceiling: limit, room: limit }).text,
  };
}

/** Networks where a post announcing an article without a picture of its own gets the article's. */
const ARTICLE_PICTURE_NETWORKS: readonly NetworkId[] = ['instagram', 'threads'];

/**
 * The picture Instagram and Threads show for an article when the entry gives none: the article's hero, or else a card
 * drawn like the site's social card (the pack draws it at the network's size), each with its description.
 */
function articlePicture(
  network: NetworkId,
  article: IndexedArticle & { valid: true },
  lang: Lang,
): SnippetMedia | undefined {
  if (!ARTICLE_PICTURE_NETWORKS.includes(network)) return undefined;
  const { hero, title, category } = article.data;
  if (hero)
    return {
      src: resolve(dirname(article.file), hero.src),
      kind: 'image',
      alt: hero.alt,
      origin: 'article-hero',
      ...(hero.credit ? { credit: hero.credit } : {}),
    };
  return {
    src: resolve(article.file),
    kind: 'image',
    alt: articleCardAlt(title, CATEGORIES[category].label[lang], lang),
    origin: 'article-card',
  };
}

/** The description of an article's drawn card, in the post's language. */
export function articleCardAlt(title: string, category: string, lang: Lang): string {
  return lang === 'de'
    ? `Karte zum Artikel «${title}» (Rubrik ${category}), mit Name und Logo: ${SITE.name.de}.`
    : `Carte de l’article « ${title} » (rubrique ${category}), avec le nom et le logo : ${SITE.name.fr}.`;
}

function unique(items: string[]): string[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.toLowerCase()) && seen.add(item.toLowerCase()));
}
