import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, requireChromium } from './scripts/chromium.mjs';

export default {
  files: ['test/**/*.test.ts', '!test/e2e/**'],
  nodeResolve: true,
  concurrency: 2,
  testsFinishTimeout: 180000,
  // The finder starts `new URL('./reader-worker.js', import.meta.url)` as a module worker, as it
  // does beside the built files; here that module is TypeScript: serve the .ts for a missing .js.
  middleware: [
    (context, next) => {
      const ts = context.path.replace(/\.js$/, '.ts');
      if (context.path.startsWith('/src/') && ts !== context.path && !existsSync(`.${context.path}`) && existsSync(`.${ts}`)) context.url = ts + context.search;
      return next();
    },
  ],
  plugins: [esbuildPlugin({ ts: true, target: 'es2021', tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: requireChromium(), headless: true, args: chromiumArgs },
      // One browser context per test file: in a shared context only one tab counts as in front,
      // and the others get no animation frames (fixture() waits for one), so side-by-side files
      // time out. Separate contexts each render.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
};
