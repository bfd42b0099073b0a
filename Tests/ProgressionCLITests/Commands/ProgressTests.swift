import Foundation
import ProgressionCLI
import Testing

@Suite struct ProgressTests {
  static func progress(_ golden: String, _ arguments: String...) -> GoldenCase {
    GoldenCase(golden: golden, arguments: ["progress"] + arguments)
  }

  static func failing(_ golden: String, _ file: String) -> GoldenCase {
    GoldenCase(
      golden: golden,
      arguments: ["progress", "Fixtures/checklist/\(file)"],
      status: .failure
    )
  }

  @Test(arguments: [
    progress("progress-one.txt", "Fixtures/checklist/team/alex.md"),
    progress("progress-one.md", "Fixtures/checklist/team/alex.md", "-f", "markdown"),
    progress("progress-one.json", "Fixtures/checklist/team/alex.md", "-f", "json"),
    progress(
      "progress-several.txt",
      "Fixtures/checklist/team/sam.md",
      "Fixtures/checklist/team/alex.md"
    ),
    progress(
      "progress-several.md",
      "Fixtures/checklist/team/sam.md",
      "Fixtures/checklist/team/alex.md",
      "-f",
      "markdown"
    ),
    progress(
      "progress-several.json",
      "Fixtures/checklist/team/sam.md",
      "Fixtures/checklist/team/alex.md",
      "-f",
      "json"
    ),
    progress("progress-folder.txt", "Fixtures/checklist/team"),
    progress("progress-folder.md", "Fixtures/checklist/team", "-f", "markdown"),
    progress("progress-folder.json", "Fixtures/checklist/team", "-f", "json"),
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

  /// A bad file among good ones prints nothing but its error.
  @Test func aFolderSkipsMarkdownThatIsNotAChecklist() throws {
    let directory = FileManager.default.temporaryDirectory
      .appending(path: "progression-progress-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let made = ToolRun(["checklist", "backend", "--dir", "Fixtures/show", "--level", "2"])
    try Data(made.standardOutput.utf8).write(to: directory.appending(path: "ada.md"))
    try Data("# Team notes\n".utf8).write(to: directory.appending(path: "README.md"))
    let run = ToolRun(["progress", directory.path(percentEncoded: false)])
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
