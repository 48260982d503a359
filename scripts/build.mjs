// `npm run build`: npm modules + types (tsc), the manifest (analyzer), the CDN bundles (Rollup).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
const run = (name, args) => execFileSync(bin(name), args, { cwd: root, stdio: 'inherit' });

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
run('tsc', ['-p', 'tsconfig.json']);
run('cem', ['analyze', '--quiet']);
run('rollup', ['-c', 'rollup.config.mjs', '--silent']);
execFileSync('node', ['scripts/generate-from-manifest.mjs'], { cwd: root, stdio: 'inherit' });
console.log('Built dist/ (npm modules, custom-elements.json) and dist/cdn/.');
