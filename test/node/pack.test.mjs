// The published package as npm users get it: `npm pack`, checked file by file, then installed
// into a fresh project where every `exports` entry is imported — typechecked with tsc (module
// resolution `bundler` and `nodenext`, library types checked too) and imported in Node.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const tsc = join(root, 'node_modules/.bin/tsc');

/** Every `exports` entry: its specifier, its conditions' targets, and what kind of entry it is. */
const entries = Object.entries(pkg.exports).map(([key, target]) => {
  const specifier = key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`;
  const targets = typeof target === 'string' ? { default: target } : target;
  const kind = key.includes('*') ? 'pattern' : key.endsWith('.json') ? 'json' : targets.default ? 'module' : 'types';
  return { key, specifier, targets, kind };
});

/** What the tarball must hold, beyond every `exports` target. */
const REQUIRED = [
  'package.json',
  'README.md',
  'CHANGELOG.md',
  'LICENSE',
  'dist/cdn/haven.js',
  'dist/cdn/hotline-banner.js',
  'dist/cdn/quick-exit.js',
  'dist/cdn/resource-finder.js',
  'dist/cdn/faq.js',
  'dist/cdn/integrity.json',
  'dist/cdn/zips/SOURCE.txt',
];
/** The only shapes a shipped file may have. */
const ALLOWED = [/^(package\.json|README\.md|CHANGELOG\.md|LICENSE)$/, /^dist\/.+\.(js|d\.ts|json)$/, /^dist\/cdn\/zips\/SOURCE\.txt$/];
/** What must never be shipped (sources, tests, tooling, maps, secrets, local files). */
const FORBIDDEN = [
  /^(src|test|stories|bench|demo|scripts|node_modules|storybook-static|\.storybook|\.scratch|test-results)\//,
  /\.map$/,
  /\.tsbuildinfo$/,
  /\.(test|spec|stories)\.[cm]?[jt]sx?$/,
  /(^|\/)\.(npmrc|env[^/]*|git[^/]*|DS_Store)$/,
  /\.(tgz|log)$/,
  /(^|\/)(tsconfig[^/]*\.json|package-lock\.json|rollup\.config\.mjs|eslint\.config\.mjs|web-test-runner\.config\.mjs|custom-elements-manifest\.config\.mjs)$/,
];

describe('npm pack: the published tarball', () => {
  let work;
  let packed;
  let tarball;
  let project;

  before(async () => {
    work = mkdtempSync(join(tmpdir(), 'haven-pack-'));
    const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
    [packed] = JSON.parse(stdout);
    tarball = join(work, packed.filename);
    const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
    console.log(`${packed.filename}: ${kb(packed.size)} packed, ${kb(packed.unpackedSize)} unpacked, ${packed.entryCount} files`);
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  const files = () => new Set(packed.files.map((file) => file.path));

  it('holds every exports target, the CDN files with their hashes, the ZIP data, README, CHANGELOG and LICENSE', () => {
    const shipped = files();
    for (const path of REQUIRED) assert.ok(shipped.has(path), `${path} is in the tarball`);
    for (const { key, targets, kind } of entries) {
      for (const target of Object.values(targets)) {
        const path = posix.normalize(target);
        if (kind === 'pattern') {
          const prefix = path.slice(0, path.indexOf('*'));
          assert.ok([...shipped].some((file) => file.startsWith(prefix)), `${key}: something under ${prefix}`);
        } else {
          assert.ok(shipped.has(path), `${key} → ${path} is in the tarball`);
        }
      }
    }
    const zips = [...shipped].filter((file) => /^dist\/cdn\/zips\/\d{3}\.json$/.test(file));
    assert.ok(zips.length > 800, `${zips.length} ZIP chunks`);
    assert.match(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'), new RegExp(`^## \\[${pkg.version.replace(/\./g, '\\.')}\\]`, 'm'), 'CHANGELOG has this version');
  });

  it('every npm module has its .d.ts, and every relative import in a shipped file resolves inside the tarball', () => {
    const shipped = files();
    for (const file of shipped) {
      if (file.endsWith('.js') && !file.startsWith('dist/cdn/')) assert.ok(shipped.has(file.replace(/\.js$/, '.d.ts')), `${file} has types`);
      if (!/\.(js|d\.ts)$/.test(file)) continue;
      const code = readFileSync(join(root, file), 'utf8');
      const specifiers = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g)].map((match) => match[1]);
      for (const specifier of specifiers) {
        let target = posix.join(posix.dirname(file), specifier);
        if (file.endsWith('.d.ts')) target = target.replace(/\.js$/, '.d.ts');
        assert.ok(shipped.has(target), `${file} imports ${specifier}, which is not shipped`);
      }
      assert.doesNotMatch(code, /sourceMappingURL/, `${file} points at a source map that is not shipped`);
    }
  });

  it('ships nothing else: no sources, tests, stories, benchmarks, tooling, maps or local files', () => {
    for (const file of files()) {
      assert.ok(ALLOWED.some((pattern) => pattern.test(file)), `unexpected file ${file}`);
      for (const pattern of FORBIDDEN) assert.doesNotMatch(file, pattern, `${file} must not be shipped`);
    }
    // A generous ceiling that catches an accidental folder (bench data, maps, storybook-static).
    assert.ok(packed.size < 1024 * 1024, `tarball is ${packed.size} bytes`);
  });

  describe('installed into a fresh project', () => {
    before(async () => {
      project = join(work, 'project');
      const { version: reactTypes } = JSON.parse(readFileSync(join(root, 'node_modules/@types/react/package.json'), 'utf8'));
      mkdirSync(project);
      writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
      // Lit and friends come from the npm cache when they are there; the registry otherwise.
      await run(
        'npm',
        ['install', tarball, `@types/react@${reactTypes}`, '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', '--no-package-lock', '--loglevel=error'],
        { cwd: project, maxBuffer: 16 * 1024 * 1024 },
      );
      writeFileSync(join(project, 'entries.ts'), entriesSource());
      writeFileSync(join(project, 'usage.ts'), USAGE);
      writeFileSync(join(project, 'jsx.tsx'), JSX);
      const compilerOptions = {
        target: 'es2022',
        lib: ['es2023', 'dom', 'dom.iterable'],
        jsx: 'react-jsx',
        strict: true,
        noEmit: true,
        resolveJsonModule: true,
        skipLibCheck: false,
        types: [],
      };
      const files = ['entries.ts', 'usage.ts', 'jsx.tsx'];
      writeFileSync(join(project, 'tsconfig.bundler.json'), JSON.stringify({ compilerOptions: { ...compilerOptions, module: 'esnext', moduleResolution: 'bundler' }, files }));
      writeFileSync(join(project, 'tsconfig.nodenext.json'), JSON.stringify({ compilerOptions: { ...compilerOptions, module: 'nodenext', moduleResolution: 'nodenext' }, files }));
    });

    for (const resolution of ['bundler', 'nodenext']) {
      it(`every exports entry typechecks with tsc (moduleResolution ${resolution}, library types checked)`, async () => {
        try {
          await run(tsc, ['-p', `tsconfig.${resolution}.json`], { cwd: project });
        } catch (error) {
          assert.fail(`tsc (${resolution}) found errors:\n${error.stdout}${error.stderr}`);
        }
      });
    }

    it('every module and JSON entry imports in Node (server rendering does not throw); the CDN files resolve', async () => {
      const check = `
        const entries = ${JSON.stringify(entries)};
        const out = {};
        for (const { specifier, kind } of entries) {
          if (kind === 'module') out[specifier] = Object.keys(await import(specifier)).sort();
          if (kind === 'json') out[specifier] = typeof (await import(specifier, { with: { type: 'json' } })).default;
        }
        out.cdn = import.meta.resolve('${pkg.name}/dist/cdn/haven.js');
        console.log(JSON.stringify(out));`;
      const { stdout } = await run('node', ['--input-type=module', '-e', check], { cwd: project });
      const out = JSON.parse(stdout);
      assert.ok(out[pkg.name].includes('HavenHotlineBanner') && out[pkg.name].includes('version'), out[pkg.name].join(', '));
      assert.ok(out[`${pkg.name}/quick-exit`].includes('HavenQuickExit'));
      for (const { specifier, kind } of entries) {
        if (kind === 'json') assert.equal(out[specifier], 'object', specifier);
      }
      assert.match(out.cdn, /node_modules\/haven-widgets\/dist\/cdn\/haven\.js$/);
    });
  });
});

