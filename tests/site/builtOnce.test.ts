import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { builtOnce } from '../../src/lib/schemas/builtOnce.ts';

/** An entry's `image()` as Astro's content layer makes it: a string turned into a path from the entry's folder. */
const imageIn = (folder: string) => () => z.string().transform((path) => `${folder}/${path}`);

describe('builtOnce', () => {
  it('builds the schema at the first entry only', () => {
    let builds = 0;
    const schema = builtOnce((image) => {
      builds++;
      return z.object({ src: image });
    });
    const first = schema({ image: imageIn('a') });
    for (const folder of ['b', 'c', 'd']) expect(schema({ image: imageIn(folder) })).toBe(first);
    expect(builds).toBe(1);
  });

  it('reads each entry’s image with that entry’s image(), as Astro parses entries side by side', async () => {
    const schema = builtOnce((image) => z.object({ hero: z.object({ src: image }).optional(), title: z.string() }));
    const parses = ['fr/un', 'fr/deux', 'de/drei'].map((folder) =>
      schema({ image: imageIn(folder) }).safeParseAsync({ hero: { src: 'hero.jpg' }, title: folder }),
    );
    const results = await Promise.all(parses);
    expect(results.map((result) => result.data?.hero?.src)).toEqual([
      'fr/un/hero.jpg',
      'fr/deux/hero.jpg',
      'de/drei/hero.jpg',
    ]);
  });

  it('waits for an image() that resolves later, still with each entry’s own', async () => {
    const slowImageIn = (folder: string) => () =>
      z.string().transform(async (path) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        return `${folder}/${path}`;
      });
    const schema = builtOnce((image) => z.object({ src: image }));
    const results = await Promise.all(
      ['fr/un', 'de/zwei'].map((folder) => schema({ image: slowImageIn(folder) }).safeParseAsync({ src: 'a.jpg' })),
    );
    expect(results.map((result) => result.data?.src)).toEqual(['fr/un/a.jpg', 'de/zwei/a.jpg']);
  });

  it('passes on what image() finds wrong, in its words', async () => {
    const refusing = () => z.string().refine(() => false, 'Image introuvable.');
    const result = await builtOnce((image) => z.object({ src: image }))({ image: refusing }).safeParseAsync({
      src: 'x.jpg',
    });
    expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([[['src'], 'Image introuvable.']]);
  });
});
