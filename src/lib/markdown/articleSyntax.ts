import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  defineMdastPlugin,
  type MdastTarget,
  type MdastVisitorContext,
  type MdxJsxFlowElement,
  type PluginFactoryContext,
} from 'satteri';
import { checkArticleImage, type ImageRules } from '../articles/checkArticleImage.ts';
import type { Lang } from '../i18n.ts';
import { ALLOWED_TAGS } from './articleAllowlist.ts';
import {
  type BlockNode,
  CALLOUT_TYPES,
  type CalloutType,
  calloutBlock,
  figureBlock,
  videoBlock,
} from './articleBlocks.ts';

type Format = 'md' | 'mdx';
type Positioned = { position?: { start: { line: number } } | undefined };
type Attributes = Record<string, string | undefined>;

/** How each block is written in either format, for the messages that tell an editor what to write. */
const USAGE: Record<'callout' | 'video' | 'figure', Record<Format, string>> = {
  callout: {
    md: ':::conseil[Titre facultatif] … ::: (ou :::attention, :::urgence)',
    mdx: '<Callout type="conseil" title="Titre facultatif">…</Callout> (type conseil, attention ou urgence)',
  },
  video: {
    md: '::video{youtube="kP9vTb2xQeM" title="Ce que montre la vidéo"} (ou vimeo="123456789")',
    mdx: '<Video youtube="kP9vTb2xQeM" title="Ce que montre la vidéo" /> (ou vimeo="123456789")',
  },
  figure: {
    md: '::figure{src="./schema.jpg" alt="Ce que montre l’image" caption="Légende" credit="Auteur"}',
    mdx: '<Figure src={schema} alt="Ce que montre l’image" caption="Légende" credit="Auteur" /> après import schema from \'./schema.jpg\';',
  },
};

const KNOWN = `les encadrés ${USAGE.callout.md}, la vidéo ${USAGE.video.md} et l’image ${USAGE.figure.md}`;
const COMPONENTS = `<Callout>, <Video> et <Figure>`;

/** An MDX import the articles may use: one image from a file beside the article. */
const IMAGE_IMPORT = /^import\s+([A-Za-z_$][\w$]*)\s+from\s+(['"])(\.{1,2}\/[^'"]+\.(?:jpe?g|png|webp|avif|gif))\2;?$/;

export class ArticleSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArticleSyntaxError';
  }
}

/** Astro hands the plugin the body without its frontmatter: lines are counted from the file's first. */
function linesBefore(file: string, body: string): number {
  try {
    const text = readFileSync(file, 'utf8');
    const start = text.lastIndexOf(body);
    return start > 0 ? text.slice(0, start).split('\n').length - 1 : 0;
  } catch {
    return 0;
  }
}

function langOf(file: string): Lang {
  return /[\\/]articles[\\/]de[\\/]/.test(file) ? 'de' : 'fr';
}

/** What a block needs, checked the same way whichever format wrote it; returns the block or what to write instead. */
async function block(
  kind: 'callout' | 'video' | 'figure',
  attributes: Attributes,
  context: { format: Format; lang: Lang; file: string; images: ImageRules; calloutType?: CalloutType },
  children: BlockNode[] = [],
): Promise<BlockNode | string> {
  const usage = USAGE[kind][context.format];
  const allowed = {
    callout: ['title', 'type'],
    video: ['youtube', 'vimeo', 'title'],
    figure: ['src', 'alt', 'caption', 'credit'],
  }[kind];
  const unknown = Object.keys(attributes).filter((name) => !allowed.includes(name));
  if (unknown.length > 0) return `attribut « ${unknown.join(', ')} » inconnu ici : écrivez ${usage}.`;
  const present = (name: string) => attributes[name]?.trim() || undefined;
  if (kind === 'callout')
    return calloutBlock(context.calloutType ?? 'conseil', present('title'), children, context.lang);
  if (kind === 'video') {
    const title = present('title');
    const youtube = present('youtube');
    const vimeo = present('vimeo');
    if (!title || Boolean(youtube) === Boolean(vimeo))
      return `une vidéo demande youtube="…" ou vimeo="…" (l’un des deux) et title="…" : écrivez ${usage}.`;
    return videoBlock(youtube ? { youtube } : { vimeo: vimeo! }, title, context.lang);
  }
  const src = present('src');
  const alt = present('alt');
  if (!src) return `une image demande son fichier, src="./image.jpg" : écrivez ${usage}.`;
  if (!alt)
    return `l’image « ${src} » n’a pas de texte alternatif : décrivez-la dans alt="…" pour les personnes qui ne la voient pas (${usage}).`;
  const problem = await checkArticleImage(context.file, src, context.images);
  if (problem) return problem;
  return figureBlock({ src, alt, caption: present('caption'), credit: present('credit') });
}

