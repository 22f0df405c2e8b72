import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, type RunningCms, startCms } from '../src/cms/startCms.ts';
import { paths } from '../src/lib/paths.ts';
import { slugify } from '../src/lib/slugify.ts';
import { copyOfSite, rebuildSite } from '../src/testSupport/buildSite.ts';
import { launchChromium } from '../src/testSupport/chromium.ts';

/** What an editor types: French quotes, an apostrophe, a colon. */
const TITLE = '« Garder l’équilibre » : prévenir les chutes à domicile';
const SLUG = slugify(TITLE);
const EXISTING = 'content/articles/fr/varices-quand-consulter/index.md';

let site: string;
let cms: RunningCms;
let browser: Browser;

beforeAll(async () => {
  site = copyOfSite('passerelle-cms-');
  cms = await startCms({ root: site, port: await freePort() });
  browser = await launchChromium(chromium);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await cms?.stop();
  if (site) rmSync(site, { recursive: true, force: true });
});

/** The CMS signed in (the local proxy needs no account), at `route`, with the form loaded when it is an entry. */
async function openCms(route: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'fr-CH' });
  // Two cores shared with builds: the dev server and a 5 MB bundle take their time.
  page.setDefaultTimeout(60_000);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) problems.push(message.text());
  });
  await page.goto(cms.adminUrl, { waitUntil: 'commit' });
  // The dev server prepares the admin's modules on its first request, then reloads it once.
  const open = page.getByRole('button', { name: 'Ouvrir la rédaction' });
  await open.waitFor({ timeout: 120_000 });
  await open.click();
  await page.getByRole('link', { name: 'Articles en français' }).waitFor();
  await page.goto(`${cms.adminUrl}#${route}`);
  await page.getByLabel('Titre', { exact: true }).waitFor();
  return { page, problems };
}

/** One of react-select's options, which Decap uses for choices and relations. */
async function choose(page: Page, label: string, option: string, typed = '') {
  await page.getByLabel(label, { exact: true }).click();
  if (typed) await page.keyboard.type(typed);
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Saves as the local CMS does: the button, then "now" in its menu; resolves once Decap says it is written. */
async function save(page: Page) {
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Enregistrer maintenant' }).click();
  await page.getByText('Enregistré dans les fichiers du site').waitFor();
}

/** Lines of `after` missing from `before`, and the reverse. */
function changedLines(before: string, after: string) {
  const old = before.split('\n');
  const now = after.split('\n');
  return { added: now.filter((line) => !old.includes(line)), removed: old.filter((line) => !now.includes(line)) };
}

describe('the CMS, as an editor uses it with npm run cms', () => {
  it('creates a French article with a callout, a hero image and its alt text, and the site builds it at its address', async () => {
    const { page, problems } = await openCms('/collections/articles/new');
    await page.getByLabel('Titre', { exact: true }).fill(TITLE);
    await page
      .getByLabel('Résumé')
      .fill('Un sol glissant, un tapis, une marche : les gestes simples qui évitent une chute.');
    await choose(page, 'Rubrique', 'Prévention et conseils');
    await page.getByLabel('Date de publication').fill('2026-11-02T09:00');
    await choose(page, 'Auteurs', 'Claire Morand', 'Claire');
    await page.getByLabel('Mots-clés').fill('chutes, santé des aînés');

    const image = join(tmpdir(), 'salon-eclaire.jpg');
    copyFileSync(join(site, 'content/articles/fr/varices-quand-consulter/hero.jpg'), image);
    await page.getByRole('button', { name: 'Choisir une image' }).first().click();
    await page.locator('input[type="file"]').setInputFiles(image);
    await page.getByRole('button', { name: 'Choisir cette image' }).click();
    await page
      .getByLabel('Texte alternatif')
      .fill('Un salon éclairé, sans tapis, avec une barre d’appui près du fauteuil.');
    await page.getByLabel('Brouillon').click();

    await page.locator('[contenteditable="true"]').first().click();
    await page.keyboard.type('Une chute sur trois survient à la maison.');
    await page.getByRole('button', { name: 'Ajouter un composant' }).click();
    await page.getByRole('menuitem', { name: /^Encadré/ }).click();
    await page.getByLabel('Titre de l’encadré').fill('Le bon réflexe');
    await page.getByLabel('Texte de l’encadré').fill('Gardez une lampe près du lit.');
    await save(page);
    expect(problems).toEqual([]);
    await page.close();

    const file = join(site, 'content/articles/fr', SLUG, 'index.md');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(`title: "${TITLE}"`);
    expect(text).toContain('category: prevention-et-conseils');
    expect(text).toContain('pubDate: 2026-11-02 09:00');
    expect(text).toContain('authors: [claire-morand]');
    expect(text).toContain('tags: [chutes, santé des aînés]');
    expect(text).toContain('  src: ./salon-eclaire.jpg');
    expect(text).toContain(':::conseil[Le bon réflexe]\nGardez une lampe près du lit.\n:::');
    expect(text).not.toContain('draft');
    expect(existsSync(join(site, 'content/articles/fr', SLUG, 'salon-eclaire.jpg'))).toBe(true);

    const built = await rebuildSite(site);
    expect(built.ok, built.output).toBe(true);
    const page_ = readFileSync(join(site, 'dist/articles', SLUG, 'index.html'), 'utf8');
    expect(page_).toContain('class="callout conseil"');
    expect(page_).toMatch(/alt="Un salon éclairé, sans tapis/);
    expect(page_.replaceAll(/[\u00a0\u202f]/g, ' ')).toContain('prévenir les chutes à domicile');
    expect(page_).toContain(`href="${paths.tag('fr', 'sante-des-aines')}"`);
    expect(existsSync(join(site, 'dist', paths.tag('fr', 'sante-des-aines'), 'index.html'))).toBe(true);
  }, 300_000);

  it('edits an existing article: the file on disk changes only where the editor changed it', async () => {
    const before = readFileSync(join(site, EXISTING), 'utf8');
    const { page, problems } = await openCms('/collections/articles/entries/varices-quand-consulter/index');
    await page.getByLabel('Résumé').fill('Jambes lourdes, veines visibles : quand consulter, et que faire soi-même.');
    const paragraph = page.locator('[contenteditable="true"] p', { hasText: 'Plusieurs facteurs favorisent' });
    await paragraph.evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      range.collapse(false);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
    await page.keyboard.type(' Les voici.');
    await save(page);
    expect(problems).toEqual([]);
    await page.close();

    expect(changedLines(before, readFileSync(join(site, EXISTING), 'utf8'))).toEqual({
      added: [
        'description: "Jambes lourdes, veines visibles : quand consulter, et que faire soi-même."',
        'Plusieurs facteurs favorisent ce phénomène : Les voici.',
      ],
      removed: [
        expect.stringMatching(/^description: "Jambes lourdes, veines apparentes/),
        'Plusieurs facteurs favorisent ce phénomène :',
      ],
    });
  }, 120_000);
});
