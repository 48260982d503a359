// `npm test`: every check, one after another, then one line "N passed, M failed" summing
// them all. Typecheck, lint and build count as one check each; the test suites count
// their own tests. Exits non-zero when anything failed.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
const only = process.argv.slice(2);

/** Run a command, echo its output, and return { code, output }. */
function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...env } });
    let output = '';
    const echo = (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    };
    child.stdout.on('data', echo);
    child.stderr.on('data', echo);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Output without terminal colour codes. */
// eslint-disable-next-line no-control-regex
const plain = (output) => output.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');

/**
 * The failed tests in a step's output (web-test-runner's ❌ lines, node --test's ✖ lines), once each, in
 * order: name → why, the first lines of the error printed under it (the message and the diff, not the
 * stack, each cut at `width`), so that a CI log that shows only its end still says why.
 */
function failures(output, limit = 8, width = 200) {
  const lines = plain(output).split('\n');
  const found = new Map();
  lines.forEach((line, at) => {
    const name = line.match(/^(\s*)(?:❌|✖) (.+?)(?: \([\d.]+ms\))?\s*$/);
    if (!name || found.has(name[2]) || /^failing tests:?$/.test(name[2])) return;
    const depth = name[1].length;
    const reason = [];
    for (let next = at + 1; next < lines.length && reason.length < limit; next++) {
      const text = lines[next].trim();
      if (!text ? reason.length === 0 : lines[next].match(/^\s*/)[0].length <= depth) break;
      if (text.startsWith('at ')) break;
      if (text) reason.push(text.length > width ? `${text.slice(0, width)}…` : text);
    }
    found.set(name[2], reason);
  });
  return found;
}

/** Counts for a step that is a single check. */
const single = ({ code }) => ({ passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 });

/** web-test-runner prints "N passed, M failed" on its progress lines; the last one counts. */
function wtrCounts({ code, output }) {
  const all = [...plain(output).matchAll(/(\d+) passed, (\d+) failed/g)];
  const last = all.at(-1);
  if (!last) return { passed: 0, failed: 1 };
  const failed = Number(last[2]);
  return { passed: Number(last[1]), failed: failed || (code === 0 ? 0 : 1) };
}

/** node --test's spec reporter ends with "ℹ pass N" and "ℹ fail M". */
function nodeTestCounts({ code, output }) {
  const pass = output.match(/^ℹ pass (\d+)/m);
  const fail = output.match(/^ℹ fail (\d+)/m);
  if (!pass || !fail) return { passed: 0, failed: 1 };
  const failed = Number(fail[1]);
  return { passed: Number(pass[1]), failed: failed || (code === 0 ? 0 : 1) };
}

const nodeTest = (pattern) => ['--test', '--test-reporter=spec', '--test-concurrency=1', pattern];

const steps = [
  ['typecheck', () => run(bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']), single],
  ['lint', () => run(bin('eslint'), ['.']), single],
  ['build', () => run('node', ['scripts/build.mjs']), single],
  ['unit and component tests (web-test-runner, Chromium)', () => run(bin('wtr'), []), wtrCounts],
  ['package and size budgets (node --test)', () => run('node', nodeTest('test/node/')), nodeTestCounts],
  ['end-to-end (node --test + playwright-core, Chromium)', () => run('node', nodeTest('test/e2e/')), nodeTestCounts],
  ['storybook build', () => run('npm', ['run', 'build-storybook']), single],
  ['storybook smoke (every story, console + axe)', () => run('node', nodeTest('test/storybook/')), nodeTestCounts],
];

let passed = 0;
let failed = 0;
const summary = [];
for (const [name, step, count] of steps) {
  if (only.length && !only.some((word) => name.includes(word))) continue;
  console.log(`\n=== ${name} ===`);
  const outcome = await step();
  const result = count(outcome);
  passed += result.passed;
  failed += result.failed;
  summary.push(`${result.failed ? 'FAIL' : 'ok  '}  ${name}: ${result.passed} passed, ${result.failed} failed`);
  // The end of the output is what a CI log shows first: name what failed there too.
  for (const [test, reason] of result.failed ? failures(outcome.output) : []) {
    summary.push(`        failed: ${test}`, ...reason.map((line) => `          ${line}`));
  }
}
console.log(`\n${summary.join('\n')}\n`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
