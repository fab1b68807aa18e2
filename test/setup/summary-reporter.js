/**
 * Prints one plain closing line as the very last line of a run, "Tests: N passed, N failed"
 * (with ", N skipped" when any were), for tools that read a run's result from its end.
 * Jest's own summary comes after every reporter's onRunComplete, hence the exit hook.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `Tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed`;
    process.once("exit", () => process.stderr.write(`${line}${skipped > 0 ? `, ${skipped} skipped` : ""}\n`));
  }
}

module.exports = SummaryReporter;
