import Foundation
import ProgressionCLI
import TestSupport
import Testing

@Suite struct ProgressTests {
  /// Where the frameworks of the team's checklists are, so that checking them never reaches
  /// the built-in frameworks, which change with the real data.
  static let teamFrameworks = [
    "PROGRESSION_FRAMEWORKS": "Fixtures/show:Fixtures/show-inherit"
  ]

  static func progress(_ golden: String, _ arguments: String...) -> GoldenCase {
    GoldenCase(golden: golden, arguments: ["progress"] + arguments, variables: teamFrameworks)
  }

  static func failing(_ golden: String, _ file: String) -> GoldenCase {
    GoldenCase(
      golden: golden,
      arguments: ["progress", "Fixtures/checklist/\(file)"],
      status: .failure
    )
  }

  static let alex = "Fixtures/checklist/team/alex.md"
  static let sam = "Fixtures/checklist/team/sam.md"
  /// A checklist of the `app` framework's first version, out of date with the second.
  static let outOfDate = "Fixtures/checklist-update/alex.md"
  static let secondVersion = "Fixtures/checklist-update/v2"

  @Test(arguments: [
    progress("progress-one.txt", alex),
    progress("progress-one.md", alex, "-f", "markdown"),
    progress("progress-one.json", alex, "-f", "json"),
    progress("progress-several.txt", sam, alex),
    progress("progress-several.md", sam, alex, "-f", "markdown"),
    progress("progress-several.json", sam, alex, "-f", "json"),
    progress("progress-folder.txt", "Fixtures/checklist/team"),
    progress("progress-folder.md", "Fixtures/checklist/team", "-f", "markdown"),
    progress("progress-folder.json", "Fixtures/checklist/team", "-f", "json"),
    progress("progress-out-of-date.txt", outOfDate, "--dir", secondVersion),
    progress("progress-out-of-date.md", outOfDate, "--dir", secondVersion, "-f", "markdown"),
    progress("progress-out-of-date.json", outOfDate, "--dir", secondVersion, "-f", "json"),
    progress("progress-team-out-of-date.txt", outOfDate, sam, "--dir", secondVersion),
    progress(
      "progress-team-out-of-date.md",
      outOfDate,
      sam,
      "--dir",
      secondVersion,
      "-f",
      "markdown"
    ),
    progress(
      "progress-level-gone.txt",
      outOfDate,
      "--framework",
      "Fixtures/checklist-update/one-level.md"
    ),
    progress(
      "progress-level-gone.json",
      outOfDate,
      "--framework",
      "Fixtures/checklist-update/one-level.md",
      "-f",
      "json"
    ),
    progress("progress-not-checked.txt", alex, "--framework", "Fixtures/none.md"),
    progress("progress-not-checked.json", alex, "--framework", "Fixtures/none.md", "-f", "json"),
    progress("progress-not-checked-several.txt", alex, sam, "--dir", "Fixtures/none"),
  ])
  func output(_ golden: GoldenCase) {
    golden.check()
  }

  @Test(arguments: [
    failing("progress-not-a-checklist.txt", "not-a-checklist.md"),
    failing("progress-mangled-item.txt", "mangled-item.md"),
    failing("progress-mangled-id.txt", "mangled-id.md"),
    failing("progress-duplicate-id.txt", "duplicate-id.md"),
    failing("progress-bad-level.txt", "bad-level.md"),
    failing("progress-unclosed-header.txt", "unclosed-header.md"),
    failing("progress-missing-framework.txt", "missing-framework.md"),
    failing("progress-outside-topic.txt", "outside-topic.md"),
    failing("progress-missing-file.txt", "none.md"),
    failing("progress-empty-folder.txt", "empty"),
    GoldenCase(golden: "progress-no-argument.txt", arguments: ["progress"], status: .usageError),
  ])
  func errors(_ golden: GoldenCase) {
    golden.check()
  }

  /// Progress calls out of date exactly what `checklist --update` would change, and up to date
  /// once it has.
  @Test func outOfDateIsWhatTheUpdateWouldChange() throws {
    let (folder, path) = try ChecklistUpdateTests.copy(Self.outOfDate)
    defer { folder.remove() }
    let update = ToolRun(["checklist", "--update", path, "--dir", Self.secondVersion, "--dry-run"])
    let changes = try #require(
      update.standardOutput.split(separator: "\n").first?
        .firstRange(of: "Updated: ").map { update.standardOutput[$0.upperBound...] }?
        .prefix { $0 != ";" }
    )
    let before = ToolRun(["progress", path, "--dir", Self.secondVersion])
    #expect(before.status == .success)
    #expect(before.standardOutput.contains(": \(changes); run 'progression checklist --update"))
    #expect(
      ToolRun(["checklist", "--update", path, "--dir", Self.secondVersion]).status == .success
    )
    let after = ToolRun(["progress", path, "--dir", Self.secondVersion])
    #expect(after.standardOutput.contains("\nUp to date with its framework, "))
  }

  /// A checklist on standard input has no path to re-sync: the command says `FILE`.
  @Test func aChecklistOnStandardInputIsUpdatedAsFile() throws {
    let checklist = String(decoding: try ChecklistUpdateTests.fixture(), as: UTF8.self)
    let run = ToolRun(["progress", "-", "--dir", Self.secondVersion], standardInput: checklist)
    #expect(run.status == .success)
    #expect(
      run.standardOutput.contains(
        "; run 'progression checklist --update FILE --dir \(Self.secondVersion)' to re-sync it."
      )
    )
  }

  /// A bad file among good ones prints nothing but its error.
  @Test func aFolderSkipsMarkdownThatIsNotAChecklist() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let made = ToolRun(["checklist", "backend", "--dir", "Fixtures/show", "--level", "2"])
    try directory.write(made.standardOutput, to: "ada.md")
    try directory.write("# Team notes\n", to: "README.md")
    let run = ToolRun(["progress", directory.path])
    #expect(run.status == .success)
    #expect(run.standardOutput.contains("ada.md"))
    #expect(!run.standardOutput.contains("README"))
  }

  @Test func oneBadFileWritesNothing() {
    let run = ToolRun([
      "progress", "Fixtures/checklist/team/alex.md", "Fixtures/checklist/mangled-item.md",
    ])
    #expect(run.status == .failure)
    #expect(run.standardOutput == "")
    #expect(run.standardError.contains("mangled-item.md:19:1: error:"))
  }
}
