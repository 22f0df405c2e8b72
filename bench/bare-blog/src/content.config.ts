import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const format = process.env['BARE_BLOG_FORMAT'] === 'mdx' ? 'mdx' : 'md';

const articles = defineCollection({
  loader: glob({ base: './content', pattern: `**/*.${format}` }),
  schema: z.looseObject({ title: z.string(), description: z.string(), pubDate: z.coerce.date() }),
});

export const collections = { articles };
