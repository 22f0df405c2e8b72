/** One block of a `_headers` file: a path pattern (`*` matches anything) and the headers sent for it. */
export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

/** Reads the `_headers` format of Netlify and Cloudflare Pages: an unindented path, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    const current = rules.at(-1);
    if (/^\s/.test(line) && current) {
      const colon = line.indexOf(':');
      current.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    } else {
      rules.push({ pattern: line.trim(), headers: [] });
    }
  }
  return rules;
}

/** The headers every matching rule sends for a path, in file order. */
export function headersFor(rules: HeaderRule[], path: string): [string, string][] {
  const matches = (pattern: string) =>
    new RegExp(
      `^${pattern
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    ).test(path);
  return rules.filter((rule) => matches(rule.pattern)).flatMap((rule) => rule.headers);
}
