// Haven inside framework apps, in Chromium: a React 19 app (JSX, typed by `haven-widgets/jsx`)
// and a Vue 3 app (template compiled in the browser, and a single-file component compiled
// ahead of time), each bundled here with esbuild from test/e2e/fixtures/frameworks/ and
// importing the package by its public names through package.json `exports`. Each page sets
// properties and attributes, and listens to every `haven-*` event through the framework.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { parse, compileScript } from 'vue/compiler-sfc';
import { FIXTURES, launch, serve, watch } from './harness.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = fileURLToPath(new URL('./fixtures/frameworks/', import.meta.url));
const isCustomElement = (tag) => tag.startsWith('haven-');

/** The first fenced `lang` block after the README heading `### heading`. */
function readmeBlock(heading, lang) {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const start = readme.indexOf(`\n### ${heading}\n`);
  assert.ok(start > 0, `README has a "### ${heading}" section`);
  const block = readme.slice(start).match(new RegExp(`\`\`\`${lang}\n([\\s\\S]*?)\n\`\`\``));
  assert.ok(block, `README's ${heading} section has a ${lang} block`);
  return block[1];
}

/**
 * `.vue` files through @vue/compiler-sfc, passing `compilerOptions` to the parser and the
 * template compiler as @vitejs/plugin-vue does with `vue({ template: { compilerOptions } })`.
 */
const vueSfc = (compilerOptions) => ({
  name: 'vue-sfc',
  setup(esbuild) {
    esbuild.onLoad({ filter: /\.vue$/ }, ({ path }) => {
      const { descriptor, errors } = parse(readFileSync(path, 'utf8'), { filename: path, templateParseOptions: compilerOptions });
      if (errors.length) throw errors[0];
      const script = compileScript(descriptor, { id: 'haven-panel', inlineTemplate: true, templateOptions: { compilerOptions } });
      return { contents: script.content, loader: 'ts', resolveDir: dirname(path) };
    });
  },
});

