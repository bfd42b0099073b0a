import Foundation
import ProgressionCore
import TestSupport
import Testing

@testable import ProgressionCLI

/// How `validate` finds its files, fails, colours and escapes.
@Suite struct ValidateCommandTests {
  private func run(_ arguments: [String], in directory: String) -> Tool.Result {
    Tool.run(Tool.Environment(arguments: arguments, currentDirectory: directory))
  }

  @Test func withoutPathsItChecksFrameworksInTheCurrentDirectory() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.write("---\ntitle: T\n---\n", to: "frameworks/nested/a.md")
    let result = run(["validate"], in: directory.path)
    #expect(result.status == .failure)
    #expect(
      String(decoding: result.standardOutput, as: UTF8.self)
        == """
        frameworks/nested/a.md:2:1: error: the framework has no 'levels'; add how many levels it \
        has, such as 'levels: 6' [missing-levels-key]
            2 | title: T
              | ^
        frameworks/nested/a.md:2:1: error: the framework has no 'topics'; add a 'topics:' list, \
        or 'yaml: false' for a page that is prose only [missing-topics]
            2 | title: T
              | ^
        2 errors in 1 file

        """
    )
  }

  @Test func withoutAFrameworksFolderItSaysWhatToDo() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let result = run(["validate"], in: directory.path)
    #expect(result.status == .failure)
    #expect(result.standardOutput.isEmpty)
    #expect(
      String(decoding: result.standardError, as: UTF8.self)
        == "progression: error: cannot read 'frameworks': no such file or directory; pass the "
        + "framework files or folders to check, such as 'progression validate docs/frameworks'\n"
    )
  }

  @Test func manyFilesInOneCall() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let clean = try String(
      contentsOf: TestPaths.fixtures.appending(path: "validate/clean.md"),
      encoding: .utf8
    )
    for index in 0..<200 {
      try directory.write(clean, to: "frameworks/team-\(index / 50)/f\(index).md")
    }
    try directory.write(
      clean.replacingOccurrences(of: "level: 2", with: "level: 1"),
      to: "frameworks/z.md"
    )
    let result = run(["validate", "-f", "github"], in: directory.path)
    #expect(result.status == .failure)
    #expect(
      String(decoding: result.standardOutput, as: UTF8.self)
        == "::warning file=frameworks/z.md,line=3,col=9,title=missing-levels::no topic has "
        + "level 2; add it to a topic, or lower 'levels' to 1\n"
        + "::error file=frameworks/z.md,line=11,col=16,title=duplicate-level::level 1 appears "
        + "twice in topic 'impact' (first on line 8); merge the two items%0Anote: line 8, "
        + "column 16: first appearance is here\n"
        + "1 error, 1 warning in 201 files\n"
    )
  }

  @Test func colourFollowsStandardOutput() {
    let arguments = ["validate", "Fixtures/validate/rules/level-order.md"]
    let environment = { (isTerminal: Bool, color: String) in
      Tool.Environment(
        arguments: arguments + ["--color", color],
        currentDirectory: TestPaths.testDirectory.path(percentEncoded: false),
        isStandardOutputTerminal: isTerminal
      )
    }
    let plain = Tool.run(environment(false, "auto")).standardOutput
    let coloured = Tool.run(environment(true, "auto")).standardOutput
    let forced = Tool.run(environment(false, "always")).standardOutput
    #expect(!plain.contains(0x1B))
    #expect(coloured.contains(0x1B))
    #expect(forced == coloured)
    let text = String(decoding: coloured, as: UTF8.self)
    #expect(text.contains("\u{1B}[1;33mwarning:\u{1B}[0m"))
    #expect(text.hasSuffix("\u{1B}[1;33m1 warning in 1 file\u{1B}[0m\n"))
  }

  @Test(arguments: [
    ("100% done\r\nnext", "100%25 done%0D%0Anext", "100%25 done%0D%0Anext"),
    ("a: b, c", "a: b, c", "a%3A b%2C c"),
    ("::error::x", "::error::x", "%3A%3Aerror%3A%3Ax"),
  ])
  func gitHubEscaping(text: String, data: String, property: String) {
    #expect(ValidationGitHubRenderer.escapeData(text) == data)
    #expect(ValidationGitHubRenderer.escapeProperty(text) == property)
  }

  @Test func gitHubCommandsForFindingsAboutAWholeFileAndWithHostilePaths() {
    let finding = Diagnostic(
      severity: .warning,
      ruleID: "encoding",
      message: "50% of\u{1B}[31mit",
      path: "odd, name:1.md",
      position: nil
    )
    #expect(
      ValidationGitHubRenderer.command(for: finding)
        == "::warning file=odd%2C name%3A1.md,title=encoding::50%25 of\\u{1B}[31mit\n"
    )
  }

  @Test func theJSONIsValidAndCountsMatch() throws {
    let run = ToolRun(["validate", "-f", "json", "Fixtures/validate/rules"])
    #expect(run.status == .failure)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any]
    )
    let findings = try #require(json["findings"] as? [[String: Any]])
    let summary = try #require(json["summary"] as? [String: Int])
    #expect(summary["errors"] == findings.count { $0["severity"] as? String == "error" })
    #expect(summary["warnings"] == findings.count { $0["severity"] as? String == "warning" })
    #expect(summary["files"] == 26)
    for finding in findings {
      #expect(
        Set(finding.keys)
          == ["path", "line", "column", "severity", "rule", "message", "notes", "fix"]
      )
    }
  }

  /// A file name is as hostile as a file's text: GitHub's log must get neither a raw escape nor
  /// a bidirectional override from it.
  @Test func githubEscapesTheFileName() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let clean = try String(
      contentsOf: TestPaths.fixtures.appending(path: "validate/clean.md"),
      encoding: .utf8
    )
    let name = "a\u{1B}[31m\u{7}\u{202E}d,m:.md"
    try directory.write(clean.replacingOccurrences(of: "level: 2", with: "level: 1"), to: name)
    let result = run(["validate", "-f", "github", name], in: directory.path)
    let output = String(decoding: result.standardOutput, as: UTF8.self)
    #expect(
      output.hasPrefix(
        "::warning file=a\\u{1B}[31m\\u{7}\\u{202E}d%2Cm%3A.md,line=3,col=9,title=missing-levels::"
      )
    )
    #expect(!output.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{7}" || $0 == "\u{202E}" })
  }

  /// The `--dry-run` diff quotes the file's name and lines: in a workflow log they are escaped
  /// like everything else.
  @Test func githubEscapesTheDryRunDiff() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let name = "a\u{1B}[31m.md"
    try directory.write(
      "---\ntitle: \"T\"\nlevels: 1\ntopics:\n  - name: \"t\"\n    content:\n"
        + "      - level: 1\n        criteria: [\"x\u{202E} \"]\n---\n",
      to: name
    )
    let result = run(["validate", "--dry-run", "-f", "github", name], in: directory.path)
    let output = String(decoding: result.standardOutput, as: UTF8.self)
    #expect(output.hasPrefix("--- a/a\\u{1B}[31m.md\n+++ b/a\\u{1B}[31m.md\n@@ -5,5 +5,5 @@\n"))
    #expect(output.contains("\n+        criteria: [\"x\\u{202E}\"]\n"))
    #expect(!output.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" })
  }
}
