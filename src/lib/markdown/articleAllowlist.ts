import type { Schema } from 'hast-util-sanitize';

const aria = ['ariaLabel', 'ariaDescribedBy', 'ariaLabelledBy'];
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/**
 * What an article's HTML may hold, in pages and feeds alike: what Markdown writes, the project's blocks, and harmless
 * inline HTML. No script, style, iframe, object, embed, meta, base or form, no event handler or style attribute, and
 * links only to web, mail and phone addresses; `data:` only as an image. Anything else is dropped.
 */
export const ARTICLE_ALLOWLIST: Schema = {
  tagNames: [
    ...['p', 'br', 'hr', 'blockquote', 'pre', 'code', 'kbd', 'samp', 'var', 'div', 'span'],
    ...HEADINGS,
    ...['a', 'b', 'strong', 'i', 'em', 'u', 's', 'del', 'ins', 'mark', 'small', 'sub', 'sup', 'q', 'cite', 'abbr'],
    ...['time', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'details', 'summary', 'section'],
    ...['table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'],
    ...['img', 'picture', 'source', 'figure', 'figcaption'],
    // The project's blocks: callouts, and the video (a button, replaced by the host's player on click).
    ...['aside', 'passerelle-video', 'button'],
  ],
  attributes: {
    '*': ['title', 'lang', 'dir'],
    ...Object.fromEntries(HEADINGS.map((heading) => [heading, ['id']])),
    a: [...aria, 'href', 'hrefLang', 'dataFootnoteRef', 'dataFootnoteBackref', ['className', 'data-footnote-backref']],
    img: ['src', 'srcSet', 'sizes', 'alt', 'width', 'height', 'loading', 'decoding', 'fetchPriority'],
    source: ['srcSet', 'type', 'sizes', 'width', 'height'],
    ol: ['start', 'reversed'],
    li: ['id'],
    section: ['dataFootnotes', ['className', 'footnotes']],
    h2: ['id', ['className', 'sr-only']],
    code: [['className', /^language-./]],
    details: ['open'],
    time: ['dateTime'],
    th: ['align', 'colSpan', 'rowSpan', 'scope'],
    td: ['align', 'colSpan', 'rowSpan'],
    aside: [...aria, ['className', 'callout', 'conseil', 'attention', 'urgence']],
    p: [['className', 'callout-title']],
    figure: [['className', 'figure']],
    'passerelle-video': [
      ['className', 'video'],
      ['dataEmbed', /^https:\/\/(?:www\.youtube-nocookie\.com\/embed\/|player\.vimeo\.com\/video\/)[\w%-]+\?[\w=&]*$/],
      'dataTitle',
    ],
    button: [['type', 'button']],
  },
  protocols: {
    href: ['http', 'https', 'mailto', 'tel'],
    src: ['http', 'https', 'data'],
    cite: ['http', 'https'],
  },
  ancestors: { tbody: ['table'], thead: ['table'], tfoot: ['table'], tr: ['table'], td: ['table'], th: ['table'] },
  // Heading ids are the article's own anchors: kept as written.
  clobber: [],
  strip: ['script', 'style'],
};

/** The elements an MDX article may write as JSX besides the project's components. */
export const ALLOWED_TAGS: ReadonlySet<string> = new Set(ARTICLE_ALLOWLIST.tagNames);
