import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { drawSocialCard } from '../../src/lib/drawSocialCard.ts';
import { drawSocialCardsOffThread } from '../../src/lib/drawSocialCardsOffThread.ts';
import { PORTRAIT_CARD } from '../../src/lib/socialCardTree.ts';
import { CARD_FONT_FILE, SAMPLE_CARD } from '../../src/testSupport/sampleCard.ts';

const root = new URL('../../', import.meta.url).pathname;
const WORKER = join(root, 'src/lib/socialCardWorker.ts');
const card = {
  ...SAMPLE_CARD,
  hero: readFileSync(join(root, 'content/articles/fr/varices-quand-consulter/schema.jpg')),
};

describe('drawSocialCardsOffThread', () => {
  const draw = drawSocialCardsOffThread(WORKER, CARD_FONT_FILE);

  it('draws the same bytes as drawSocialCard on the main thread, in either format', async () => {
    const font = readFileSync(CARD_FONT_FILE);
    const [landscape, portrait] = await Promise.all([draw(card), draw({ ...card, hero: undefined }, PORTRAIT_CARD)]);
    expect(landscape.equals(await drawSocialCard(card, font))).toBe(true);
    expect(portrait.equals(await drawSocialCard({ ...card, hero: undefined }, font, PORTRAIT_CARD))).toBe(true);
    expect(await sharp(portrait).metadata()).toMatchObject({ width: 1080, height: 1350, format: 'png' });
  });

  it('rejects a card it cannot draw with the drawing’s own error, and goes on drawing the others', async () => {
    const broken = draw({ ...card, hero: Buffer.from('not an image') });
    await expect(broken).rejects.toThrow(/unsupported image format/);
    expect((await draw(card)).length).toBeGreaterThan(1000);
  });

  it('lets its process end once every card is drawn', async () => {
    const script = `import { drawSocialCardsOffThread } from ${JSON.stringify(join(root, 'src/lib/drawSocialCardsOffThread.ts'))};
      const draw = drawSocialCardsOffThread(${JSON.stringify(WORKER)}, ${JSON.stringify(CARD_FONT_FILE)});
      const png = await draw(${JSON.stringify({ ...card, hero: undefined })});
      console.log(png.length);`;
    const file = join(mkdtempSync(join(tmpdir(), 'card-process-')), 'draw.mjs');
    writeFileSync(file, script);
    const { stdout } = await promisify(execFile)(process.execPath, [file], { timeout: 15_000 });
    expect(Number(stdout)).toBeGreaterThan(1000);
  });
});
