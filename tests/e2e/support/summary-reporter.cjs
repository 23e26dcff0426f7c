/* global module, process -- a CommonJS jest reporter */
// Closing line of the e2e run: "e2e: N passed, N failed, N skipped", then each skipped scenario with its reason
// (a scenario whose feature has not landed is skipped loudly, never passed silently).
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = [];
    for (const file of results.testResults) {
      for (const t of file.testResults) if (t.status === 'pending' || t.status === 'skipped') skipped.push(t.fullName);
    }
    for (const name of skipped) process.stdout.write(`  skipped: ${name}\n`);
    process.stdout.write(
      `e2e: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numPendingTests} skipped\n`,
    );
  }
}
module.exports = SummaryReporter;
