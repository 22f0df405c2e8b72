import { parse } from 'yaml';
import { YAML_AS_WRITTEN } from '../yamlAsWritten.ts';

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * The frontmatter of an article's source text as written: YAML 1.2 has no date type, so `pubDate: 2026-02-30` stays the
 * text the editor typed instead of rolling over to 2 March as a YAML 1.1 timestamp would. Undefined when the text does
 * not start with a frontmatter block; throws the YAML parser's error when the block is not YAML.
 */
export function frontmatterAsWritten(source: string): unknown {
  const match = FRONTMATTER.exec(source);
  return match ? parse(match[1]!, YAML_AS_WRITTEN) : undefined;
}

/** An article's source text without its frontmatter block: what the editor wrote below it. */
export function bodyOf(source: string): string {
  const match = FRONTMATTER.exec(source);
  return match ? source.slice(match[0].length) : source;
}
