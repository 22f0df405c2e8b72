import { decodeHTML } from 'entities';
import { Parser } from 'htmlparser2';
import Typograf from 'typograf';
import { isLang, type Lang } from './i18n.ts';
import { AMPERSAND, shieldText, typesetText } from './typesetText.ts';
import { typographer } from './typographer.ts';

/**
 * What typeset text depends on besides its own code: part of every page's cache key, which also brings this module,
 * and the rules it uses, into the module graph that Astro's incremental build hashes.
 */
export const TYPESETTING = `typograf ${Typograf.version}`;

/** Elements whose content is code, data or drawing, never prose: left exactly as they are. */
const UNTOUCHED = new Set([
  'script',
  'style',
  'pre',
  'code',
  'kbd',
  'samp',
  'var',
  'textarea',
  'svg',
  'math',
  'template',
]);
/**
 * Marks an element whose text is shown exactly as it will be published elsewhere (a post as a network will carry it):
 * it stays as it is, like code.
 */
const AS_WRITTEN = 'data-as-written';
/** Attributes read or heard by people; identifiers, addresses and data attributes are never touched. */
const TEXT_ATTRIBUTES = new Set(['alt', 'title', 'aria-label', 'placeholder']);
/** `<meta>` whose `content` is shown by search engines and social networks. */
const TEXT_META = new Set([
  'description',
  'og:title',
  'og:description',
  'og:image:alt',
  'twitter:title',
  'twitter:description',
  'twitter:image:alt',
]);

interface Tag {
  kind: 'open' | 'close' | 'other';
  name: string;
  /** Source range, end excluded; an implied close tag is empty. */
  start: number;
  end: number;
  attribs: Record<string, string>;
  /** For an open tag: the index of its close tag. */
  close: number;
}

