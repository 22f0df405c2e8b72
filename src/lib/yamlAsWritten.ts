import type { DocumentOptions, ParseOptions, SchemaOptions } from 'yaml';

/**
 * Options of the `yaml` parser that keep values as people wrote them: the YAML 1.2 core schema, whatever `%YAML 1.1`
 * directive a file starts with, and no explicit YAML 1.1 tags (`!!timestamp`, `!!binary`, `!!set`…). YAML 1.1 reads
 * `2026-02-30 12:00:00` as a timestamp and rolls it over to 2 March; here it stays that text, for the date readers
 * to refuse. A tag is left unresolved (the parser warns `TAG_RESOLVE_FAILED`) and its value read as plain text.
 */
export const YAML_AS_WRITTEN = {
  schema: 'core',
  resolveKnownTags: false,
  merge: false,
  // The warnings are read from the document (calendar) or have no place to go (frontmatter): not printed.
  logLevel: 'error',
} as const satisfies ParseOptions & DocumentOptions & SchemaOptions;
