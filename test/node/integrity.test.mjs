// The sha384 hashes the build publishes (dist/cdn/integrity.json and the README's pinned
// snippet) are the hashes of the files built, for every script in dist/cdn/.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { cdnBase, readmeIntegrity, sri } from '../../scripts/integrity.mjs';

const root = new URL('../../', import.meta.url);
const cdn = new URL('dist/cdn/', root);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const scripts = readdirSync(cdn).filter((name) => name.endsWith('.js')).sort();
const hashOf = (name) => sri(readFileSync(new URL(name, cdn)));

describe('Subresource Integrity hashes', () => {
  it('dist/cdn/integrity.json has the sha384 of every CDN script, and nothing else', () => {
    const published = JSON.parse(readFileSync(new URL('integrity.json', cdn), 'utf8'));
    assert.deepEqual(Object.keys(published).sort(), scripts);
    for (const name of scripts) {
      assert.match(published[name], /^sha384-[A-Za-z0-9+/]{64}$/);
      assert.equal(published[name], hashOf(name), name);
    }
  });

  it('the README snippet pins this version, and its hashes are the built files’ hashes', () => {
    const readme = readmeIntegrity(readFileSync(new URL('README.md', root), 'utf8'));
    assert.ok(readme, 'README.md has the sri block');
    const base = cdnBase(pkg.version);
    assert.match(base, new RegExp(`@${pkg.version.replace(/\./g, '\\.')}/`), 'an exact version, not a range');
    assert.equal(readme.src, `${base}haven.js`);
    assert.equal(readme.integrity, hashOf('haven.js'));
    assert.deepEqual(
      readme.map.integrity,
      Object.fromEntries(scripts.map((name) => [base + name, hashOf(name)])),
      'the import map lists every CDN script with its hash (run npm run build to refresh README.md)',
    );
  });
});