/** Import every entry of the exports map (generated, so a new entry is covered at once). */
function entriesSource() {
  const lines = ['// Every entry of haven-widgets\' exports map.'];
  entries.forEach(({ specifier, kind }, index) => {
    if (kind === 'module') lines.push(`import * as entry${index} from '${specifier}';`, `export { entry${index} };`);
    if (kind === 'types') lines.push(`import type {} from '${specifier}';`);
    if (kind === 'json') lines.push(`import json${index} from '${specifier}' with { type: 'json' };`, `export { json${index} };`);
  });
  return `${lines.join('\n')}\n`;
}

/** The types are real, not `any`: wrong uses must fail (`@ts-expect-error` fails if they do not). */
const USAGE = `
import { HavenFaq, HavenHotlineBanner, HavenQuickExit, HavenQuickExitTips, HavenResourceFinder, HOTLINE_PRESETS, registerTranslation, version, type ContactChannel, type ServiceRecord } from 'haven-widgets';
import { DEFAULT_DESTINATION, type ExitVia } from 'haven-widgets/quick-exit';
import { FAQ_PRESETS } from 'haven-widgets/faq';
import manifest from 'haven-widgets/custom-elements.json' with { type: 'json' };

const banner: HavenHotlineBanner = document.createElement('haven-hotline-banner');
banner.preset = 'us-988';
const exit: HavenQuickExit | null = document.querySelector('haven-quick-exit');
const tips: HavenQuickExitTips = document.createElement('haven-quick-exit-tips');
const finder: HavenResourceFinder = document.createElement('haven-resource-finder');
const faq: HavenFaq = document.createElement('haven-faq');
const ready: Promise<void> = finder.ready;
const channel: ContactChannel = 'call';
const via: ExitVia = 'shift';
const name: string = HOTLINE_PRESETS['us-trafficking'].name;
const destination: string = DEFAULT_DESTINATION;
const record: Partial<ServiceRecord> = {};
const v: string = version;
registerTranslation('fr', { 'copy-number': 'Copier le numéro' });
// @ts-expect-error: not a channel
const fax: ContactChannel = 'fax';
// @ts-expect-error: not an exit
const mouse: ExitVia = 'mouse';
// @ts-expect-error: a number is not a preset id
banner.preset = 42;
export const used = [exit, tips, faq, ready, channel, via, name, destination, record, v, fax, mouse, FAQ_PRESETS, manifest.modules.length];
`;

