import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs } from 'satteri';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleSyntaxPlugin } from '../../src/lib/markdown/articleSyntax.ts';

let root: string;
const jpeg = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#0b6e74' } })
    .jpeg()
    .toBuffer();

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'passerelle-syntax-'));
  const article = join(root, 'content/articles/fr/article');
  mkdirSync(article, { recursive: true });
  mkdirSync(join(root, 'content/images'), { recursive: true });
  writeFileSync(join(article, 'schema.jpg'), await jpeg(16, 9));
  writeFileSync(join(article, 'enorme.jpg'), await jpeg(8000, 7000));
  writeFileSync(join(article, 'texte.jpg'), 'ceci n’est pas une image');
  writeFileSync(join(article, 'vide.jpg'), '');
  writeFileSync(join(root, 'content/images/logo.jpg'), await jpeg(16, 16));
  writeFileSync(join(root, 'secret.jpg'), await jpeg(16, 9));
  symlinkSync(join(root, 'secret.jpg'), join(article, 'lien.jpg'));
}, 30_000);

/** Renders an article body as the site does, from `content/articles/fr/article/index.<format>`. */
async function render(format: 'md' | 'mdx', body: string): Promise<string> {
  const file = join(root, `content/articles/fr/article/index.${format}`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, body);
  const options = {
    mdastPlugins: [articleSyntaxPlugin({ sharedFolder: join(root, 'content/images'), maxPixels: 50_000_000 })],
    features: { directive: true },
    fileURL: pathToFileURL(file),
  };
  return format === 'md'
    ? (await markdownToHtml(body, options)).html
    : (await mdxToJs(body, { ...options, jsxImportSource: 'astro' })).code;
}

describe('text an editor types builds in Markdown', () => {
  it.each([
    ['Les enfants de < 5 ans', 'Les enfants de &lt; 5 ans'],
    ['Une accolade { seule', 'Une accolade { seule'],
    ['Un calcul : 3 > 2', 'Un calcul : 3 &gt; 2'],
    ['Des {accolades} et <5 ou >2', 'Des {accolades} et &lt;5 ou &gt;2'],
    ['Horaires : 8 h - 12 h', 'Horaires : 8 h - 12 h'],
  ])('%s', async (text, html) => expect(await render('md', `${text}\n`)).toContain(html));
});

describe.each(['md', 'mdx'] as const)('the blocks in .%s', (format) => {
  const source = {
    md: [
      ':::urgence\nAppelez le **144**.\n:::',
      ':::conseil[Le mollet]\nMarchez.\n:::',
      '::video{vimeo="123" title="Visite"}',
      '::figure{src="./schema.jpg" alt="Schéma" caption="Légende" credit="Service"}',
      '::figure{src="../../../images/logo.jpg" alt="Logo"}',
      '![Un schéma](./schema.jpg)',
    ],
    mdx: [
      '<Callout type="urgence">\nAppelez le **144**.\n</Callout>',
      '<Callout type="conseil" title="Le mollet">\nMarchez.\n</Callout>',
      '<Video vimeo="123" title="Visite" />',
      'import schema from \'./schema.jpg\';\n\n<Figure src={schema} alt="Schéma" caption="Légende" credit="Service" />',
      '<Figure src="../../../images/logo.jpg" alt="Logo" />',
      '![Un schéma](./schema.jpg)',
    ],
  }[format];

  it.each([
    [0, ['callout urgence', '"Urgence"', '144']],
    [1, ['callout conseil', '"Le mollet"', 'Marchez']],
    [2, ['passerelle-video', 'https://player.vimeo.com/video/123?dnt=1', 'Lire la vidéo : Visite']],
    [3, ['figure', 'picture', './schema.jpg', 'Schéma', 'figcaption', '© Service']],
    [4, ['figure', '../../../images/logo.jpg']],
    [5, ['./schema.jpg', 'Un schéma']],
  ])('block %i renders its HTML', async (index, expected) => {
    const output = await render(format, `${source[index]!}\n`);
    for (const part of expected) expect(output).toContain(part);
  });
});

const line3 = /content\/articles\/fr\/article\/index\.mdx?:3 : /;

describe.each([
  ['md', ':::astuce\nx\n:::', /« :::astuce » inconnu.*:::conseil/],
  ['md', '::urgence', /« ::urgence » inconnu.*trois deux-points/],
  ['md', 'Voir:ici', /« :ici » est lu comme une directive/],
  ['md', '::video{youtube="abc"}', /title=/],
  ['md', '::video{youtube="abc" vimeo="1" title="t"}', /l’un des deux/],
  ['md', '::video{youtube="abc" title="t" autoplay="1"}', /« autoplay » inconnu/],
  ['md', ':::urgence{couleur="rouge"}\nx\n:::', /« couleur » inconnu/],
  ['md', '::figure{src="./schema.jpg"}', /pas de texte alternatif/],
  ['md', '::figure{alt="x"}', /src="\.\/image\.jpg"/],
  ['md', '::figure{src="./absente.jpg" alt="x"}', /introuvable/],
  ['md', '::figure{src="../../../../secret.jpg" alt="x"}', /hors du dossier/],
  ['md', '::figure{src="/etc/hostname" alt="x"}', /n’est pas un fichier à côté de l’article/],
  ['md', '::figure{src="https://evil.example/x.jpg" alt="x"}', /n’est pas un fichier à côté de l’article/],
  ['md', '::figure{src="./lien.jpg" alt="x"}', /hors du dossier/],
  ['md', '::figure{src="./texte.jpg" alt="x"}', /n’est pas une image lisible/],
  ['md', '::figure{src="./vide.jpg" alt="x"}', /n’est pas une image lisible/],
  ['md', '::figure{src="./enorme.jpg" alt="x"}', /8000 × 7000 pixels \(56\.0 mégapixels\).*50 au plus/],
  ['md', '![Schéma](../../../../secret.jpg)', /hors du dossier/],
  ['md', '![Schéma](/etc/hostname)', /n’est pas un fichier à côté de l’article/],
  ['md', '![](./schema.jpg)', /pas de texte alternatif/],
  ['mdx', '![Schéma](../../../../secret.jpg)', /hors du dossier/],
  ['mdx', "import fs from 'node:fs';", /import fs from 'node:fs'.*n’importe que des images/],
  ['mdx', 'export const secret = process.env;', /n’exporte rien/],
  ['mdx', "import secret from '../../../../secret.jpg';", /hors du dossier/],
  ['mdx', 'Texte {process.env.HOME}.', /l’expression \{process\.env\.HOME\}/],
  ['mdx', '{1 + 1}', /l’expression \{1 \+ 1\}/],
  ['mdx', '<Evil />', /<Evil> n’est pas permis/],
  ['mdx', '<script>alert(1)</script>', /<script> n’est pas permis/],
  ['mdx', '<iframe src="https://evil.example/" />', /<iframe> n’est pas permis/],
  ['mdx', '<Video {...props} />', /attributs étalés/],
  ['mdx', '<Video youtube={id} title="t" />', /l’expression \{id\}/],
  ['mdx', '<Callout type="astuce">x</Callout>', /type="astuce" inconnu/],
] as const)('a .%s article holding %s', (format, body, message) => {
  it('stops with the file, the line and what to write', async () => {
    await expect(render(format, `# Titre\n\n${body}\n`)).rejects.toThrow(line3);
    await expect(render(format, `# Titre\n\n${body}\n`)).rejects.toThrow(message);
  });
});
