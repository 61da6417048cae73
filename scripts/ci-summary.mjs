// Prints vitest's JSON report, with the results of the other checks CI ran, as the plain line CI
// reads: "N passed, N failed, N skipped". Each further argument is a check, `name=pass` or
// `name=fail` (typecheck, lint, knip), counted as one test. Exits non-zero when the report is
// missing or anything failed.
import { readFileSync } from 'node:fs';

const [reportFile = '.vitest-report.json', ...checkArgs] = process.argv.slice(2);
const checks = checkArgs.map((arg) => {
  const [name = arg, result] = arg.split('=');
  return { name, passed: result === 'pass' };
});
const failedChecks = checks.filter((check) => !check.passed);
for (const check of failedChecks) console.log(`check failed: npm run ${check.name}`);
const checksPassed = checks.length - failedChecks.length;

let report;
try {
  report = JSON.parse(readFileSync(reportFile, 'utf8'));
} catch (error) {
  console.log(`no test report: ${error.message}`);
  console.log(`${checksPassed} passed, ${1 + failedChecks.length} failed`);
  process.exit(1);
}
const passed = (report.numPassedTests ?? 0) + checksPassed;
const failed = (report.numFailedTests ?? 0) + failedChecks.length;
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
const brokenFiles = (report.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0).length;
console.log(`${passed} passed, ${failed + brokenFiles} failed, ${skipped} skipped`);
process.exit(failed + brokenFiles > 0 || report.success === false ? 1 : 0);
