import { parse } from 'yaml';
import { patchYaml } from '../lib/frontmatter/patchYaml.ts';
import { joinFrontmatter, splitFrontmatter } from '../lib/frontmatter/splitFrontmatter.ts';
import { ARTICLE_STYLE, AUTHOR_STYLE, PAGE_STYLE, type YamlStyle } from '../lib/frontmatter/yamlStyle.ts';
import type { Formatter } from './decapTypes.ts';

/**
 * Where an entry keeps the text it was read from, among its values. Decap hands `toFile` only the values; with the
 * source beside them, a save rewrites only what the editor changed, and opening then saving changes nothing.
 */
export const SOURCE_KEY = '__passerelleSource';

function readYaml(yaml: string): Record<string, unknown> {
  // The core schema keeps `2026-10-14 09:00` and `2026-10-20` as the text written: Zurich wall-clock time, not a UTC instant.
  const values: unknown = parse(yaml, { schema: 'core' }) ?? {};
  return typeof values === 'object' && !Array.isArray(values) ? (values as Record<string, unknown>) : {};
}

function sourceOf(values: Record<string, unknown>): string | undefined {
  const source = values[SOURCE_KEY];
  return typeof source === 'string' ? source : undefined;
}

/** A Markdown file: YAML frontmatter in the project's style, then the body. */
function frontmatterFormat(style: YamlStyle): Formatter {
  return {
    fromFile(content) {
      const { yaml, body } = splitFrontmatter(content);
      return { ...readYaml(yaml), body, [SOURCE_KEY]: content };
    },
    toFile(values) {
      const source = sourceOf(values);
      const before = source === undefined ? undefined : splitFrontmatter(source);
      const yaml = patchYaml(before?.yaml, values, style);
      const body = typeof values['body'] === 'string' ? values['body'] : '';
      return before && body === before.body ? `---\n${yaml}---${before.separator}${body}` : joinFrontmatter(yaml, body);
    },
  };
}

/** Articles, French and German. */
export const articleFormat = frontmatterFormat(ARTICLE_STYLE);

/** The institution's pages: legal notice, privacy, accessibility. */
export const pageFormat = frontmatterFormat(PAGE_STYLE);

/** Authors: a plain YAML file. */
export const authorFormat: Formatter = {
  fromFile(content) {
    return { ...readYaml(content), [SOURCE_KEY]: content };
  },
  toFile(values) {
    return patchYaml(sourceOf(values), values, AUTHOR_STYLE);
  },
};
