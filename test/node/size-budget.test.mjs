// Sizes are deterministic, so their budgets are checked in `npm test` (timings are not:
// they live in `npm run bench`).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SIZE_BUDGETS, enforced } from '../../bench/budgets.mjs';

describe('size budgets (minified + gzip)', () => {
  for (const budget of SIZE_BUDGETS) {
    it(`${budget.label} ≤ ${(enforced(budget) / 1024).toFixed(1)} KB`, () => {
      const size = budget.measure();
      console.log(`# ${budget.id}: ${size} B (issue budget ${budget.limit} B${budget.revised ? `, revised ${budget.revised} B` : ''})`);
      assert.ok(size <= enforced(budget), `${budget.label}: ${size} B > ${enforced(budget)} B`);
    });
  }
});
