import fc from 'fast-check';
import twitter from 'twitter-text';
import { afterAll, describe, expect, test } from 'vitest';
import { composeSnippet } from '../../src/editorial/composeSnippet.ts';
import type { Entry } from '../../src/editorial/entrySchema.ts';
import { NETWORKS } from '../../src/editorial/networks.ts';
import { NETWORK_IDS, type NetworkId } from '../../src/lib/socialNetworks.ts';
import { articles } from './helpers.ts';

// Counters written here from the platforms' rules, independently of the engine's.
const segmenter = new Intl.Segmenter('fr', { granularity: 'grapheme' });
const graphemesOf = (text: string) => Array.from(segmenter.segment(text), (part) => part.segment);
const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
/** Whether `source` has a grapheme boundary at `index` (UTF-16). */
const endsOnGrapheme = (source: string, index: number) => {
  let at = 0;
  for (const grapheme of graphemesOf(source)) {
    if (at >= index) break;
    at += grapheme.length;
  }
  return at === index;
};
const isEmoji = (grapheme: string) => /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3/u.test(grapheme);
const FITS: Record<NetworkId, (text: string) => boolean> = {
  x: (text) => twitter.parseTweet(text).weightedLength <= 280,
  bluesky: (text) => graphemesOf(text).length <= 300 && bytes(text) <= 3000,
  mastodon: (text) =>
    graphemesOf(text.replace(/https?:\/\/\S+/g, 'x'.repeat(23)).replace(/(@\w+)@[\w.-]+\w/g, '$1')).length <= 500,
  threads: (text) =>
    graphemesOf(text).reduce((sum, g) => sum + (isEmoji(g) ? bytes(g) : [...g].length), 0) <= 500 &&
    twitter.extractUrls(text).length <= 5,
  linkedin: (text) => text.length <= 3000,
  facebook: (text) => text.length <= 63206,
  instagram: (text) => text.length <= 2200 && twitter.extractHashtags(text).length <= 5,
  youtube: (text) => bytes(text) <= 5000 && !/[<>]/.test(text),
};

const word = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'Hôpital',
      'vaccination',
      'grippe',
      'cœur',
      'Ärztin',
      'Krampfadern',
      'à',
      'l’équipe',
      'soins,',
      'consulter ?',
      '« santé »',
    ),
  },
  { weight: 4, arbitrary: fc.stringMatching(/^[a-zàâçéèêëîïôûùüÿœ]{1,12}$/) },
  { weight: 3, arbitrary: fc.constantFrom('👩🏽‍⚕️', '👨‍👩‍👧‍👦', '🧑🏿‍🦽', '👍🏻', '🇨🇭', '❤️', '1️⃣', '🏥', 'e\u0301') },
  { weight: 2, arbitrary: fc.constantFrom('医院', '健康', '流感疫苗', '病院へようこそ') },
  {
    weight: 2,
    arbitrary: fc
      .stringMatching(/^[a-z0-9]{4,10}$/)
      .map((path) => `https://exemple.ch/${path}/${'x'.repeat(path.length * 3)}`),
  },
  { weight: 2, arbitrary: fc.stringMatching(/^[A-Za-zé]{2,14}$/).map((tag) => `#${tag}`) },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-zA-Z]{30,120}$/) },
  // Words longer than any room: letters, or emoji and CJK written without spaces. (twitter-text takes milliseconds
  // on such runs, hence their low weight.)
  { weight: 1, arbitrary: fc.stringMatching(/^[a-zé]{300,700}$/) },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.constantFrom('👩🏽‍⚕️', '🇨🇭', '医', '院', 'é', 'e\u0301'), { minLength: 150, maxLength: 400 })
      .map((parts) => parts.join('')),
  },
);
/** Texts up to `maxWords` words, so that each network's limit is crossed often. */
const textOf = (maxWords: number) =>
  fc
    .array(fc.tuple(word, fc.constantFrom(' ', ' ', ' ', '\n', '\n\n', '  ')), {
      minLength: 1,
      maxLength: maxWords,
      size: 'max',
    })
    .map((parts) =>
      parts
        .map(([w, space]) => w + space)
        .join('')
        .trim(),
    );
