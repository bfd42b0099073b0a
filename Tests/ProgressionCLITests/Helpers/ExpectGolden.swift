import TestSupport
import Testing

/// Compares `actual` byte for byte with `Golden/NAME`, or rewrites it with `UPDATE_GOLDEN=1`
/// (see `Golden`).
///
/// - Parameters:
///   - actual: the output to check.
///   - name: the golden's file name, `<command>-<case>.{txt,json,md}`.
func expectGolden(
  _ actual: String,
  named name: String,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  Golden.expect(actual, in: TestPaths.golden, named: name, sourceLocation: sourceLocation)
}