/** React 19 JSX with the generated types: attributes, i18n overrides, typed \`on<haven-event>\` props. */
const JSX = `
import type {} from 'haven-widgets/jsx';
import 'haven-widgets';

export const page = (
  <>
    <haven-quick-exit href="https://www.example.org/" shortcut="shift escape" onhaven-exit={(event) => event.detail.via satisfies 'button' | 'skip-link' | 'shift' | 'escape'} />
    <haven-hotline-banner preset="us-988" dismissible i18n-copy-number="Copy" onhaven-contact={(event) => event.detail.channel.toUpperCase()} onhaven-dismiss={() => undefined} />
    <haven-resource-finder src="/services.json" page-size={10} units="km" onhaven-results={(event) => event.detail} />
    <haven-faq heading-level={2} searchable onhaven-toggle={(event) => event.detail.open satisfies boolean}>
      <details id="q"><summary>Question?</summary><p>Answer.</p></details>
    </haven-faq>
    <haven-quick-exit-tips open />
  </>
);
// @ts-expect-error: dismissible is a boolean
export const wrongType = <haven-hotline-banner dismissible="yes" />;
// @ts-expect-error: the detail has no such field
export const wrongDetail = <haven-hotline-banner onhaven-contact={(event) => event.detail.number} />;
`;
