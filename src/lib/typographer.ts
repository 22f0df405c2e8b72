import Typograf from 'typograf';
import type { Lang } from './i18n.ts';

const NBSP = '\u00A0';
const NNBSP = '\u202F';
/** Where typograf has hidden a tag, a URL or an entity: `\uF000tf12\uF000`. Its closing mark ends a word, like a tag does. */
const LABEL = '\uF000';

/** The character before a place ends a word: after it, French punctuation takes its space even where none was typed. */
const ENDS_WORD = /[\p{L}\p{N}»)\]…’\uF000]$/u;

/** Whether the character before `at` in `text` ends a word (a letter outside the BMP, two code units, included). */
function endsWord(text: string, at: number): boolean {
  return ENDS_WORD.test(text.slice(Math.max(0, at - 2), at));
}

/**
 * French spacing, which typograf's `fr` locale leaves out (its common rules even delete the space before `: ; ! ?`):
 * a narrow no-break space before `; ! ?`, a no-break space before `:` and inside guillemets, and hours that
 * stay on one line (`10 h 30`). A missing space is added only after the end of a word, so `10:30`, `(?)` and `?!` stay.
 * Each pass looks for the punctuation itself and then at the character before it: a page is mostly letters, and a
 * pattern starting with a letter class would be tried at every one of them.
 */
const frenchSpacing = {
  name: 'fr/nbsp/punctuation',
  index: 520,
  handler: (text: string) =>
    text
      .replace(/«[ \t\n\u00A0\u202F]*/g, `«${NBSP}`)
      .replace(/[ \t\n\u00A0\u202F]*»/g, `${NBSP}»`)
      .replace(/([ \t\n\u00A0\u202F]*)([;!?])/g, (found, space: string, mark: string, at: number, whole: string) =>
        space || endsWord(whole, at) ? `${NNBSP}${mark}` : found,
      )
      .replace(/([ \t\n\u00A0\u202F]*):/g, (found, space: string, at: number, whole: string) => {
        const next = whole[at + found.length];
        const spaced = next === undefined || next === LABEL || /\s/.test(next);
        return space || (spaced && endsWord(whole, at)) ? `${NBSP}:` : found;
      })
      .replace(/(\d{1,2})[ \u00A0]h[ \u00A0](\d{2})\b/g, `$1${NBSP}h${NBSP}$2`),
};

/**
 * Thousands written with spaces (`1 200`, `12 000`) stay on one line, grouped by narrow no-break spaces as both languages
 * print them. Typograf's own grouping also splits any run of five digits, including the numbers of its hidden tags.
 */
const thousands = {
  name: 'common/number/thousands',
  index: 460,
  handler: (text: string) =>
    text.replace(/(?<![\p{L}\p{N}])\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?![ \u00A0]?\p{N})/gu, (number) =>
      number.replace(/[ \u00A0]/g, NNBSP),
    ),
};

/** `50 %`: French and German (Duden, Swiss usage) both space the percent sign, typograf's common rule deletes it. */
const percent = {
  name: 'common/nbsp/percent',
  index: 520,
  handler: (text: string) => text.replace(/(\d)[ \u00A0]?([%‰])/g, `$1${NNBSP}$2`),
};

/**
 * The apostrophe of elision next to a tag (`d'<em>organes</em>`), which typograf's rule, looking for a letter on both
 * sides, leaves straight; French has no other use for a straight quote beside a letter.
 */
const frenchApostrophe = {
  name: 'fr/punctuation/apostrophe',
  index: 420,
  handler: (text: string) =>
    text.replace(/(?<=\p{L})'|'(?=\p{L})/gu, '’').replace(new RegExp(`(?<=${LABEL})'`, 'g'), '’'),
};

/**
 * Swiss German guillemets hug their words («Spital»). Typograf's quote rule reads `« ` as an opening and ` ».` as
 * another opening, so the spaces an editor typed inside go before it runs.
 */
const swissGuillemets = {
  name: 'de/punctuation/guillemets',
  index: 405,
  handler: (text: string) => text.replace(/([«‹])[ \u00A0\u202F]+/g, '$1').replace(/[ \u00A0\u202F]+([»›])/g, '$1'),
};

/** Swiss German writes no ß (Swiss orthography since 1938): `Strasse`, `gross`. */
const swissEszett = {
  name: 'de/other/eszett',
  index: 910,
  handler: (text: string) => text.replace(/ß/g, 'ss').replace(/ẞ/g, 'SS'),
};

/**
 * A compound proper name never breaks at its hyphen (`Val-Clair`, `Saint-Gall`, `Jean-Pierre`): a non-breaking hyphen,
 * which every system font has. Two capitalised words joined by a hyphen are such a name.
 */
const compoundNames = {
  name: 'common/nbsp/compoundNames',
  index: 530,
  handler: (text: string) => text.replace(/(?<=\p{Lu}\p{Ll}+)-(?=\p{Lu}\p{Ll})/gu, '\u2011'),
};

Typograf.addRules([frenchSpacing, frenchApostrophe, thousands, percent, swissGuillemets, swissEszett, compoundNames]);

/** Rules that assume a whole text, or follow Russian habits, or misread health texts. */
const DISABLED = [
  // We hand typograf pieces of pages: their spaces at either end belong to the text around them.
  'common/space/trimLeft',
  'common/space/trimRight',
  // Binding every short word to the next is Russian practice; French and German only bind what the rules below bind.
  'common/nbsp/afterShortWord',
  'common/nbsp/afterShortWordByList',
  'common/nbsp/beforeShortLastWord',
  'common/nbsp/beforeShortLastNumber',
  // `1/2/2026` is a date, `(c)` the third item of a list.
  'common/number/fraction',
  'common/symbols/copy',
  // The percent rule above spaces what this deletes.
  'common/space/delBeforePercent',
];

/** Number and word stay together (`12 lits`, `19 Uhr`). */
const ENABLED = ['common/nbsp/afterNumber'];

/** Per language: what differs from the common rules. */
const LOCALES: Record<Lang, { disable: string[]; quotes: { left: string; right: string; spacing?: boolean } }> = {
  fr: {
    // The French rule above puts the right space where this deletes it.
    disable: ['common/space/delBeforePunctuation'],
    // With spacing, typograf takes out the spaces typed inside guillemets before reading them (`« mot ».` would
    // otherwise open a second quotation), then puts narrow ones, which the French rule widens to no-break spaces.
    quotes: { left: '«‹', right: '»›', spacing: true },
  },
  // Swiss German: guillemets without spaces, as in «Spital».
  de: { disable: [], quotes: { left: '«‹', right: '»›' } },
};

const typographers = new Map<Lang, Typograf>();

/** The language's typographer, built once: typograf with the rules above, writing characters rather than entities. */
export function typographer(lang: Lang): Typograf {
  let found = typographers.get(lang);
  if (!found) {
    found = new Typograf({
      locale: [lang],
      htmlEntity: { type: 'default' },
      disableRule: [...DISABLED, ...LOCALES[lang].disable],
      enableRule: ENABLED,
    });
    found.setSetting('common/punctuation/quote', lang, LOCALES[lang].quotes);
    // Addresses written without their scheme (`www.youtube.com/watch?v=…`), which typograf's own URL guard misses.
    found.addSafeTag(/(?<![\p{L}\p{N}@])(?:[\w-]+\.)+[a-z]{2,}\/[^\s<>«»"]*/giu);
    typographers.set(lang, found);
  }
  return found;
}
