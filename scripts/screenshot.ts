/**
 * Screenshots of pages in Debian's Chromium, to look at what readers see:
 *   node scripts/screenshot.ts --base http://localhost:4321 --out /tmp/shots / /articles/x/
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { launchChromium } from '../src/testSupport/chromium.ts';
import { type CommandContext, runCli } from './runCli.ts';

async function main({ argv, out }: CommandContext): Promise<undefined> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      base: { type: 'string', default: 'http://localhost:4321' },
      out: { type: 'string', default: 'screenshots' },
      widths: { type: 'string', default: '360,1280' },
      dark: { type: 'boolean', default: false },
      full: { type: 'boolean', default: false },
    },
  });
  mkdirSync(values.out, { recursive: true });
  const browser = await launchChromium(chromium);
  try {
    for (const width of values.widths.split(',').map(Number)) {
      const page = await browser.newPage({
        viewport: { width, height: width < 600 ? 780 : 900 },
        colorScheme: values.dark ? 'dark' : 'light',
      });
      for (const path of positionals.length ? positionals : ['/']) {
        await page.goto(new URL(path, values.base).href, { waitUntil: 'networkidle' });
        if (values.full) {
          // Lazy images load only once scrolled into view: scroll through the page before the full-page shot.
          await page.evaluate(async () => {
            for (let y = 0; y < document.body.scrollHeight; y += innerHeight) {
              scrollTo(0, y);
              await new Promise((done) => setTimeout(done, 100));
            }
            scrollTo(0, 0);
          });
          await page.waitForLoadState('networkidle');
        }
        const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}${values.dark ? '-dark' : ''}.png`;
        await page.screenshot({ path: join(values.out, name), fullPage: values.full });
        out(`${join(values.out, name)}\n`);
      }
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

if (import.meta.main) await runCli(main);
