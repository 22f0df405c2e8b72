/**
 * The part of Decap CMS's configuration and API that Passerelle uses, typed here rather than imported: Decap's own
 * declarations pull React, Immutable and unified types into the project for a handful of calls.
 */

/** One field of a collection: a widget and its options, as in Decap's `config.yml`. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean;
  default?: unknown;
  /** Where the form checks this field against the project's schema: a path such as `hero.alt`. */
  check?: string;
  [option: string]: unknown;
}

/** A collection: a folder of entries (`folder`, `fields`), or a list of given files (`files`). */
export interface CmsCollection {
  name: string;
  label: string;
  label_singular: string;
  description: string;
  extension: string;
  format: string;
  folder?: string;
  fields?: CmsField[];
  files?: { name: string; label: string; file: string; fields: CmsField[] }[];
  [option: string]: unknown;
}

export interface CmsConfig {
  backend: Record<string, unknown>;
  local_backend?: { url: string };
  publish_mode?: 'editorial_workflow';
  locale: string;
  load_config_file: false;
  media_folder: string;
  public_folder: string;
  site_url: string;
  logo_url: string;
  collections: CmsCollection[];
  [option: string]: unknown;
}

/** Decap's Immutable maps, as much of them as the hooks read. */
export interface ImmutableMap {
  get(key: string): unknown;
  getIn(path: readonly string[]): unknown;
  set(key: string, value: unknown): ImmutableMap;
  toJS(): Record<string, unknown>;
}

export interface EditorComponent {
  id: string;
  label: string;
  fields: CmsField[];
  pattern: RegExp;
  fromBlock(match: RegExpMatchArray): Record<string, unknown>;
  toBlock(data: Record<string, unknown>): string;
  toPreview(data: Record<string, unknown>, getAsset: (path: string) => { toString(): string }): string;
}

export interface Formatter {
  fromFile(content: string): Record<string, unknown>;
  toFile(data: Record<string, unknown>): string;
}
