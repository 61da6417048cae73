// Prints vitest's JSON report as the plain line CI reads: "N passed, N failed, N skipped".
// Exits non-zero when the report is missing or counts a failure.
import { readFileSync } from 'node:fs';

let report;
try {
  report = JSON.parse(readFileSync(process.argv[2] ?? '.vitest-report.json', 'utf8'));
} catch (error) {
  console.log(`no test report: ${error.message}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const passed = report.numPassedTests ?? 0;
const failed = report.numFailedTests ?? 0;
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
const brokenFiles = (report.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0).length;
console.log(`${passed} passed, ${failed + brokenFiles} failed, ${skipped} skipped`);
process.exit(failed + brokenFiles > 0 || report.success === false ? 1 : 0);
