// Sum the JSON reports of every test run of `npm test` (unit and browser) into one line,
// "N passed, N failed", for CI. A step that failed before any test ran (typecheck, lint, build)
// counts as one failure, so a red run never prints "0 failed".
import { existsSync, readFileSync } from 'node:fs';

const reports = ['test-output/unit-results.json', 'test-output/e2e-results.json'];
let passed = 0;
let failed = 0;
for (const file of reports) {
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed +=
    (report.numFailedTests ?? 0) +
    (report.numFailedTestSuites ?? 0) -
    countSuitesWithFailedTests(report);
}
const status = Number(process.argv[2] ?? 0);
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);

/** A suite that failed only because a test in it failed is already counted by that test. */
function countSuitesWithFailedTests(report) {
  return (report.testResults ?? []).filter(
    (suite) =>
      suite.status === 'failed' &&
      (suite.assertionResults ?? []).some((t) => t.status === 'failed'),
  ).length;
}
