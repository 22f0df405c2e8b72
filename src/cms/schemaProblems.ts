import { parse } from 'yaml';
import type { z } from 'zod';
import { patchYaml } from '../lib/frontmatter/patchYaml.ts';
import { ARTICLE_STYLE, AUTHOR_STYLE, PAGE_STYLE, type YamlStyle } from '../lib/frontmatter/yamlStyle.ts';
import { plainArticleSchema } from '../lib/schemas/article.ts';
import { plainAuthorSchema } from '../lib/schemas/author.ts';
import { institutionPageSchema } from '../lib/schemas/page.ts';
import { COLLECTIONS } from './cmsConfig.ts';

const SCHEMAS: Record<string, { schema: z.ZodType; style: YamlStyle }> = {
  [COLLECTIONS.fr]: { schema: plainArticleSchema, style: ARTICLE_STYLE },
  [COLLECTIONS.de]: { schema: plainArticleSchema, style: ARTICLE_STYLE },
  [COLLECTIONS.authors]: { schema: plainAuthorSchema, style: AUTHOR_STYLE },
  [COLLECTIONS.pages]: { schema: institutionPageSchema, style: PAGE_STYLE },
};

/**
 * What the build would say about one field of an entry the form holds: the file the CMS would write is read back
 * and checked by the project's own schema, so the form shows the build's French messages, cross-field rules
 * included (consent of a testimony, update before publication, alt text of an image).
 */
export function schemaProblems(collection: string, values: Record<string, unknown>, path: string): string[] {
  const entry = SCHEMAS[collection];
  if (!entry) return [];
  const written: unknown = parse(patchYaml(undefined, values, entry.style), { schema: 'core' }) ?? {};
  const result = entry.schema.safeParse(written);
  if (result.success) return [];
  return result.error.issues
    .filter((issue) => {
      const at = issue.path.join('.');
      return at === path || at.startsWith(`${path}.`);
    })
    .map((issue) => issue.message);
}
