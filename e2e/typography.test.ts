import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { Parser } from 'htmlparser2';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { CATEGORY_IDS } from '../src/lib/categories.ts';
import { paths } from '../src/lib/paths.ts';
import { closeSharedBrowser, visit } from './browser.ts';
import { pageTypes } from './pageTypes.ts';

const baseUrl = inject('baseUrl');
const dist = inject('dist');

/**
 * What French typography forbids in running text: an ordinary space before `: ; ! ? »` or after `«`, a straight
 * apostrophe, and an opening guillemet that opens nothing (a closing one read the wrong way round).
 */
const FAULTS = /[ \t\n](?=[:;!?»])|«[ \t\n]|'|[«‹](?=[.,;:!?]|$)/;

/** Text nodes that break a rule, with a few characters around the fault so that it can be found. */
function faultsIn(texts: string[]): string[] {
  return texts.flatMap((text) => {
    const at = text.search(FAULTS);
    return at === -1 ? [] : [JSON.stringify(text.slice(Math.max(0, at - 30), at + 10))];
  });
}

/** Text of a fragment of French HTML, outside code, and outside elements in another language. */
function frenchTextOf(html: string): string[] {
  const texts: string[] = [];
  const skipped: boolean[] = [];
  const parser = new Parser({
    onopentag(name, attribs) {
      const lang = attribs['lang'];
      skipped.push(
        (skipped.at(-1) ?? false) ||
          ['code', 'pre', 'script', 'style', 'kbd', 'samp'].includes(name) ||
          (lang !== undefined && !lang.startsWith('fr')),
      );
    },
    onclosetag() {
      skipped.pop();
    },
    ontext(text) {
      if (!skipped.at(-1)) texts.push(text);
    },
  });
  parser.end(html);
  return texts;
}

const frenchPages = [
  ...pageTypes(dist).filter((type) => type.name.endsWith(' fr')),
  { name: 'témoignage fr', path: paths.article('fr', 'temoignage-greffe-rein') },
];

afterAll(closeSharedBrowser);

describe.each(frenchPages)('French typography on $name', ({ path }) => {
  it('leaves no ordinary space before : ; ! ? » or after «, and no straight apostrophe, in any text node', async () => {
    const { page, close } = await visit(baseUrl, path);
    // The search page writes its results with JavaScript: what the reader sees once they are there.
    if (path.startsWith(paths.search('fr'))) await page.locator('.search-results li').first().waitFor();
    const texts = await page.evaluate(() => {
      const found: string[] = [];
      const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        if (element?.closest('code, pre, script, style, [lang]:not([lang^="fr"])')) continue;
        found.push(node.textContent ?? '');
      }
      return found;
    });
    await close();
    expect(texts.join('').length).toBeGreaterThan(200);
    expect(faultsIn(texts)).toEqual([]);
  });
});

describe('French typography in the French feeds', () => {
  const feeds = [paths.feed('fr'), ...CATEGORY_IDS.map((id) => paths.categoryFeed('fr', id))];

  it.each(feeds)('%s: titles, descriptions, categories and article bodies', (feed) => {
    const channel = new XMLParser().parse(readFileSync(join(dist, feed), 'utf8')).rss.channel;
    const items: Record<string, unknown>[] = [channel.item ?? []].flat();
    const texts = [
      String(channel.title),
      String(channel.description),
      ...items.flatMap((item) => [
        String(item['title']),
        String(item['description']),
        ...[item['category'] ?? []].flat().map(String),
        ...frenchTextOf(String(item['content:encoded'] ?? '')),
      ]),
    ];
    expect(items.length).toBeGreaterThan(0);
    expect(faultsIn(texts)).toEqual([]);
  });
});
