import Foundation
import ProgressionCLI
import TestSupport
import Testing

/// Every `console` example in README.md is run in-process from the package root and must print
/// exactly what the README shows, so the front door never drifts from the tool.
///
/// `UPDATE_GOLDEN=1 swift test` rewrites the README's outputs and fails, like the goldens.
@Suite struct ReadmeExampleTests {
  static let readme = PackagePaths.file("README.md")

  static func readmeText() -> String {
    (try? String(contentsOf: readme, encoding: .utf8)) ?? ""
  }

  @Test func readmeHasExamples() {
    #expect(ReadmeExample.examples(in: Self.readmeText()).count >= 10)
  }

  @Test(.disabled(if: Golden.isUpdating), arguments: ReadmeExample.examples(in: readmeText()))
  func exampleOutputMatches(_ example: ReadmeExample) {
    let actual = Self.run(example.arguments)
    #expect(
      actual == example.output,
      """
      README example at line \(example.line) differs (- README, + actual):
      \(LineDiff.render(from: example.output, to: actual))
      Run 'UPDATE_GOLDEN=1 swift test' to accept the new output.
      """
    )
  }

  /// Rewrites the output of every example in one pass, so line numbers never go stale.
  @Test(.enabled(if: Golden.isUpdating)) func updateExamples() throws {
    let original = Self.readmeText()
    let updated = ReadmeExample.replacingOutputs(in: original) { Self.run($0) }
    guard updated != original else { return }
    try Data(updated.utf8).write(to: Self.readme)
    Issue.record("updated the README's examples; review the change, then rerun")
  }

  /// What the tool prints for `arguments`: standard output, then standard error.
  private static func run(_ arguments: [String]) -> String {
    let result = Tool.run(
      Tool.Environment(
        arguments: arguments,
        variables: [:],
        currentDirectory: PackagePaths.root.path(percentEncoded: false),
        standardInput: .text(""),
        isStandardErrorTerminal: false
      )
    )
    return String(decoding: result.standardOutput + result.standardError, as: UTF8.self)
  }
}
