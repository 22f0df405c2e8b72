import { type Lang, useTranslations } from '../i18n.ts';

/**
 * The project's blocks (callouts, video, figure), built once as Markdown tree nodes carrying the HTML they become
 * (`data.hName`, `data.hProperties`). Markdown directives and MDX components both turn into these nodes, so a reader
 * cannot tell which format an article was written in.
 */
export interface BlockNode {
  type: string;
  value?: string;
  url?: string;
  alt?: string;
  children?: BlockNode[];
  data?: { hName?: string; hProperties?: Record<string, unknown> };
}

export const CALLOUT_TYPES = ['conseil', 'attention', 'urgence'] as const;
export type CalloutType = (typeof CALLOUT_TYPES)[number];

/** Responsive widths and layout of an image in the article's column, as for the hero (without its 1440 px). */
export const FIGURE_WIDTHS = [360, 720, 1080];
export const FIGURE_SIZES = '(min-width: 46rem) 42rem, 100vw';
/** Formats offered before the original's, best first: each becomes a `<source>` of the `<picture>`. */
export const FIGURE_FORMATS = ['avif', 'webp'] as const;

const text = (value: string): BlockNode => ({ type: 'text', value });

/** An element of the given tag; the node type only matters to the Markdown tree, `hName` decides the HTML. */
function element(tagName: string, properties: Record<string, unknown>, children: BlockNode[]): BlockNode {
  return { type: 'paragraph', data: { hName: tagName, hProperties: properties }, children };
}

/** `<aside class="callout urgence" aria-label="…"><p class="callout-title">…</p>…</aside>`; the title defaults to the type's name. */
export function calloutBlock(
  type: CalloutType,
  title: string | undefined,
  children: BlockNode[],
  lang: Lang,
): BlockNode {
  const heading = title ?? useTranslations(lang).callout[type];
  return element('aside', { className: ['callout', type], ariaLabel: heading }, [
    element('p', { className: ['callout-title'] }, [text(heading)]),
    ...children,
  ]);
}

export type VideoSource = { youtube: string } | { vimeo: string };

/**
 * A button and a plain link: nothing is requested from the video host until the reader clicks, then the page's
 * video player (`VideoPlayer.astro`) puts the host's player in its place. Feeds keep only the link.
 */
export function videoBlock(source: VideoSource, title: string, lang: Lang): BlockNode {
  const t = useTranslations(lang);
  const [host, embed, watch] =
    'youtube' in source
      ? [
          'YouTube',
          `https://www.youtube-nocookie.com/embed/${encodeURIComponent(source.youtube)}?autoplay=1`,
          `https://www.youtube.com/watch?v=${encodeURIComponent(source.youtube)}`,
        ]
      : [
          'Vimeo',
          `https://player.vimeo.com/video/${encodeURIComponent(source.vimeo)}?dnt=1&autoplay=1`,
          `https://vimeo.com/${encodeURIComponent(source.vimeo)}`,
        ];
  return element('passerelle-video', { className: ['video'], dataEmbed: embed, dataTitle: title }, [
    element('div', {}, [
      element('button', { type: 'button' }, [text(`▶ ${t.playVideo} : ${title}`)]),
      element('p', {}, [
        text(`${t.videoNotice(host)} `),
        { type: 'link', url: watch, children: [text(watch.replace('https://', ''))] },
      ]),
    ]),
  ]);
}

/** The format of the picture's `<img>`, for browsers without the others: the original's, as Astro's `<Picture>` does. */
function fallbackFormat(src: string): string {
  const extension = src.split('.').at(-1)?.toLowerCase() ?? '';
  return extension === 'jpeg' ? 'jpg' : ['jpg', 'png', 'gif', 'webp', 'avif'].includes(extension) ? extension : 'png';
}

export interface FigureProps {
  /** Path of the image relative to the article, e.g. `./schema.jpg`. */
  src: string;
  alt: string;
  caption?: string | undefined;
  credit?: string | undefined;
}

/**
 * `<figure class="figure"><picture>…</picture><figcaption>…</figcaption></figure>`. The picture holds one image per
 * format, which Astro resolves and resizes like any image of an article; `articleHtml` then turns all but the last
 * into the `<source>` elements of the picture.
 */
export function figureBlock({ src, alt, caption, credit }: FigureProps): BlockNode {
  const image = (properties: Record<string, unknown>, imageAlt: string): BlockNode => ({
    type: 'image',
    url: src,
    alt: imageAlt,
    data: { hProperties: { widths: FIGURE_WIDTHS.join(' '), sizes: FIGURE_SIZES, ...properties } },
  });
  const captionChildren = [
    ...(caption ? [text(caption)] : []),
    ...(caption && credit ? [text(' ')] : []),
    ...(credit ? [element('span', {}, [text(`© ${credit}`)])] : []),
  ];
  return element('figure', { className: ['figure'] }, [
    element('picture', {}, [
      ...FIGURE_FORMATS.map((format) => image({ format }, '')),
      image({ format: fallbackFormat(src) }, alt),
    ]),
    ...(captionChildren.length > 0 ? [element('figcaption', {}, captionChildren)] : []),
  ]);
}