/** The tags, comments and declarations of a page with their source ranges; text is what lies between them. */
function tagsOf(html: string): Tag[] {
  const tags: Tag[] = [];
  const open: number[] = [];
  /** A comment or a declaration: kept as it is, in its place. */
  const other = () =>
    tags.push({ kind: 'other', name: '', start: parser.startIndex, end: parser.endIndex + 1, attribs: {}, close: -1 });
  const parser: Parser = new Parser(
    {
      onopentag(name, attribs) {
        open.push(tags.length);
        tags.push({ kind: 'open', name, start: parser.startIndex, end: parser.endIndex + 1, attribs, close: -1 });
      },
      onclosetag(name, implied) {
        const opener = tags[open.pop() ?? -1];
        const at = implied ? Math.max(parser.startIndex, opener?.end ?? 0) : parser.startIndex;
        if (opener) opener.close = tags.length;
        tags.push({ kind: 'close', name, start: at, end: implied ? at : parser.endIndex + 1, attribs: {}, close: -1 });
      },
      oncomment: other,
      onprocessinginstruction: other,
    },
    { lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.end(html);
  return tags;
}

/** The language an element's `lang` attribute switches to: a site language, `null` for any other, `undefined` if none. */
function langOf(tag: Tag): Lang | null | undefined {
  const value = tag.attribs['lang'];
  if (value === undefined) return undefined;
  const primary = value.toLowerCase().split('-')[0] ?? '';
  return isLang(primary) ? primary : null;
}

const escapeAttribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** An open tag with its readers' attributes typeset; Astro writes every value between double quotes. */
function typesetTag(html: string, tag: Tag, lang: Lang): string {
  const source = html.slice(tag.start, tag.end);
  const meta = tag.name === 'meta' && TEXT_META.has(tag.attribs['name'] ?? tag.attribs['property'] ?? '');
  if (!meta && !Object.keys(tag.attribs).some((name) => TEXT_ATTRIBUTES.has(name))) return source;
  return source.replace(/(\s)([^\s="'<>/]+)="([^"]*)"/g, (whole, space: string, name: string, value: string) =>
    TEXT_ATTRIBUTES.has(name.toLowerCase()) || (meta && name.toLowerCase() === 'content')
      ? `${space}${name}="${escapeAttribute(typesetText(decodeHTML(value), lang))}"`
      : whole,
  );
}

/**
 * What typograf reads: the text, with each run of adjacent tags as at most two bare ones, the first and the last (its
 * own tag hiding would stop at a `>` inside an attribute value, and fewer tags are faster to hide); and the sources
 * that each placeholder stands for, in order.
 */
class Masked {
  text = '';
  readonly kept: string[] = [];
  #run: { placeholder: string; source: string }[] = [];

  addText(text: string) {
    if (!text) return;
    this.flush();
    this.text += text;
  }

  addTag(placeholder: string, source: string) {
    this.#run.push({ placeholder, source });
  }

  flush() {
    const run = this.#run;
    if (run.length === 0) return;
    const last = run.at(-1)!;
    if (run.length > 1) {
      this.text += run[0]!.placeholder;
      this.kept.push(
        run
          .slice(0, -1)
          .map((tag) => tag.source)
          .join(''),
      );
    }
    this.text += last.placeholder;
    this.kept.push(last.source);
    this.#run = [];
  }
}

/**
 * `html[from, to)`, holding `tags[first, last)`, typeset in `lang`. Typograf reads the text with the tags masked, so
 * that its rules see across inline tags (`d'<em>organes</em>`, `«<a>…</a>»`); the tags, with the attributes readers see
 * typeset, are put back in order. An element in another language is typeset in its own; code, elements marked
 * `data-as-written`, and elements in a language without rules, stay as they are.
 */
function typesetRange(html: string, tags: Tag[], first: number, last: number, from: number, to: number, lang?: Lang) {
  const masked = new Masked();
  const addText = (start: number, end: number) => {
    const source = html.slice(start, end);
    masked.addText(!lang ? source : shieldText(source.includes('&') ? decodeHTML(source) : source));
  };
  let at = from;
  for (let index = first; index < last; index++) {
    const tag = tags[index]!;
    addText(at, tag.start);
    at = tag.end;
    if (tag.kind === 'other') masked.addTag('<!---->', html.slice(tag.start, tag.end));
    else if (tag.kind === 'close') {
      if (tag.end > tag.start) masked.addTag(`</${tag.name}>`, html.slice(tag.start, tag.end));
    } else {
      const inner = langOf(tag);
      const closing = tags[tag.close];
      const verbatim = UNTOUCHED.has(tag.name) || AS_WRITTEN in tag.attribs;
      if (closing && (verbatim || (inner !== undefined && inner !== lang))) {
        const content =
          inner && !verbatim
            ? typesetTag(html, tag, inner) +
              typesetRange(html, tags, index + 1, tag.close, tag.end, closing.start, inner)
            : html.slice(tag.start, closing.start);
        masked.addTag(`<${tag.name}>`, content + html.slice(closing.start, closing.end));
        index = tag.close;
        at = closing.end;
      } else masked.addTag(`<${tag.name}>`, lang ? typesetTag(html, tag, lang) : html.slice(tag.start, tag.end));
    }
  }
  addText(at, to);
  masked.flush();
  if (!lang) return restore(masked.text, masked.kept, (raw) => raw);
  return restore(typographer(lang).execute(masked.text), masked.kept, (typeset) =>
    typeset.replaceAll(AMPERSAND, '&amp;'),
  );
}

/** Puts the kept tags back in place of their placeholders, escaping the text between them. */
function restore(text: string, kept: string[], escapeText: (text: string) => string): string {
  let next = 0;
  let out = '';
  let at = 0;
  for (const placeholder of text.matchAll(/<!---->|<\/?[a-z][^\s<>]*>/g)) {
    out += escapeText(text.slice(at, placeholder.index)) + kept[next++];
    at = placeholder.index + placeholder[0].length;
  }
  if (next !== kept.length) throw new Error(`Typographie : ${kept.length - next} balise(s) perdue(s) en route.`);
  return out + escapeText(text.slice(at));
}

/**
 * A page, or a fragment in `lang`, with French or German typography in its text and in the attributes people read,
 * each element in the language its `lang` attribute gives.
 */
export function typesetHtml(html: string, lang?: Lang): string {
  const tags = tagsOf(html);
  return typesetRange(html, tags, 0, tags.length, 0, html.length, lang);
}