/** Bundle the apps in memory: { '/app/react-app.js': Uint8Array, … }. */
async function bundleApps() {
  const outdir = `${fixtures}out`;
  const options = {
    bundle: true,
    format: 'esm',
    splitting: true,
    write: false,
    outdir,
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    target: 'es2022',
    logLevel: 'silent',
    absWorkingDir: root,
    // Development builds: React and Vue print their warnings only there.
    define: {
      'process.env.NODE_ENV': '"development"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
  };
  const results = await Promise.all([
    build({ ...options, entryPoints: [`${fixtures}react-app.tsx`] }),
    // The full build, with the template compiler.
    build({ ...options, entryPoints: [`${fixtures}vue-app.ts`], alias: { vue: 'vue/dist/vue.esm-bundler.js' } }),
    build({ ...options, entryPoints: [`${fixtures}vue-sfc.ts`], plugins: [vueSfc({ isCustomElement })] }),
    // The control: the same component compiled without isCustomElement.
    build({ ...options, outdir: `${outdir}/control`, entryPoints: [`${fixtures}vue-sfc.ts`], plugins: [vueSfc({})] }),
  ]);
  const files = new Map();
  for (const { outputFiles } of results) {
    for (const file of outputFiles) files.set(`/app/${relative(outdir, file.path)}`, file.contents);
  }
  return files;
}

const PAGES = [
  { name: 'React 19 (JSX)', path: '/fixtures/frameworks/react.html' },
  { name: 'Vue 3 (template compiled in the browser)', path: '/fixtures/frameworks/vue.html' },
  { name: 'Vue 3 (single-file component)', path: '/fixtures/frameworks/vue-sfc.html' },
];

describe('frameworks: React 19 and Vue 3 apps using haven-widgets from npm', () => {
  let browser;
  let site;
  before(async () => {
    const files = await bundleApps();
    browser = await launch();
    site = await serve(FIXTURES, {}, {
      async onRequest(request, response) {
        const { pathname } = new URL(request.url, 'http://site');
        // A slow destination keeps the exited page alive long enough to deliver its last
        // console line (the app's haven-exit handler); it is lost if the page is gone first.
        if (pathname.startsWith('/fixtures/destination/')) await new Promise((resolve) => setTimeout(resolve, 400));
        const body = files.get(pathname);
        if (!body) return;
        response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
        response.end(body);
      },
    });
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  /** A fresh page with the app rendered and every Haven element upgraded. */
  async function open(path) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const seen = watch(page);
    const logged = [];
    page.on('console', (message) => message.type() === 'log' && logged.push(message.text()));
    await page.goto(site.origin + path);
    // The app's own hotline: the finder's "no results" one is drawn ahead, hidden.
    await page.locator('haven-hotline-banner [part~="call"]:visible').waitFor();
    await page.locator('#finder-ready').filter({ hasText: 'ready' }).waitFor();
    return { context, page, seen, logged };
  }
  const heard = (page) => page.locator('#heard li').allTextContents();
  /** No uncaught error, no console error, and no warning from the framework or from Haven. */
  const assertQuiet = (seen) => {
    assert.deepEqual(seen.errors, []);
    assert.deepEqual(seen.warnings, []);
  };

  for (const { name, path } of PAGES) {
    describe(name, () => {
      it('properties and attributes reach the elements, and a state change updates them', async () => {
        const { context, page, seen } = await open(path);
        const state = await page.evaluate(() => {
          const banner = document.querySelector('haven-hotline-banner');
          const faq = document.querySelector('haven-faq');
          const finder = document.querySelector('haven-resource-finder');
          const exit = document.querySelector('haven-quick-exit');
          const text = (element, part) => element.shadowRoot.querySelector(`[part~="${part}"]`)?.textContent.replace(/\s+/g, ' ').trim();
          return {
            defined: ['haven-hotline-banner', 'haven-faq', 'haven-resource-finder', 'haven-quick-exit'].every((tag) => customElements.get(tag)),
            preset: banner.preset,
            name: text(banner, 'name'),
            smsKeywordAttribute: banner.getAttribute('sms-keyword'),
            smsKeyword: banner.smsKeyword,
            text: text(banner, 'text'),
            dismissible: banner.dismissible,
            copy: text(banner, 'copy'),
            faqLevelAttribute: faq.getAttribute('heading-level'),
            faqLevel: faq.headingLevel,
            faqHeading: faq.querySelector('.haven-faq-heading')?.localName,
            // React sets `page-size` (no such property) as an attribute; Vue's `.prop` sets the number.
          pageSize: String(finder.pageSize),
            listed: finder.shadowRoot.querySelectorAll('[part~="results"] > li').length,
            exitHref: exit.href,
            version: window.Haven?.version,
          };
        });
        const pkg = JSON.parse(readFileSync(new URL('package.json', `file://${root}`), 'utf8'));
        assert.deepEqual(state, {
          defined: true,
          preset: 'us-988',
          name: '988 Suicide & Crisis Lifeline',
          smsKeywordAttribute: 'HAVEN',
          smsKeyword: 'HAVEN',
          text: state.text,
          dismissible: true,
          copy: 'Copy this number',
          faqLevelAttribute: '2',
          faqLevel: 2,
          faqHeading: 'h2',
          pageSize: '2',
          listed: 2,
          exitHref: `${site.origin}/fixtures/destination/`,
          version: pkg.version,
        });
        assert.match(state.text, /HAVEN/, 'the sms-keyword attribute shows in the text option');

        await page.getByRole('button', { name: 'Show the Canadian hotline' }).click();
        await page.locator('haven-hotline-banner [part="name"]').filter({ hasText: 'Canadian Human Trafficking Hotline' }).waitFor();
        assert.equal(await page.evaluate(() => document.querySelector('haven-hotline-banner').preset), 'ca-trafficking');
        assertQuiet(seen);
        await context.close();
      });

      it('haven-contact and haven-dismiss run the app’s handlers, which update its state', async () => {
        const { context, page, seen } = await open(path);
        // Stay on the page: tel: links would hand off to a dialler.
        await page.evaluate(() => document.addEventListener('click', (event) => event.preventDefault()));
        await page.locator('haven-hotline-banner [part~="call"]:visible').click();
        await page.locator('#last-channel').filter({ hasText: 'call' }).waitFor();
        await page.locator('haven-hotline-banner [part="dismiss"]:visible').click();
        await page.locator('haven-hotline-banner [part~="call"]:visible').waitFor({ state: 'detached' });
        assert.deepEqual(await heard(page), ['haven-results {"count":3,"shown":2}', 'haven-contact {"channel":"call"}', 'haven-dismiss null']);
        assertQuiet(seen);
        await context.close();
      });

      it('haven-toggle from the FAQ; another set of questions (a new key) renders without errors', async () => {
        const { context, page, seen } = await open(path);
        await page.getByRole('button', { name: 'Is this a demo?' }).click();
        await page.getByText('Everything on this page is fictitious.').waitFor();
        const prefix = path.includes('react') ? 'react' : 'vue';
        assert.ok((await heard(page)).includes(`haven-toggle {"id":"${prefix}-demo","open":true}`));
        await page.getByRole('button', { name: 'Load other questions' }).click();
        await page.getByRole('button', { name: 'Can I call someone?' }).click();
        await page.getByText('555-0100, a fictitious number').waitFor();
        assert.equal(await page.getByRole('button', { name: 'Is this a demo?' }).count(), 0);
        assert.ok((await heard(page)).includes(`haven-toggle {"id":"${prefix}-call","open":true}`));
        assertQuiet(seen);
        await context.close();
      });

      it('haven-results and haven-search from the resource finder', async () => {
        const { context, page, seen } = await open(path);
        const search = page.getByRole('searchbox', { name: /What do you need help with/ });
        await search.fill('shelter');
        await search.press('Enter');
        await page.getByText('Example Harbor Shelter (fictitious)').waitFor();
        await page.waitForFunction(() => window.heard.some((line) => line.startsWith('haven-search')));
        const lines = await heard(page);
        assert.equal(lines[0], 'haven-results {"count":3,"shown":2}');
        const searched = JSON.parse(lines.find((line) => line.startsWith('haven-search')).slice('haven-search '.length));
        assert.equal(searched.query, 'shelter');
        assert.equal(searched.count, 1);
        assert.ok(lines.includes('haven-results {"count":1,"shown":1}'));
        assertQuiet(seen);
        await context.close();
      });

      it('the quick exit leaves for the destination and the app’s haven-exit handler runs', async () => {
        const { context, page, seen, logged } = await open(path);
        await page.locator('haven-quick-exit [part="button"]').click({ noWaitAfter: true });
        await page.waitForURL(`${site.origin}/fixtures/destination/`);
        assert.ok(logged.includes('heard: haven-exit {"via":"button"}'), logged.join('\n'));
        assertQuiet(seen);
        await context.close();
      });
    });
  }

  it('Vue warns "Failed to resolve component" for a component compiled without isCustomElement (so the quiet pages above mean something)', async () => {
    const { context, seen } = await open('/fixtures/frameworks/vue-sfc-control.html');
    assert.ok(seen.warnings.some((warning) => /Failed to resolve component: haven-hotline-banner/.test(warning)), seen.warnings.join('\n'));
    await context.close();
  });

  it('the React and Vue apps, and the README’s React snippet, typecheck against the package’s types (haven-widgets/jsx)', () => {
    // The README snippet goes beside the fixtures' files in a scratch project (git-ignored).
    const scratch = join(root, '.scratch/frameworks-typecheck');
    mkdirSync(scratch, { recursive: true });
    writeFileSync(join(scratch, 'readme-react.tsx'), readmeBlock('React', 'tsx'));
    const base = JSON.parse(readFileSync(`${fixtures}tsconfig.json`, 'utf8'));
    const files = [...base.files.map((file) => relative(scratch, `${fixtures}${file}`)), 'readme-react.tsx'];
    writeFileSync(join(scratch, 'tsconfig.json'), JSON.stringify({ compilerOptions: base.compilerOptions, files }));
    const tsc = fileURLToPath(new URL('../../node_modules/.bin/tsc', import.meta.url));
    try {
      execFileSync(tsc, ['-p', join(scratch, 'tsconfig.json')], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      assert.fail(`tsc found errors:\n${error.stdout}${error.stderr}`);
    }
  });

  it('the README’s Vue single-file component compiles with its isCustomElement option, resolving no haven-* component', () => {
    const source = readmeBlock('Vue', 'vue');
    const { descriptor, errors } = parse(source, { filename: 'ReadmeHelp.vue', templateParseOptions: { isCustomElement } });
    assert.deepEqual(errors, []);
    const { content } = compileScript(descriptor, { id: 'readme', inlineTemplate: true, templateOptions: { compilerOptions: { isCustomElement } } });
    assert.match(content, /"haven-hotline-banner"/);
    assert.doesNotMatch(content, /resolveComponent\("haven-/);
    // Without the option, Vue would look each tag up as a component (and warn at run time).
    const plain = compileScript(parse(source, { filename: 'ReadmeHelp.vue' }).descriptor, { id: 'readme', inlineTemplate: true });
    assert.match(plain.content, /resolveComponent\("haven-hotline-banner"\)/);
  });
});
