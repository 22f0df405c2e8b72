import twitter from 'twitter-text';
import { describe, expect, test } from 'vitest';
import { countForNetwork, fitsNetwork, measureFor, NETWORKS, profileFor } from '../../src/editorial/networks.ts';
import { NETWORK_IDS } from '../../src/lib/socialNetworks.ts';

const NURSE = '👩🏽‍⚕️'; // woman + skin tone + ZWJ + staff of Aesculapius + VS16: one grapheme, 17 UTF-8 bytes, 7 UTF-16 units
const LINK =
  'https://blog.hopital-valclair.ch/articles/varices-quand-consulter/?utm_source=x&utm_medium=social&utm_campaign=hiver-2026';

/** X's weighting written from docs.x.com "counting characters", independently of the engine. */
function xByTheDocs(text: string): number {
  const light = (cp: number) =>
    cp <= 0x10ff || (cp >= 0x2000 && cp <= 0x200d) || (cp >= 0x2010 && cp <= 0x201f) || (cp >= 0x2032 && cp <= 0x2037);
  let total = 0;
  for (const token of text.normalize('NFC').split(/(https?:\/\/\S+)/)) {
    if (/^https?:\/\//.test(token)) {
      total += 23;
      continue;
    }
    for (const { segment } of new Intl.Segmenter('fr', { granularity: 'grapheme' }).segment(token)) {
      if (/\p{Extended_Pictographic}/u.test(segment)) total += 2;
      else for (const char of segment) total += light(char.codePointAt(0)!) ? 1 : 2;
    }
  }
  return total;
}

describe('X counts weighted characters', () => {
  const cases: [string, number][] = [
    ['Bonjour', 7],
    ['éèà', 3],
    ['e\u0301', 1], // NFC makes one é
    ['中文', 4],
    [NURSE, 2],
    ['👨‍👩‍👧‍👦', 2],
    [`Voir ${LINK}`, 28],
    // — (U+2014) is in 2010–201F and weighs 1; … (U+2026) is not, it weighs 2.
    ['« Jambes lourdes ? » — oui…', 26 + 2],
    [`Grippe ${NURSE} 中 ${LINK}`, 7 + 2 + 1 + 2 + 1 + 23],
  ];
  test.each(cases)('%s weighs %i', (text, weight) => {
    expect(countForNetwork('x', text)).toBe(weight);
    expect(xByTheDocs(text)).toBe(weight);
    expect(twitter.parseTweet(text).weightedLength).toBe(weight);
  });
});

describe('the other counters', () => {
  test('Bluesky: graphemes, and bytes as a second ceiling', () => {
    expect(countForNetwork('bluesky', `é${NURSE}中`)).toBe(3);
    const emoji = NURSE.repeat(177); // 177 graphemes but 177 × 17 = 3,009 bytes
    expect(fitsNetwork(NETWORKS.bluesky, emoji)).toBe(false);
    expect(fitsNetwork(NETWORKS.bluesky, NURSE.repeat(176))).toBe(true);
    expect(measureFor(NETWORKS.bluesky, emoji)).toEqual({ used: 3009, limit: 3000, unit: 'bytes' });
    expect(measureFor(NETWORKS.bluesky, 'a'.repeat(301))).toEqual({ used: 301, limit: 300, unit: 'graphemes' });
  });

  test('Mastodon: a link with a scheme is 23, @user@domain is @user, bare domains count as written', () => {
    expect(countForNetwork('mastodon', `Voir ${LINK}`)).toBe(5 + 23);
    expect(countForNetwork('mastodon', 'Merci @hug@mastodon.social !')).toBe('Merci @hug !'.length);
    expect(countForNetwork('mastodon', `hopital-valclair.ch ${NURSE}`)).toBe(19 + 1 + 1);
    expect(profileFor('mastodon', { mastodonLimit: 1000 }).limit).toBe(1000);
    expect(profileFor('mastodon').limit).toBe(500);
    expect(profileFor('x', { mastodonLimit: 1000 }).limit).toBe(280);
  });

  test('Threads: an emoji counts its UTF-8 bytes, other characters one each', () => {
    expect(countForNetwork('threads', `é${NURSE}a`)).toBe(1 + 17 + 1);
    expect(countForNetwork('threads', '🇨🇭 Suisse')).toBe(8 + 7);
    expect(countForNetwork('threads', '中文')).toBe(2);
  });

  test('Threads refuses a sixth link and a second topic tag', () => {
    const links = (n: number) => Array.from({ length: n }, (_, i) => `https://exemple.ch/${i}`).join(' ');
    expect(fitsNetwork(NETWORKS.threads, links(5))).toBe(true);
    expect(fitsNetwork(NETWORKS.threads, links(6))).toBe(false);
    expect(fitsNetwork(NETWORKS.threads, '#Grippe')).toBe(true);
    expect(fitsNetwork(NETWORKS.threads, '#Grippe #Vaccin')).toBe(false);
    expect(fitsNetwork(NETWORKS.instagram, '#a #b #c #d #e')).toBe(true);
    expect(fitsNetwork(NETWORKS.instagram, '#a #b #c #d #e #f')).toBe(false);
  });

  test('LinkedIn, Facebook and Instagram count UTF-16 units; YouTube bytes', () => {
    for (const id of ['linkedin', 'facebook', 'instagram'] as const) expect(countForNetwork(id, NURSE)).toBe(7);
    expect(countForNetwork('youtube', `é${NURSE}`)).toBe(2 + 17);
  });
});

describe('profiles', () => {
  test('limits as the issue states them', () => {
    const limits = Object.fromEntries(NETWORK_IDS.map((id) => [id, [NETWORKS[id].limit, NETWORKS[id].altLimit]]));
    expect(limits).toEqual({
      x: [280, 1000],
      bluesky: [300, 2000],
      mastodon: [500, 1500],
      threads: [500, undefined],
      linkedin: [3000, undefined],
      facebook: [63206, undefined],
      instagram: [2200, 1000],
      youtube: [5000, undefined],
    });
    expect(NETWORKS.youtube.title?.limit).toBe(100);
    expect(NETWORKS.bluesky.byteLimit).toBe(3000);
  });

  test('every profile gives crops whose size matches its ratio, and audience and tone notes', () => {
    for (const id of NETWORK_IDS) {
      const profile = NETWORKS[id];
      expect(profile.id).toBe(id);
      expect(profile.images.length).toBeGreaterThan(0);
      for (const { width, height, ratio } of profile.images) {
        const [w, h] = ratio.split(':').map(Number);
        expect(Math.abs(width / height - w! / h!)).toBeLessThan(0.01);
      }
      expect(profile.audience.length).toBeGreaterThan(20);
      expect(profile.tone.length).toBeGreaterThan(20);
    }
  });
});
