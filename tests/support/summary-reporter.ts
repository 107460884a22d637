import type {
  Reporter,
  SerializedError,
  TestModule,
  TestRunEndReason,
  TestSuite,
} from 'vitest/node';

/** A file or suite that failed outside its tests: an import error, a failed beforeAll/afterAll. */
function failsOutsideTests(entity: TestModule | TestSuite): boolean {
  return entity.errors().length > 0;
}

/**
 * Ends the run with one plain line, "N passed, N failed, N skipped", that tools reading a
 * test log can parse whatever the runner (vitest's own summary is styled for people).
 *
 * "failed" counts failed tests, plus each file or suite that failed outside its tests (it could
 * not be imported, or a beforeAll/afterAll hook threw: its tests then show as skipped), plus each
 * error thrown outside any test. Whenever vitest ends the run as failed, and so exits non-zero,
 * the line says at least 1 failed.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
    reason: TestRunEndReason,
  ): void {
    const counts = { passed: 0, failed: 0, skipped: 0, pending: 0 };
    const brokenUnits: string[] = [];
    for (const module of testModules) {
      for (const test of module.children.allTests()) counts[test.result().state] += 1;
      if (failsOutsideTests(module)) brokenUnits.push(module.relativeModuleId);
      for (const suite of module.children.allSuites()) {
        if (failsOutsideTests(suite))
          brokenUnits.push(`${module.relativeModuleId} > ${suite.fullName}`);
      }
    }
    counts.failed += brokenUnits.length + unhandledErrors.length;
    // Anything else vitest fails the run for (an interrupted run, no test files): still a failure.
    if (reason !== 'passed' && counts.failed === 0) counts.failed = 1;

    for (const unit of brokenUnits) console.log(`failed outside its tests: ${unit}`);
    if (unhandledErrors.length) console.log(`errors outside any test: ${unhandledErrors.length}`);
    console.log(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  }
}
