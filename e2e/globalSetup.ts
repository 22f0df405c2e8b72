import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../src/testSupport/buildSite.ts';
import { serveStatic } from '../src/testSupport/staticServer.ts';
import { fixtureArticles } from './fixtureArticles.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `http://127.0.0.1:<port>`, serving `dist`. */
    baseUrl: string;
    /** The built site the server serves. */
    dist: string;
  }
}

/** Builds the site with the e2e fixtures in a temporary copy, serves it on a free port, and cleans both up afterwards. */
export default async function setup(project: TestProject) {
  const site = await buildSite(fixtureArticles());
  if (!site.ok) {
    rmSync(site.dir, { recursive: true, force: true });
    throw new Error(`The e2e build failed:\n${site.output}`);
  }
  const dist = join(site.dir, 'dist');
  const server = await serveStatic(dist);
  project.provide('baseUrl', server.url);
  project.provide('dist', dist);
  return async () => {
    await server.close();
    rmSync(site.dir, { recursive: true, force: true });
  };
}
