import Foundation
import Testing

/// Compares `actual` byte for byte with `Golden/NAME`, printing a line diff when they differ.
///
/// With `UPDATE_GOLDEN=1` in the environment the golden is rewritten instead and the test
/// fails, so that the change is reviewed in the diff and the next run confirms it.
///
/// - Parameters:
///   - actual: the output to check.
///   - name: the golden's file name, `<command>-<case>.{txt,json,md}`.
func expectGolden(
  _ actual: String,
  named name: String,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let url = TestPaths.golden.appending(path: name)
  if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
    do {
      let existing = try? Data(contentsOf: url)
      guard existing != Data(actual.utf8) else { return }
      try Data(actual.utf8).write(to: url)
      Issue.record(
        "updated golden '\(name)'; review the change, then rerun without UPDATE_GOLDEN",
        sourceLocation: sourceLocation
      )
    } catch {
      Issue.record("cannot write golden '\(name)': \(error)", sourceLocation: sourceLocation)
    }
    return
  }
  guard let data = try? Data(contentsOf: url) else {
    Issue.record(
      "missing golden '\(name)'; run 'UPDATE_GOLDEN=1 swift test' to create it",
      sourceLocation: sourceLocation
    )
    return
  }
  let expected = String(decoding: data, as: UTF8.self)
  guard expected != actual else { return }
  Issue.record(
    """
    output differs from golden '\(name)' (- expected, + actual):
    \(LineDiff.render(from: expected, to: actual))
    Run 'UPDATE_GOLDEN=1 swift test' to accept the new output.
    """,
    sourceLocation: sourceLocation
  )
}
