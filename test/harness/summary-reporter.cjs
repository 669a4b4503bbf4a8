// Ends every test run with one plain line, `N passed, N failed`, which CI reads. A test file that
// could not run at all counts as a failure. Written at exit: jest's own summary prints after every
// reporter's onRunComplete, and this line must be the last.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    process.once('exit', () => process.stdout.write(`${results.numPassedTests} passed, ${failed} failed\n`));
  }
}
module.exports = SummaryReporter;
