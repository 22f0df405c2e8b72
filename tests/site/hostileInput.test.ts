import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../src/testSupport/buildSite.ts';
import { copySite } from '../../src/testSupport/copySite.ts';

/** A valid article whose frontmatter and body a case may change. */
function article(fields: Record<string, string> = {}, body = 'Un paragraphe.'): string {
  const frontmatter = {
    title: '"Article de test"',
    description: '"Une description."',
    category: 'medecine-et-soins',
    pubDate: '2026-01-05',
    authors: '[nadia-rochat]',
    ...fields,
  };
  return `---\n${Object.entries(frontmatter)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n')}\n---\n\n${body}\n`;
}

const hero = (src: string) => `\n  src: ${src}\n  alt: "Une image"`;

/**
 * Each case adds files (path under content/articles → text, or a function writing into the copy) to the sample site
 * and expects the build to stop with a French message naming the file.
 */
const CASES: [string, Record<string, string>, ((dir: string) => Promise<void>) | undefined, RegExp[]][] = [
  [
    'a date that does not exist',
    { 'fr/date-30-fevrier.md': article({ pubDate: '2026-02-30' }) },
    undefined,
    [/date-30-fevrier\.md/, /pubDate/, /« 2026-02-30 » n'existe pas dans le calendrier/],
  ],
  [
    'a month 13',
    { 'fr/mois-13.md': article({ pubDate: '2026-13-45' }) },
    undefined,
    [/mois-13\.md/, /pubDate/, /2026-13-45/],
  ],
  [
    'an update date that does not exist',
    { 'fr/maj-31-juin.md': article({ updatedDate: '2026-06-31' }) },
    undefined,
    [/maj-31-juin\.md/, /updatedDate/, /2026-06-31/],
  ],
  [
    'a file name with spaces and capitals',
    { 'fr/Vaccin Grippé.md': article() },
    undefined,
    [/Vaccin Grippé\.md/, /renommez-le « vaccin-grippe\.md »/],
  ],
  [
    'two files for one slug',
    { 'fr/double.md': article(), 'fr/double/index.mdx': article() },
    undefined,
    [/double\.md/, /double\/index\.mdx/, /même adresse/],
  ],
  [
    'an author without a file',
    { 'fr/auteur-inconnu.md': article({ authors: '[jean-inconnu]' }) },
    undefined,
    [/auteur-inconnu\.md/, /l’auteur « jean-inconnu » n’a pas de fiche/],
  ],
  [
    'a hero outside the content',
    { 'fr/hors/index.md': article({ hero: hero('../../../../outside.jpg') }) },
    async (dir) => copyFileSync(join(dir, 'content/articles/fr/nouvelle-irm/hero.jpg'), join(dir, 'outside.jpg')),
    [/hors\/index\.md/, /hero\.src/, /hors du dossier de l’article/],
  ],
  [
    'an absolute hero path',
    { 'fr/absolu.md': article({ hero: hero('/etc/hostname') }) },
    undefined,
    [/absolu\.md/, /n’est pas un fichier à côté de l’article/],
  ],
  [
    'a text file named .jpg as hero',
    { 'fr/faux/index.md': article({ hero: hero('./hero.jpg') }) },
    async (dir) => writeFileSync(join(dir, 'content/articles/fr/faux/hero.jpg'), 'texte'),
    [/faux\/index\.md/, /n’est pas une image lisible/],
  ],
  [
    'a hero above the pixel budget',
    { 'fr/enorme/index.md': article({ hero: hero('./hero.jpg') }) },
    async (dir) =>
      writeFileSync(
        join(dir, 'content/articles/fr/enorme/hero.jpg'),
        await sharp({ create: { width: 9000, height: 6000, channels: 3, background: '#888' } })
          .jpeg()
          .toBuffer(),
      ),
    [/enorme\/index\.md/, /9000 × 6000 pixels \(54\.0 mégapixels\)/],
  ],
  [
    'an unknown directive',
    { 'fr/bloc-inconnu.md': article({}, 'Texte.\n\n:::astuce\nx\n:::') },
    undefined,
    [/bloc-inconnu\.md:11 : bloc « :::astuce » inconnu/],
  ],
  [
    'code in an MDX article',
    { 'fr/code.mdx': article({}, 'Texte {process.env.HOME}.') },
    undefined,
    [/code\.mdx:9 : l’expression \{process\.env\.HOME\}/],
  ],
];

describe.each(CASES)('a site with %s', (_, articles, prepare, messages) => {
  it('does not build, and says in French which file is wrong and why', async () => {
    const site = await buildSite(articles, prepare);
    rmSync(site.dir, { recursive: true, force: true });
    expect(site.ok).toBe(false);
    for (const message of messages) expect(site.output).toMatch(message);
    expect(site.output).not.toMatch(/TypeError|LocalImageUsedWrongly/);
  }, 120_000);
});

describe('npm run build after a good build, when the next one fails', () => {
  const root = new URL('../..', import.meta.url).pathname;
  const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();

  it('leaves the previous dist/ as it was, and no half-written site beside it', async () => {
    const dir = copySite(root, 'passerelle-swap-', [
      'src',
      'scripts',
      'content',
      'public',
      'astro.config.mjs',
      'package.json',
      'tsconfig.json',
    ]);
    const build = () =>
      promisify(execFile)(process.execPath, ['scripts/build.ts'], { cwd: dir, maxBuffer: 64 * 1024 * 1024 }).then(
        () => true,
        () => false,
      );
    try {
      expect(await build()).toBe(true);
      const before = files(join(dir, 'dist'));
      expect(before).toContain('articles/varices-quand-consulter/index.html');
      writeFileSync(join(dir, 'content/articles/fr/casse.md'), article({}, ':::astuce\nx\n:::'));
      expect(await build()).toBe(false);
      expect(files(join(dir, 'dist'))).toEqual(before);
      expect(existsSync(join(dir, 'dist.next'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
