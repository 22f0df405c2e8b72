import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { shortenToFit } from '../../src/editorial/shortenToFit.ts';

const upTo = (n: number) => (text: string) => text.length <= n;

describe('shortenToFit', () => {
  test('a text that fits is left whole', () => {
    expect(shortenToFit('  Jambes lourdes ?  ', upTo(20))).toEqual({ text: 'Jambes lourdes ?', truncated: false });
  });

  test('cuts after the last whole word and adds …', () => {
    // "Les varices ne sont" is 19 characters; with … 20.
    expect(shortenToFit('Les varices ne sont pas une fatalité', upTo(20))).toEqual({
      text: 'Les varices ne sont…',
      truncated: true,
    });
    expect(shortenToFit('Les varices ne sont pas une fatalité', upTo(19))).toEqual({
      text: 'Les varices ne…',
      truncated: true,
    });
  });

  test('drops a comma or colon before …', () => {
    expect(shortenToFit('Bonjour, docteur Martin', upTo(12)).text).toBe('Bonjour…');
  });

  test('cuts a word only when it could never fit whole, between graphemes', () => {
    expect(shortenToFit('Donaudampfschifffahrtsgesellschaft', upTo(10)).text).toBe('Donaudamp…');
    expect(shortenToFit(`Voir ${'a'.repeat(40)}`, upTo(12)).text).toBe('Voir aaaaaa…');
    // A word that would fit alone is moved out whole, not cut.
    expect(shortenToFit('Voir Hôpital', upTo(10)).text).toBe('Voir…');
  });

  test('never cuts an emoji', () => {
    const nurse = '👩🏽‍⚕️'; // 7 UTF-16 units
    expect(shortenToFit(nurse.repeat(3), upTo(10)).text).toBe(`${nurse}…`);
    expect(shortenToFit(nurse, upTo(6))).toEqual({ text: '', truncated: true });
  });

  test('never cuts a link: it is left out whole', () => {
    expect(shortenToFit('https://exemple.ch/un/long/chemin', upTo(10))).toEqual({ text: '', truncated: true });
    expect(shortenToFit('Lire https://exemple.ch/un/long/chemin', upTo(20)).text).toBe('Lire…');
  });
});

describe('shortenToFit with a room', () => {
  test('gives the same answer whatever the room it starts its search from', () => {
    const words = fc
      .array(fc.stringMatching(/^[a-zé’]{1,12}$/), { minLength: 1, maxLength: 40 })
      .map((list) => list.join(' '));
    fc.assert(
      fc.property(words, fc.integer({ min: 1, max: 200 }), fc.integer({ min: -50, max: 400 }), (text, limit, room) => {
        expect(shortenToFit(text, upTo(limit), { ceiling: limit, room })).toEqual(shortenToFit(text, upTo(limit)));
      }),
    );
  });

  test('asks `fits` a handful of times when the room is right, not once per word', () => {
    const text = Array.from({ length: 200 }, (_, index) => `mot${index}`).join(' ');
    let calls = 0;
    const fits = (candidate: string) => {
      calls += 1;
      return candidate.length <= 280;
    };
    const { text: kept } = shortenToFit(text, fits, { ceiling: 280, room: 280 });
    expect(kept.length).toBeLessThanOrEqual(280);
    expect(calls).toBeLessThanOrEqual(4);
  });
});

test('never returns more than fits, even when no word fits and no ceiling is given', () => {
  expect(shortenToFit('’’ a', upTo(1))).toEqual({ text: '', truncated: true });
  fc.assert(
    fc.property(fc.string({ maxLength: 60 }), fc.integer({ min: 0, max: 30 }), (text, limit) => {
      const { text: kept } = shortenToFit(text, upTo(limit));
      expect(kept.length <= limit || kept === text.trim()).toBe(true);
    }),
  );
});