function jsxAttributes(node: MdxJsxFlowElement, imports: Map<string, string>): Attributes | string {
  const attributes: Attributes = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') return 'les attributs étalés ({...}) ne sont pas permis dans un article.';
    const { value } = attribute;
    if (value === null || value === undefined) attributes[attribute.name] = '';
    else if (typeof value === 'string') attributes[attribute.name] = value;
    else if (node.name === 'Figure' && attribute.name === 'src' && imports.has(value.value.trim()))
      attributes[attribute.name] = imports.get(value.value.trim());
    else
      return `l’expression {${value.value}} n’est pas permise : écrivez la valeur entre guillemets (seul src={image} d’une <Figure> nomme une image importée).`;
  }
  return attributes;
}

/**
 * The Markdown pipeline's plugin for articles, in `.md` and `.mdx` alike: turns directives (`:::urgence`, `::video`,
 * `::figure`) and the MDX components (`<Callout>`, `<Video>`, `<Figure>`) into the same blocks, and stops the build on
 * anything else, with the file, the line and what to write. In MDX it also refuses what would run code at build time:
 * any import but an image beside the article, any export, any `{expression}`, any unknown component.
 */
export function articleSyntaxPlugin(images: ImageRules) {
  return (factory: PluginFactoryContext) => {
    if (!factory.fileURL) return null;
    const path = fileURLToPath(factory.fileURL);
    const file = relative(process.cwd(), path);
    const format: Format = factory.sourceFormat === 'mdx' ? 'mdx' : 'md';
    const context = { format, lang: langOf(path), file: path, images };
    const problems: { line: number; message: string }[] = [];
    const lineOffset = linesBefore(path, factory.source);
    const imports = new Map<string, string>();
    const refuse = (node: Readonly<MdastTarget>, message: string): undefined => {
      problems.push({ line: (node as Positioned).position?.start.line ?? 0, message });
      return undefined;
    };
    const replaceWith = async (
      ctx: MdastVisitorContext,
      node: Readonly<MdastTarget>,
      result: Promise<BlockNode | string>,
    ): Promise<undefined> => {
      const built = await result;
      if (typeof built === 'string') refuse(node, built);
      else ctx.replaceNode(node, built as never);
      return undefined;
    };

    return defineMdastPlugin({
      name: 'passerelle-article-syntax',
      options: { position: true },
      async before(root) {
        for (const node of root.children) {
          if (node.type !== 'mdxjsEsm') continue;
          for (const [index, statement] of node.value.split('\n').entries()) {
            const line = (node.position?.start.line ?? 0) + index;
            const match = IMAGE_IMPORT.exec(statement.trim());
            if (statement.trim() === '') continue;
            if (!match) {
              problems.push({
                line,
                message: `« ${statement.trim()} » : un article n’importe que des images placées à côté de lui (import schema from './schema.jpg';) et n’exporte rien.`,
              });
              continue;
            }
            const problem = await checkArticleImage(path, match[3]!, images);
            if (problem) problems.push({ line, message: problem });
            else imports.set(match[1]!, match[3]!);
          }
        }
      },
      containerDirective(node, ctx) {
        const [first, ...rest] = node.children;
        const hasLabel = first?.type === 'paragraph' && first.data?.directiveLabel;
        if (!(CALLOUT_TYPES as readonly string[]).includes(node.name)) {
          refuse(node, `bloc « :::${node.name} » inconnu : les blocs sont ${KNOWN}.`);
          return;
        }
        const attributes = {
          ...(node.attributes as Attributes),
          ...(hasLabel ? { title: ctx.textContent(first) } : {}),
        };
        return replaceWith(
          ctx,
          node,
          block(
            'callout',
            attributes,
            { ...context, calloutType: node.name as CalloutType },
            (hasLabel ? rest : node.children) as BlockNode[],
          ),
        );
      },
      leafDirective(node, ctx) {
        if (node.name !== 'video' && node.name !== 'figure') {
          const hint = (CALLOUT_TYPES as readonly string[]).includes(node.name)
            ? `un encadré s’ouvre avec trois deux-points et se ferme par ::: sur une ligne seule : ${USAGE.callout.md}.`
            : `les blocs sont ${KNOWN}.`;
          refuse(node, `bloc « ::${node.name} » inconnu : ${hint}`);
          return;
        }
        return replaceWith(ctx, node, block(node.name, (node.attributes ?? {}) as Attributes, context));
      },
      async image(node) {
        if (!node.alt?.trim())
          refuse(
            node,
            `l’image « ${node.url} » n’a pas de texte alternatif : écrivez ![ce que montre l’image](${node.url}), ou ${USAGE.figure[format]}.`,
          );
        const problem = await checkArticleImage(path, decodeURI(node.url), images);
        if (problem) refuse(node, problem);
        return undefined;
      },
      textDirective(node) {
        refuse(
          node,
          `« :${node.name} » est lu comme une directive : mettez une espace avant les deux-points, ou écrivez \\: pour un deux-points collé.`,
        );
      },
      mdxFlowExpression(node) {
        if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value))
          refuse(
            node,
            `l’expression {${node.value.trim()}} n’est pas permise dans un article : écrivez \\{ pour une accolade.`,
          );
      },
      mdxTextExpression(node) {
        if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value))
          refuse(
            node,
            `l’expression {${node.value.trim()}} n’est pas permise dans un article : écrivez \\{ pour une accolade.`,
          );
      },
      mdxJsxFlowElement(node, ctx) {
        return jsxElement(node, ctx);
      },
      mdxJsxTextElement(node, ctx) {
        return jsxElement(node as unknown as MdxJsxFlowElement, ctx);
      },
      after() {
        if (problems.length === 0) return;
        throw new ArticleSyntaxError(
          problems
            .sort((a, b) => a.line - b.line)
            .map(({ line, message }) => `${file}:${line + lineOffset} : ${message}`)
            .join('\n'),
        );
      },
    });

    function jsxElement(node: MdxJsxFlowElement, ctx: MdastVisitorContext): Promise<undefined> | undefined {
      const name = node.name ?? '';
      const attributes = jsxAttributes(node, imports);
      if (typeof attributes === 'string') return refuse(node, attributes);
      if (name === 'Callout') {
        const type = attributes['type'] ?? 'conseil';
        if (!(CALLOUT_TYPES as readonly string[]).includes(type))
          return refuse(node, `type="${type}" inconnu : écrivez ${USAGE.callout.mdx}.`);
        const { type: _, ...rest } = attributes;
        return replaceWith(
          ctx,
          node,
          block('callout', rest, { ...context, calloutType: type as CalloutType }, node.children as BlockNode[]),
        );
      }
      if (name === 'Video') return replaceWith(ctx, node, block('video', attributes, context));
      if (name === 'Figure') return replaceWith(ctx, node, block('figure', attributes, context));
      if (!ALLOWED_TAGS.has(name))
        return refuse(node, `<${name}> n’est pas permis dans un article : les composants sont ${COMPONENTS}.`);
      return undefined;
    }
  };
}
