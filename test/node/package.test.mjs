// What npm users and partners get: the exports map points at real files with types, the
// manifest describes every element, and the version is the same everywhere.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const file = (path) => new URL(path, root);

describe('package.json and the build', () => {
  it('is the haven-widgets ES module package with engines and a licence', () => {
    assert.equal(pkg.name, 'haven-widgets');
    assert.equal(pkg.type, 'module');
    assert.ok(pkg.engines?.node);
    assert.ok(existsSync(file('LICENSE')));
    assert.ok(existsSync(file('package-lock.json')));
    assert.match(readFileSync(file('.npmrc'), 'utf8'), /engine-strict=true/);
    assert.match(pkg.customElements, /^(\.\/)?dist\/custom-elements\.json$/);
    assert.ok(pkg.dependencies.lit, 'Lit stays a dependency for npm users');
  });

  it('every exports entry that is built points at a file, with types', () => {
    for (const [entry, target] of Object.entries(pkg.exports)) {
      if (entry.includes('*') || entry === './package.json') continue;
      const paths = typeof target === 'string' ? [target] : [target.default, target.types];
      for (const path of paths) {
        if (!existsSync(file(path))) {
          // Components land one issue at a time; the banner and the main entry must exist.
          assert.ok(!['.', './hotline-banner', './quick-exit'].includes(entry), `${entry} → ${path} is missing`);
          continue;
        }
      }
    }
    assert.ok(existsSync(file('dist/index.d.ts')));
    assert.ok(existsSync(file('dist/hotline-banner.d.ts')));
  });

  it('builds the CDN files with one shared Lit chunk', () => {
    assert.ok(existsSync(file('dist/cdn/haven.js')));
    assert.ok(existsSync(file('dist/cdn/hotline-banner.js')));
    assert.ok(existsSync(file('dist/cdn/resource-finder.js')));
    const haven = readFileSync(file('dist/cdn/haven.js'), 'utf8');
    assert.doesNotMatch(haven, /class \w+ extends HTMLElement/, 'Lit is not inlined into haven.js');
  });

  it('the manifest documents the banner: attributes, events, parts and CSS properties', () => {
    const manifest = JSON.parse(readFileSync(file('dist/custom-elements.json'), 'utf8'));
    const banner = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'haven-hotline-banner');
    assert.ok(banner, 'haven-hotline-banner is in the manifest');
    const attributes = banner.attributes.map((a) => a.name);
    for (const name of ['preset', 'name', 'phone', 'sms', 'sms-keyword', 'chat-url', 'tty', 'hours', 'emergency', 'variant', 'dismissible', 'dismiss-storage']) {
      assert.ok(attributes.includes(name), `attribute ${name}`);
    }
    assert.deepEqual(banner.events.map((e) => e.name).sort(), ['haven-contact', 'haven-dismiss']);
    assert.ok(banner.cssParts.some((p) => p.name === 'call'));
    assert.ok(banner.cssProperties.some((p) => p.name === '--haven-accent'));
    for (const attribute of banner.attributes) assert.ok(attribute.description, `attribute ${attribute.name} has a description`);
  });

  it('the manifest documents the FAQ: attributes, the haven-toggle event, parts and CSS properties', () => {
    const manifest = JSON.parse(readFileSync(file('dist/custom-elements.json'), 'utf8'));
    const faq = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'haven-faq');
    assert.ok(faq, 'haven-faq is in the manifest');
    const attributes = faq.attributes.map((a) => a.name);
    for (const name of ['heading-level', 'single', 'searchable', 'structured-data', 'src', 'preset', 'hotline']) {
      assert.ok(attributes.includes(name), `attribute ${name}`);
    }
    assert.deepEqual(faq.events.map((e) => e.name), ['haven-toggle']);
    assert.ok(faq.cssParts.some((p) => p.name === 'toggle-all'));
    assert.ok(faq.cssProperties.some((p) => p.name === '--haven-scroll-margin'));
    for (const attribute of faq.attributes) assert.ok(attribute.description, `attribute ${attribute.name} has a description`);
  });

  it('builds the FAQ for npm and the CDN; each component file holds its own code', () => {
    for (const path of ['dist/faq.js', 'dist/faq.d.ts', 'dist/cdn/faq.js']) assert.ok(existsSync(file(path)), path);
    // faq.js imports the banner (it shows the hotline); the banner's code stays in its own file.
    assert.match(readFileSync(file('dist/cdn/hotline-banner.js'), 'utf8'), /National Human Trafficking Hotline/);
    assert.doesNotMatch(readFileSync(file('dist/cdn/faq.js'), 'utf8'), /National Human Trafficking Hotline/);
    assert.match(readFileSync(file('dist/cdn/faq.js'), 'utf8'), /from"\.\/hotline-banner\.js"/);
  });

  it('the manifest documents the quick exit and its tips, without the registry internals', () => {
    const manifest = JSON.parse(readFileSync(file('dist/custom-elements.json'), 'utf8'));
    const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
    const exit = declarations.find((d) => d.tagName === 'haven-quick-exit');
    assert.ok(exit, 'haven-quick-exit is in the manifest');
    assert.deepEqual(exit.attributes.map((a) => a.name).sort(), ['history', 'href', 'position', 'shortcut', 'shortcut-timeout', 'skip-link']);
    for (const attribute of exit.attributes) assert.ok(attribute.description, `attribute ${attribute.name} has a description`);
    assert.deepEqual(exit.events.map((e) => e.name), ['haven-exit']);
    assert.ok(['base', 'button', 'indicator'].every((name) => exit.cssParts.some((p) => p.name === name)));
    assert.ok(exit.cssProperties.some((p) => p.name === '--haven-exit-background'));
    assert.ok(!exit.members.some((m) => m.name === 'exitOptions'), 'registry methods are @internal');
    const tips = declarations.find((d) => d.tagName === 'haven-quick-exit-tips');
    assert.ok(tips?.cssParts.some((p) => p.name === 'summary'));
    assert.ok(existsSync(file('dist/quick-exit.d.ts')));
    assert.ok(existsSync(file('dist/cdn/quick-exit.js')));
  });

  it('Haven.version matches package.json', () => {
    const source = readFileSync(file('src/core/version.ts'), 'utf8');
    assert.match(source, new RegExp(`VERSION = '${pkg.version.replace(/\./g, '\\.')}'`));
  });
});
