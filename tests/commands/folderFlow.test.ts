import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { folderFlowViolations } from '../../src/testSupport/folderFlow.ts';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

/** A repository made of the given files (path from its root → text). */
function repository(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'passerelle-flow-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('the folder flow', () => {
  it('holds in this repository', () => {
    expect(folderFlowViolations(REPO)).toEqual([]);
  });

  it('lets files import downward and within their folder', () => {
    const root = repository({
      'src/lib/time.ts': 'export const zone = 1;',
      'src/lib/schemas/date.ts': "import { zone } from '../time.ts';",
      'src/site.config.ts': "import type { X } from './lib/time.ts';",
      'src/editorial/check.ts': "import { zone } from '../lib/time.ts';\nimport { page } from './html/page.ts';",
      'src/editorial/html/page.ts': "export * from '../check.ts';",
      'src/editorial/pack/write.ts': "import { check } from '../check.ts';",
      'src/layouts/Base.astro': "---\nimport Head from '../components/Head.astro';\n---\n<Head />",
      'src/components/Page.astro': "---\nimport Base from '../layouts/Base.astro';\n---\n<Base />",
      'scripts/pack.ts': "import '../src/editorial/pack/write.ts';\nimport './runCli.ts';",
      'tests/pack.test.ts': "import '../scripts/pack.ts';",
    });
    expect(folderFlowViolations(root)).toEqual([]);
  });

  it('refuses an import up the flow, beside it, or out of it, in TypeScript and in .astro files alike', () => {
    const root = repository({
      'src/lib/time.ts': "import { NETWORKS } from '../editorial/networks.ts';",
      'src/editorial/networks.ts': 'export const NETWORKS = {};',
      'src/editorial/desk/view.ts': "export { week } from '../pack/week.ts';",
      'src/editorial/pack/week.ts': 'export const week = 1;',
      'src/components/Card.astro':
        "---\nimport { x } from '../lib/time.ts';\n---\n<script>import '../../scripts/run.ts';</script>",
      'scripts/run.ts': 'export {};',
      'tests/site.test.ts': "const map = await import('../node_modules/astro/dist/map.js');",
      'e2e/desk.test.ts': "import { helper } from '../tests/helpers.ts';",
    });
    expect(folderFlowViolations(root)).toEqual([
      {
        file: 'e2e/desk.test.ts',
        target: 'tests/helpers.ts',
        reason: 'e2e imports tests, which is beside it',
      },
      {
        file: 'src/components/Card.astro',
        target: 'scripts/run.ts',
        reason: 'the site (pages, layouts, components, styles, middleware) imports scripts, which is above it',
      },
      {
        file: 'src/editorial/desk/view.ts',
        target: 'src/editorial/pack/week.ts',
        reason: 'src/editorial/desk imports src/editorial/pack, which is beside it',
      },
      {
        file: 'src/lib/time.ts',
        target: 'src/editorial/networks.ts',
        reason: 'src/lib imports the engine’s core (src/editorial/*.ts, src/editorial/html/), which is above it',
      },
      {
        file: 'tests/site.test.ts',
        target: 'node_modules/astro/dist/map.js',
        reason: 'the imported file is in no folder of the flow',
      },
    ]);
  });
});
