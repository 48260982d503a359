// `npm run build`: npm modules + types (tsc), the manifest (analyzer), the CDN bundles (Rollup),
// the ZIP centroid chunks the resource finder fetches from beside them, and the CDN files'
// sha384 hashes (dist/cdn/integrity.json and the README's pinned snippet).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildZips } from './build-zips.mjs';
import { writeIntegrity } from './integrity.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
const run = (name, args) => execFileSync(bin(name), args, { cwd: root, stdio: 'inherit' });

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
run('tsc', ['-p', 'tsconfig.json']);
run('cem', ['analyze', '--quiet']);
run('rollup', ['-c', 'rollup.config.mjs', '--silent']);
execFileSync('node', ['scripts/generate-from-manifest.mjs'], { cwd: root, stdio: 'inherit' });
buildZips();
writeIntegrity();
console.log('Built dist/ (npm modules, custom-elements.json, editor data, JSX types), dist/cdn/ (with integrity.json) and dist/cdn/zips/.');
