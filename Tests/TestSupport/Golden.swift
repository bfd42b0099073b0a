public import Foundation
public import Testing

/// Golden files: expected outputs kept in files and compared byte for byte, so that a change of
/// output is reviewed as a diff of its golden.
///
/// With `UPDATE_GOLDEN=1` in the environment a golden is rewritten instead and the test fails,
/// so that the change is reviewed in the diff and the next run confirms it.
public enum Golden {
  /// Whether this run rewrites goldens instead of comparing with them: `UPDATE_GOLDEN=1`.
  public static let isUpdating = ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1"

  /// Compares `actual` byte for byte with the golden `name` in `directory`, printing a line diff
  /// when they differ; rewrites the golden instead when updating.
  public static func expect(
    _ actual: String,
    in directory: URL,
    named name: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let url = directory.appending(path: name)
    if isUpdating {
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
}
