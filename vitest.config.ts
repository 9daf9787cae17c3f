import { configDefaults, defineConfig } from 'vitest/config';

// Three projects, so a change can be checked at the speed it needs: `npm run test:unit` (seconds),
// `npm run test:eval` (answer quality on the evaluation sets), `npm run test:e2e` (the bot and the
// loopback Discord over real sockets). `npm test` runs all three.
const E2E = '**/*.e2e.test.ts';
const EVAL = 'test/eval/**';

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // End-to-end tests start servers on loopback; a few files at a time keeps 2-core machines steady.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, E2E, EVAL],
        },
      },
      { extends: true, test: { name: 'eval', include: [`${EVAL}/*.test.ts`] } },
      {
        extends: true,
        test: { name: 'e2e', include: [`test/${E2E}`, `packages/*/test/${E2E}`] },
      },
    ],
  },
});
