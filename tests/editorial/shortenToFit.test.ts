import { describe, expect, test } from 'vitest';
import { shortenToFit } from '../../src/editorial/shortenToFit.ts';

const upTo = (n: number) => (text: string) => text.length <= n;

describe('shortenToFit', () => {
  test('a text that fits is left whole', () => {
    expect(shortenToFit('  Jambes lourdes ?  ', upTo(20))).toEqual({ text: 'Jambes lourdes ?', truncated: false });
  });

  test('cuts after the last whole word and adds …', () => {
    // "Les varices ne sont" is 19 characters; with … 20.
    expect(shortenToFit('Les varices ne sont pas une fatalité', upTo(20))).toEqual({ text: 'Les varices ne sont…', truncated: true });
    expect(shortenToFit('Les varices ne sont pas une fatalité', upTo(19))).toEqual({ text: 'Les varices ne…', truncated: true });
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
