import twitter from 'twitter-text';
import { describe, expect, test } from 'vitest';
import { composeSnippet } from '../../src/editorial/composeSnippet.ts';
import { entrySchema } from '../../src/editorial/entrySchema.ts';
import { EditorialError } from '../../src/editorial/errors.ts';
import { articles } from './helpers.ts';

const base = { id: 'varices-hiver', date: '2026-11-24 12:00', article: 'varices', status: 'approved' };
const entryFor = (fields: Record<string, unknown>) => entrySchema.parse({ ...base, ...fields });
const PHOTO = { src: 'media/photo.jpg', alt: 'Une infirmière prépare un vaccin', rights: 'owned' };
const ARTICLE_URL = 'https://blog.hopital-valclair.ch/articles/varices/';
const LONG =
  'Les jambes lourdes, les chevilles qui gonflent le soir et les veines qui se dessinent sous la peau sont des signes fréquents que beaucoup de personnes banalisent pendant des années avant d’en parler à leur médecin de famille.';

describe('link, text and hashtags', () => {
  test('the link carries network, medium and campaign; the text defaults to the article description', () => {
    const snippet = composeSnippet(entryFor({ networks: ['bluesky'], campaign: 'hiver-2026' }), 'bluesky', {
      articles,
    });
    expect(snippet.link).toBe(`${ARTICLE_URL}?utm_source=bluesky&utm_medium=social&utm_campaign=hiver-2026`);
    expect(snippet.text).toBe(
      `Jambes lourdes, veines apparentes : les signes qui doivent amener à consulter.\n\n${snippet.link}\n\n#ValClair`,
    );
    expect(snippet.truncated).toBe(false);
  });

  test('without a campaign, utm_campaign is the entry id; a German entry links the German page', () => {
    const snippet = composeSnippet(entryFor({ networks: ['x'], article: 'krampfadern', lang: 'de' }), 'x', {
      articles,
    });
    expect(snippet.link).toBe(
      'https://blog.hopital-valclair.ch/de/artikel/krampfadern/?utm_source=x&utm_medium=social&utm_campaign=varices-hiver',
    );
    expect(snippet.text).toContain('Schwere Beine');
  });

  test('a variant replaces the text on its network only; entry hashtags come before the hospital’s, without repeats', () => {
    const entry = entryFor({
      networks: ['x', 'linkedin'],
      text: 'Texte commun',
      variants: { linkedin: 'Texte pour les pros #Angiologie' },
      hashtags: ['Santé', 'angiologie', 'valclair', 'Prévention'],
    });
    expect(composeSnippet(entry, 'x', { articles }).text).toMatch(/^Texte commun\n\n/);
    const linkedin = composeSnippet(entry, 'linkedin', { articles });
    expect(linkedin.text).toMatch(/^Texte pour les pros #Angiologie\n\n/);
    expect(linkedin.hashtags).toEqual(['Santé', 'valclair', 'Prévention']);
  });

  test('defaultHashtags: false leaves the hospital’s hashtag out', () => {
    expect(composeSnippet(entryFor({ networks: ['x'], defaultHashtags: false }), 'x', { articles }).hashtags).toEqual(
      [],
    );
  });

  test('hashtags give way first, from the last, while the text stays whole', () => {
    // 219 characters of text + 2 + 23 for the link + 2 leave 34 of X's 280: room for "#Santé #Prévention #Hiver #Jambes" (33) but not " #ValClair".
    const text = `${'a'.repeat(9)} `.repeat(22).trim();
    const snippet = composeSnippet(
      entryFor({ networks: ['x'], text, hashtags: ['Santé', 'Prévention', 'Hiver', 'Jambes'] }),
      'x',
      { articles },
    );
    expect(text.length).toBe(219);
    expect(snippet.truncated).toBe(false);
    expect(snippet.hashtags).toEqual(['Santé', 'Prévention', 'Hiver', 'Jambes']);
    expect(twitter.parseTweet(snippet.text).weightedLength).toBe(219 + 2 + 23 + 2 + 33);
  });

  test('a long text is shortened with …, keeping link and mentions, within the limit by twitter-text', () => {
    const text = `${LONG} ${LONG}`;
    const entry = entryFor({ networks: ['x'], text, mentions: { x: ['@hug_ge', '@chuv'] } });
    const snippet = composeSnippet(entry, 'x', { articles });
    expect(snippet.truncated).toBe(true);
    expect(snippet.text).toMatch(/…(?= @hug_ge @chuv\n\n)/);
    expect(snippet.text).toContain(snippet.link!);
    expect(twitter.parseTweet(snippet.text).valid).toBe(true);
    expect(snippet.count).toEqual({
      used: twitter.parseTweet(snippet.text).weightedLength,
      limit: 280,
      unit: 'weighted',
    });
    const kept = snippet.text.slice(0, snippet.text.indexOf('…'));
    expect(text.startsWith(kept)).toBe(true);
    expect(text[kept.length]).toBe(' ');
  });

  test('the Mastodon limit follows the server’s', () => {
    const entry = entryFor({ networks: ['mastodon'], text: `${LONG} ${LONG} ${LONG}` });
    expect(composeSnippet(entry, 'mastodon', { articles }).truncated).toBe(true);
    const roomy = composeSnippet(entry, 'mastodon', { articles, mastodonLimit: 1000 });
    expect(roomy.truncated).toBe(false);
    expect(roomy.count.limit).toBe(1000);
  });
});

describe('network rules', () => {
  test('Instagram: no raw link, "lien en bio", at most 5 hashtags', () => {
    const entry = {
      ...entryFor({
        networks: ['instagram'],
        media: [PHOTO],
        hashtags: ['Santé', 'Prévention', 'Hiver', 'Jambes', 'Marche', 'Veines'],
      }),
      text: 'Jambes lourdes ? Tout savoir sur https://exemple.ch/varices et en parler.',
    };
    const snippet = composeSnippet(entry, 'instagram', { articles });
    expect(snippet.text).not.toMatch(/https?:\/\//);
    expect(snippet.text).toBe(
      'Jambes lourdes ? Tout savoir sur et en parler.\n\nArticle complet : lien en bio.\n\n#Santé #Prévention #Hiver #Jambes #Marche',
    );
    expect(snippet.link).toContain('utm_source=instagram');
  });

  test('Threads: one topic tag', () => {
    const snippet = composeSnippet(entryFor({ networks: ['threads'], hashtags: ['Veines', 'Santé'] }), 'threads', {
      articles,
    });
    expect(snippet.hashtags).toEqual(['Veines']);
    expect(twitter.extractHashtags(snippet.text)).toEqual(['Veines']);
  });

  test('YouTube: the video only, title from the article, no angle brackets in the description', () => {
    const entry = {
      ...entryFor({
        networks: ['youtube'],
        media: [PHOTO, { src: 'media/video.mp4', alt: 'Visite', rights: 'owned' }],
      }),
      text: 'IRM <3 teslas>',
    };
    const snippet = composeSnippet(entry, 'youtube', { articles });
    expect(snippet.title).toBe('Varices : quand consulter ?');
    expect(snippet.media.map((item) => item.src)).toEqual(['media/video.mp4']);
    expect(snippet.text).toMatch(/^IRM ‹3 teslas›\n\n/);
  });

  test('YouTube: a title too long is shortened to 100 characters', () => {
    const snippet = composeSnippet(
      entryFor({
        networks: ['youtube'],
        article: 'titre-long',
        media: [{ src: 'media/video.mp4', alt: 'Visite', rights: 'owned' }],
      }),
      'youtube',
      { articles },
    );
    expect(snippet.title!.length).toBeLessThanOrEqual(100);
    expect(snippet.title).toMatch(/^Un titre d'article très long.*…$/);
  });

  test('a cc-by credit is printed; alt text is cut to the network’s limit; the first comment rides along', () => {
    const entry = entryFor({
      networks: ['x'],
      firstComment: 'Sources : Société suisse d’angiologie.',
      media: [{ ...PHOTO, rights: 'cc-by', credit: 'Photo : Anne Exemple, CC BY 4.0' }],
    });
    entry.media[0]!.alt = 'é'.repeat(1500);
    const snippet = composeSnippet(entry, 'x', { articles });
    expect(snippet.text).toContain('\n\nPhoto : Anne Exemple, CC BY 4.0\n\n');
    expect(snippet.media[0]!.alt.length).toBe(1000);
    expect(snippet.media[0]!.alt.endsWith('…')).toBe(true);
    expect(snippet.firstComment).toBe('Sources : Société suisse d’angiologie.');
  });

  test('an unknown article is a typed error', () => {
    const entry = entryFor({ networks: ['x'], article: 'nulle-part' });
    expect(() => composeSnippet(entry, 'x', { articles })).toThrow(EditorialError);
  });
});

describe('hashtags a network leaves out are reported, never dropped silently', () => {
  test('Instagram keeps 5: the entry’s own first, then the hospital’s; the rest is listed', () => {
    const entry = entryFor({
      networks: ['instagram'],
      text: 'Bougez !',
      hashtags: ['Un', 'Deux', 'Trois', 'Quatre', 'Cinq', 'Six'],
      media: [PHOTO],
    });
    const snippet = composeSnippet(entry, 'instagram', { articles });
    expect(snippet.hashtags).toEqual(['Un', 'Deux', 'Trois', 'Quatre', 'Cinq']);
    expect(snippet.droppedHashtags).toEqual(['Six', 'ValClair']);
    expect(twitter.extractHashtags(snippet.text)).toHaveLength(5);
  });

  test('a hashtag written in the text takes a place: Threads keeps it, and reports those it could not add', () => {
    const entry = entryFor({ networks: ['threads'], text: 'La #Grippe arrive.', hashtags: ['Hiver'] });
    const snippet = composeSnippet(entry, 'threads', { articles });
    expect(snippet.hashtags).toEqual([]);
    expect(snippet.droppedHashtags).toEqual(['Hiver', 'ValClair']);
  });

  test('within the cap, nothing is dropped', () => {
    const snippet = composeSnippet(entryFor({ networks: ['x'], hashtags: ['Grippe'] }), 'x', { articles });
    expect(snippet.droppedHashtags).toEqual([]);
  });
});

describe('Instagram and Threads posts announcing an article without media', () => {
  test('take the article’s hero, with its description and credit', () => {
    const snippet = composeSnippet(entryFor({ networks: ['instagram'], article: 'grippe' }), 'instagram', { articles });
    expect(snippet.media).toEqual([
      {
        kind: 'image',
        origin: 'article-hero',
        src: expect.stringMatching(/\/fr\/grippe\/hero\.jpg$/),
        alt: 'Une infirmière prépare un vaccin contre la grippe.',
        credit: 'Photo : Service communication',
      },
    ]);
  });

  test('take a card drawn from an article without a hero, described in the post’s language', () => {
    const snippet = composeSnippet(entryFor({ networks: ['threads'] }), 'threads', { articles });
    expect(snippet.media).toEqual([expect.objectContaining({ kind: 'image', origin: 'article-card' })]);
    expect(snippet.media[0]!.alt).toMatch(
      /^Carte de l’article « .+ » \(rubrique .+\), avec le nom et le logo : Hôpital du Val-Clair\.$/,
    );
  });

  test('keep their own media, and other networks get none added', () => {
    expect(
      composeSnippet(entryFor({ networks: ['instagram'], media: [PHOTO] }), 'instagram', { articles }).media[0]!.origin,
    ).toBe('calendar');
    expect(composeSnippet(entryFor({ networks: ['facebook'] }), 'facebook', { articles }).media).toEqual([]);
  });
});
