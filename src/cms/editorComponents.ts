import { fromMarkdown } from 'mdast-util-from-markdown';
import { relativePath } from '../lib/frontmatter/relativePath.ts';
import { type Lang, useTranslations } from '../lib/i18n.ts';
import {
  type BlockNode,
  CALLOUT_TYPES,
  type CalloutType,
  calloutBlock,
  figureBlock,
  videoBlock,
} from '../lib/markdown/articleBlocks.ts';
import { blockHtml } from './blockHtml.ts';
import { COLLECTIONS } from './cmsConfig.ts';
import type { EditorComponent } from './decapTypes.ts';

const CALLOUT_LABELS = useTranslations('fr').callout;

/** The language of the article being edited: Decap hands a block's preview its values only, not the entry. */
function editedLang(): Lang {
  return typeof location !== 'undefined' && location.hash.includes(`/collections/${COLLECTIONS.de}/`) ? 'de' : 'fr';
}

/** An attribute value between double quotes, as remark-directive reads it (character references decoded). */
function quote(value: string): string {
  return `"${value.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`;
}

function unquote(value: string): string {
  return value.replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

const ATTRIBUTES = String.raw`\{((?:\s*[\w-]+="[^"]*")*\s*)\}`;

/** `{youtube="ID" title="…"}` → `{ youtube: 'ID', title: '…' }`. */
function readAttributes(text: string): Record<string, string> {
  return Object.fromEntries(
    [...text.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, key = '', value = '']) => [key, unquote(value)]),
  );
}

/** `{youtube="ID" title="…"}` from the values that are filled in, in the order given. */
function writeAttributes(values: [string, unknown][]): string {
  const filled = values.filter(([, value]) => typeof value === 'string' && value.trim() !== '');
  return `{${filled.map(([key, value]) => `${key}=${quote(String(value).trim())}`).join(' ')}}`;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** `:::conseil[Titre]` … `:::`: advice, a warning or what to do in an emergency. */
export const calloutComponent: EditorComponent = {
  id: 'encadre',
  label: 'Encadré (conseil, attention, urgence)',
  fields: [
    {
      name: 'type',
      label: 'Type d’encadré',
      widget: 'select',
      default: 'conseil',
      options: CALLOUT_TYPES.map((type) => ({ label: CALLOUT_LABELS[type], value: type })),
      hint: 'Conseil : un geste utile. Attention : une précaution. Urgence : quand appeler le 144.',
    },
    {
      name: 'title',
      label: 'Titre de l’encadré',
      widget: 'string',
      required: false,
      hint: 'Facultatif : sans titre, l’encadré s’intitule « Conseil », « Attention » ou « Urgence ».',
    },
    { name: 'text', label: 'Texte de l’encadré', widget: 'text', hint: 'Une ou deux phrases, en Markdown.' },
  ],
  pattern: new RegExp(
    String.raw`^:::(${CALLOUT_TYPES.join('|')})(?:\[((?:\\.|[^\]\\\n])*)\])?[ \t]*\n([\s\S]*?)\n:::[ \t]*(?=\n|$)`,
  ),
  fromBlock: ([, type = 'conseil', title = '', body = '']) => ({
    type,
    title: title.replace(/\\(.)/g, '$1'),
    text: body,
  }),
  toBlock: ({ type, title, text: body }) => {
    const label = text(title)
      .trim()
      .replace(/[\\[\]]/g, '\\$&');
    return `:::${text(type) || 'conseil'}${label ? `[${label}]` : ''}\n${text(body).trim()}\n:::`;
  },
  toPreview: ({ type, title, text: body }) => {
    const kind = CALLOUT_TYPES.includes(type as CalloutType) ? (type as CalloutType) : 'conseil';
    const children = fromMarkdown(text(body)).children as BlockNode[];
    return blockHtml(calloutBlock(kind, text(title).trim() || undefined, children, editedLang()));
  },
};

/** `::video{youtube="ID" title="…"}`: a video that loads nothing from its host before the reader clicks. */
export const videoComponent: EditorComponent = {
  id: 'video',
  label: 'Vidéo (YouTube ou Vimeo)',
  fields: [
    {
      name: 'host',
      label: 'Hébergeur',
      widget: 'select',
      default: 'youtube',
      options: [
        { label: 'YouTube', value: 'youtube' },
        { label: 'Vimeo', value: 'vimeo' },
      ],
    },
    {
      name: 'id',
      label: 'Identifiant de la vidéo',
      widget: 'string',
      hint: 'YouTube : les caractères après « v= » dans l’adresse (kP9vTb2xQeM). Vimeo : le numéro à la fin de l’adresse.',
    },
    {
      name: 'title',
      label: 'Titre de la vidéo',
      widget: 'string',
      hint: 'Ce que montre la vidéo, lu aux personnes aveugles et affiché sur le bouton de lecture.',
    },
  ],
  pattern: new RegExp(String.raw`^::video${ATTRIBUTES}[ \t]*(?=\n|$)`),
  fromBlock: ([, attributes = '']) => {
    const values = readAttributes(attributes);
    const host = values['vimeo'] !== undefined ? 'vimeo' : 'youtube';
    return { host, id: values[host] ?? '', title: values['title'] ?? '' };
  },
  toBlock: ({ host, id, title }) =>
    `::video${writeAttributes([
      [host === 'vimeo' ? 'vimeo' : 'youtube', id],
      ['title', title],
    ])}`,
  toPreview: ({ host, id, title }) =>
    blockHtml(videoBlock(host === 'vimeo' ? { vimeo: text(id) } : { youtube: text(id) }, text(title), editedLang())),
};

/** `::figure{src="./schema.jpg" alt="…" caption="…" credit="…"}`: an image beside the article, with its description. */
export const figureComponent: EditorComponent = {
  id: 'figure',
  label: 'Figure (image avec légende)',
  fields: [
    {
      name: 'src',
      label: 'Image',
      widget: 'image',
      choose_url: false,
      hint: 'Elle est enregistrée dans le dossier de l’article. Seulement une image dont l’hôpital a les droits.',
    },
    {
      name: 'alt',
      label: 'Texte alternatif',
      widget: 'string',
      hint: 'Obligatoire : ce que montre l’image, pour les personnes qui ne la voient pas.',
    },
    { name: 'caption', label: 'Légende', widget: 'string', required: false },
    { name: 'credit', label: 'Crédit', widget: 'string', required: false, hint: 'Auteur ou source de l’image.' },
  ],
  pattern: new RegExp(String.raw`^::figure${ATTRIBUTES}[ \t]*(?=\n|$)`),
  fromBlock: ([, attributes = '']) => {
    const { src = '', alt = '', caption = '', credit = '' } = readAttributes(attributes);
    return { src, alt, caption, credit };
  },
  toBlock: ({ src, alt, caption, credit }) =>
    `::figure${writeAttributes([
      ['src', relativePath(text(src))],
      ['alt', alt],
      ['caption', caption],
      ['credit', credit],
    ])}`,
  toPreview: ({ src, alt, caption, credit }, getAsset) =>
    blockHtml(
      figureBlock({
        src: text(src) ? String(getAsset(text(src))) : '',
        alt: text(alt),
        caption: text(caption) || undefined,
        credit: text(credit) || undefined,
      }),
    ),
};

/** The blocks editors insert from the toolbar of the article's text. */
export const EDITOR_COMPONENTS = [calloutComponent, figureComponent, videoComponent];
