import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'site',
          include: ['e2e/**/*.test.ts'],
          exclude: ['e2e/cms.test.ts'],
          globalSetup: ['e2e/globalSetup.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      // The CMS test runs a dev server and a build of its own: after the others, so that on two cores it starves none
      // of the browser tests (together, axe timed out on every page).
      { extends: true, test: { name: 'cms', include: ['e2e/cms.test.ts'], sequence: { groupOrder: 1 } } },
    ],
  },
});
