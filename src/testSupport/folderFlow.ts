import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** A folder of the flow: a name for messages, and the paths (from the repository root) whose files belong to it. */
export interface FlowFolder {
  name: string;
  paths: readonly string[];
}

/**
 * The repository's folders in rows, from the bottom: a file may import from its own folder and from the folders of
 * the rows below, never from a row above, nor from another folder of its own row. A file belongs to the folder of its
 * longest matching path, so `src/editorial/pack/` is a folder of its own inside `src/editorial/`.
 * README.md ("Layout") draws the same rows.
 */
export const FOLDER_FLOW: readonly (readonly FlowFolder[])[] = [
  [{ name: 'src/lib', paths: ['src/lib/', 'src/assets/'] }],
  [{ name: 'src/site.config.ts', paths: ['src/site.config.ts'] }],
  [
    { name: 'the engine’s core (src/editorial/*.ts, src/editorial/html/)', paths: ['src/editorial/'] },
    { name: 'src/data', paths: ['src/data/'] },
  ],
  [
    { name: 'src/editorial/pack', paths: ['src/editorial/pack/'] },
    { name: 'src/editorial/desk', paths: ['src/editorial/desk/'] },
    {
      name: 'the site (pages, layouts, components, styles, middleware)',
      paths: [
        'src/pages/',
        'src/layouts/',
        'src/components/',
        'src/styles/',
        'src/content.config.ts',
        'src/middleware.ts',
        'astro.config.mjs',
      ],
    },
  ],
  [{ name: 'src/build', paths: ['src/build/'] }],
  [{ name: 'src/testSupport', paths: ['src/testSupport/'] }],
  [{ name: 'src/bench', paths: ['src/bench/'] }],
  [{ name: 'scripts', paths: ['scripts/'] }],
  [
    { name: 'tests', paths: ['tests/'] },
    { name: 'e2e', paths: ['e2e/'] },
  ],
];

/** Where the check looks for imports, from the repository root. */
const SCANNED = ['src', 'scripts', 'tests', 'e2e', 'astro.config.mjs'];
const CODE = /\.(?:[cm]?[jt]s|astro)$/;
const SKIPPED = new Set(['node_modules', 'fixtures', 'dist']);

/** An import that goes against the flow. */
export interface FlowViolation {
  /** The importing file and the imported one, from the repository root, `/`-separated. */
  file: string;
  target: string;
  /** Why it is refused. */
  reason: string;
}

/** Every relative import of the repository at `root` that goes up the flow, sideways in a row, or out of every folder. */
export function folderFlowViolations(root: string, flow: typeof FOLDER_FLOW = FOLDER_FLOW): FlowViolation[] {
  const placed = flow.flatMap((row, level) =>
    row.flatMap((folder) => folder.paths.map((path) => ({ path, folder, level }))),
  );
  const placeOf = (file: string) =>
    placed
      .filter(({ path }) => file === path || file.startsWith(path))
      .sort((a, b) => b.path.length - a.path.length)[0];
  const violations: FlowViolation[] = [];
  for (const absolute of codeFiles(root)) {
    const file = fromRoot(root, absolute);
    const from = placeOf(file);
    for (const specifier of importsOf(absolute)) {
      if (!specifier.startsWith('.')) continue;
      const target = fromRoot(root, resolve(dirname(absolute), specifier));
      const to = placeOf(target);
      const reason = !from
        ? 'the importing file is in no folder of the flow'
        : !to
          ? 'the imported file is in no folder of the flow'
          : to.level > from.level
            ? `${from.folder.name} imports ${to.folder.name}, which is above it`
            : to.level === from.level && to.folder !== from.folder
              ? `${from.folder.name} imports ${to.folder.name}, which is beside it`
              : undefined;
      if (reason) violations.push({ file, target, reason });
    }
  }
  return violations;
}

function codeFiles(root: string): string[] {
  const found: string[] = [];
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    if (statSync(path).isFile()) {
      if (CODE.test(path)) found.push(path);
      return;
    }
    for (const name of readdirSync(path)) if (!SKIPPED.has(name)) visit(join(path, name));
  };
  for (const start of SCANNED) visit(join(root, start));
  return found.sort();
}

/** The module specifiers a file imports or re-exports, statically or dynamically; for `.astro`, from its frontmatter and scripts. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const code = file.endsWith('.astro') ? astroCode(text) : text;
  return ts.preProcessFile(code, true, true).importedFiles.map((imported) => imported.fileName);
}

function astroCode(text: string): string {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = Array.from(text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g), (match) => match[1]);
  return [frontmatter, ...scripts].join('\n');
}

function fromRoot(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}
