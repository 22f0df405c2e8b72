import { z } from 'zod';

/**
 * A collection's `schema` function that builds its schema once. Astro calls that function for every entry, to hand it
 * an `image()` that reads paths from the entry's folder, and building the article schema costs far more than checking
 * an entry with it. The schema built once checks images with the `image()` of the latest call: Astro calls `schema`
 * and starts parsing that entry in one step, and zod reaches the image's transform within that step, before any other
 * entry can call again; the transform takes that `image()` before it waits for anything.
 */
export function builtOnce<Image extends z.ZodType, Schema>(
  build: (image: Image) => Schema,
): (context: { image: () => Image }) => Schema {
  let entryImage: (() => Image) | undefined;
  const image = z.string().transform(async (path, context) => {
    const ownImage = entryImage;
    if (!ownImage) throw new Error('builtOnce : le schéma est lu avant qu’Astro ne lui ait passé image().');
    const checked = await ownImage().safeParseAsync(path);
    if (checked.success) return checked.data;
    for (const issue of checked.error.issues)
      context.addIssue({
        code: 'custom',
        message: issue.message,
        path: issue.path,
        params: 'params' in issue ? issue.params : undefined,
      });
    return z.NEVER;
  });
  let schema: Schema | undefined;
  return (context) => {
    entryImage = context.image;
    // Typed as Astro's `image()`: at run time the string it turns into image metadata goes through unchanged.
    schema ??= build(image as unknown as Image);
    return schema;
  };
}
