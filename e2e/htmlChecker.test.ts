import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { articlePages, pageTypes } from './pageTypes.ts';

const run = promisify(execFile);
/** The checker's jar, from the vnu-jar package; it runs on the machine's Java (see .ci/run). */
const VNU = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
const dist = inject('dist');

interface Message {
  type: string;
  url: string;
  message: string;
  lastLine?: number;
}

/** The built file behind a site path (the 404 page is one file for every missing address). */
function fileOf(path: string): string {
  if (path.includes('page-qui-n-existe-pas')) return join(dist, '404.html');
  return join(dist, path.split('?')[0]!, 'index.html');
}

describe('the W3C Nu HTML checker (vnu-jar)', () => {
  const files = [...new Set([...pageTypes(dist).map((type) => type.path), ...articlePages(dist)].map(fileOf))];
  let messages: Message[] = [];

  it('checks every page type and every article in one run', async () => {
    // vnu exits non-zero when it reports an error; its JSON report is on stderr either way.
    const { stderr } = await run('java', ['-jar', VNU, '--format', 'json', ...files], {
      maxBuffer: 64 * 1024 * 1024,
    }).catch((failure: { stderr: string }) => failure);
    messages = JSON.parse(stderr).messages;
    expect(files.length).toBeGreaterThan(20);
  }, 120_000);

  it('finds no heading that skips a level', () => {
    expect(messages.filter((message) => /skipping \d+ heading level/.test(message.message))).toEqual([]);
  });

  it('finds no error', () => {
    // The checker reads files, not the served site: it cannot match the CSP's 'self' and only warns about it.
    const errors = messages.filter((message) => message.type === 'error');
    expect(errors.map((error) => `${error.url.slice(dist.length + 5)}:${error.lastLine} ${error.message}`)).toEqual([]);
  });
});