// About 1,800 texts in all, sized so that every network's limit is often crossed. twitter-text (X, and the link
// detection of Mastodon and Threads) takes milliseconds on long runs without spaces, hence fewer runs there.
const WORDS: Record<NetworkId, { maxWords: number; runs: number }> = {
  x: { maxWords: 50, runs: 200 },
  bluesky: { maxWords: 60, runs: 500 },
  mastodon: { maxWords: 100, runs: 250 },
  threads: { maxWords: 100, runs: 250 },
  linkedin: { maxWords: 250, runs: 200 },
  instagram: { maxWords: 200, runs: 150 },
  youtube: { maxWords: 300, runs: 200 },
  facebook: { maxWords: 2500, runs: 20 },
};
const hashtags = fc.uniqueArray(fc.stringMatching(/^[A-Za-zéü]{2,15}$/), {
  maxLength: 8,
  selector: (tag) => tag.toLowerCase(),
});
const mentions = fc
  .array(fc.constantFrom('@hug_ge', '@chuv', '@ofsp@mastodon.social', '@spital.bsky.social'), { maxLength: 3 })
  .map((list) => [...new Set(list)]);

function entry(network: NetworkId, body: string, tags: string[], names: string[]): Entry {
  return {
    id: 'propriete',
    date: new Date('2026-11-24T11:00:00Z'),
    networks: [network],
    article: 'varices',
    lang: 'fr',
    text: body,
    variants: {},
    hashtags: tags,
    defaultHashtags: true,
    mentions: { [network]: names },
    media: [{ src: 'media/video.mp4', alt: 'Visite', rights: 'owned', people: false, kind: 'video' }],
    status: 'approved',
  };
}

describe.each(NETWORK_IDS)('%s: every composed snippet', (network) => {
  let truncated = 0;
  let cutInsideWord = 0;
  afterAll(() => {
    // The property must have been put to the test: many texts shortened and, where the limit is shorter than the
    // longest generated word, some cut inside that word.
    expect(truncated).toBeGreaterThan(WORDS[network].runs / 5);
    if (NETWORKS[network].limit <= 500) expect(cutInsideWord).toBeGreaterThan(0);
  });

  test('fits by an independent count, keeps its link and mentions, and ends on a whole word or grapheme', () => {
    fc.assert(
      fc.property(textOf(WORDS[network].maxWords), hashtags, mentions, (body, tags, names) => {
        const snippet = composeSnippet(entry(network, body, tags, names), network, { articles });
        expect(FITS[network](snippet.text)).toBe(true);
        expect(snippet.count.used).toBeLessThanOrEqual(snippet.count.limit);

        if (network === 'instagram') {
          expect(snippet.text).not.toMatch(/https?:\/\//);
          expect(snippet.text).toContain('Article complet : lien en bio.');
        } else {
          expect(snippet.text).toContain(`\n\n${snippet.link}`);
        }
        for (const name of names) expect(snippet.text).toContain(name);
        expect(snippet.mentions).toEqual(names);

        if (!snippet.truncated) return;
        truncated++;
        if (network === 'instagram') return;
        const cut = snippet.text.indexOf('…');
        // No "…" at all: the whole text gave way to the link and mentions (its first word was a link too long to fit).
        if (cut === -1) return;
        const kept = snippet.text.slice(0, cut);
        const source = network === 'youtube' ? body.replace(/</g, '‹').replace(/>/g, '›') : body;
        expect(source.startsWith(kept)).toBe(true);
        // The cut falls between graphemes…
        expect(endsOnGrapheme(source, kept.length)).toBe(true);
        // …and inside a word only when that word is no link and could not be shown whole, even with only "…" after it.
        const rest = source.slice(kept.length);
        if (kept !== '' && !/^[\s,;:]/.test(rest)) {
          cutInsideWord++;
          const word = kept.split(/\s/).at(-1)! + rest.split(/\s/)[0]!;
          expect(word).not.toMatch(/^https?:\/\//);
          expect(
            composeSnippet(entry(network, `${word} suite`, [], names), network, { articles }).text.startsWith(
              `${word}…`,
            ),
          ).toBe(false);
        }
      }),
      // Shrinking texts of thousands of characters takes minutes: report the first counterexample as found.
      { numRuns: WORDS[network].runs, endOnFailure: true },
    );
  }, 180_000);
});
