import Foundation
import ProgressionCLI
import ProgressionCore
import TestSupport
import Testing

@Suite struct ChecklistTests {
  static func backend(_ golden: String, _ extra: String...) -> GoldenCase {
    GoldenCase(
      golden: golden,
      arguments: ["checklist", "backend", "--dir", "Fixtures/show"] + extra
    )
  }

  static func mobile(_ golden: String, _ extra: String...) -> GoldenCase {
    GoldenCase(
      golden: golden,
      arguments: ["checklist", "mobile", "--dir", "Fixtures/show-inherit"] + extra
    )
  }

  @Test(arguments: [
    backend("checklist-backend-level-2.md", "--level", "2"),
    backend("checklist-backend-level-2.csv", "--level", "2", "-f", "csv"),
    backend("checklist-backend-level-2.json", "--level", "2", "-f", "json"),
    backend("checklist-backend-topic.md", "--level", "3", "--topic", "comm", "--examples"),
    backend("checklist-backend-topic.csv", "--level", "3", "--topic", "comm", "-f", "csv"),
    backend(
      "checklist-backend-topic.json",
      "--level",
      "3",
      "--topic",
      "comm",
      "--examples",
      "-f",
      "json"
    ),
    mobile("checklist-mobile-cumulative.md", "--level", "2", "--cumulative"),
    mobile("checklist-mobile-cumulative.csv", "--level", "2", "--cumulative", "-f", "csv"),
    mobile("checklist-mobile-cumulative.json", "--level", "2", "--cumulative", "-f", "json"),
    GoldenCase(
      golden: "checklist-hostile.csv",
      arguments: ["checklist", "Fixtures/show/hostile.md", "--level", "1", "-f", "csv"]
    ),
    GoldenCase(
      golden: "checklist-hostile.md",
      arguments: ["checklist", "Fixtures/show/hostile.md", "--level", "1"]
    ),
  ])
  func output(_ golden: GoldenCase) {
    golden.check()
  }

  @Test(arguments: [
    backend("checklist-missing-level.txt").failing(),
    backend("checklist-level-malformed.txt", "--level", "2-3").failing(),
    backend("checklist-level-outside.txt", "--level", "9").failing(),
    backend("checklist-unknown-topic.txt", "--level", "1", "--topic", "nope").failing(),
    backend("checklist-force-without-output.txt", "--level", "1", "--force").failing(),
    GoldenCase(
      golden: "checklist-unknown-framework.txt",
      arguments: ["checklist", "nope", "--dir", "Fixtures/show", "--level", "1"],
      status: .failure
    ),
  ])
  func usage(_ golden: GoldenCase) {
    golden.check()
  }

  @Test func missingFrameworkFails() {
    let run = ToolRun(["checklist", "Fixtures/checklist/none.md", "--level", "1"])
    #expect(run.status == .failure)
    #expect(run.standardError.contains("Fixtures/checklist/none.md"))
    #expect(run.standardOutput == "")
  }

  /// A criterion a topic shows twice, or at two levels of a cumulative checklist, is listed
  /// once, so that what `checklist` writes `progress` can read.
  @Test(arguments: [["--level", "1"], ["--level", "2", "--cumulative"]])
  func aRepeatedCriterionIsListedOnce(_ options: [String]) throws {
    let run = ToolRun(["checklist", "Fixtures/checklist-repeats/repeats.md"] + options)
    #expect(run.status == .success)
    let checklist = try ChecklistParser(bytes: Array(run.standardOutput.utf8)).parse()
    let texts = checklist.items.map(\.text)
    #expect(texts.filter { $0 == "Ships small changes" }.count == 1)
    #expect(Set(checklist.items.map(\.id)).count == checklist.items.count)
    let progress = ToolRun(["progress", "-"], standardInput: run.standardOutput)
    #expect(progress.status == .success)
  }

  /// Every generated checklist reads back with the same items, unticked.
  @Test(arguments: [
    ["--level", "2"], ["--level", "3", "--cumulative"], ["--level", "1", "--examples"],
  ])
  func readsBack(_ options: [String]) throws {
    let run = ToolRun(["checklist", "backend", "--dir", "Fixtures/show"] + options)
    let checklist = try ChecklistParser(bytes: Array(run.standardOutput.utf8)).parse()
    let loaded = try FrameworkCatalog(
      directory: TestPaths.fixtures.appending(path: "show").path(percentEncoded: false),
      environment: [:],
      currentDirectory: "/"
    ).load("backend")
    let level = Int(options[1]) ?? 0
    let fresh = Checklist(
      framework: loaded.framework,
      source: "",
      level: level,
      isCumulative: options.contains("--cumulative")
    )
    #expect(checklist.items.map(\.id) == fresh.items.map(\.id))
    #expect(checklist.items.map(\.text) == fresh.items.map(\.text))
    #expect(checklist.items.map(\.level) == fresh.items.map(\.level))
    #expect(checklist.items.allSatisfy { !$0.isTicked })
    #expect(checklist.header.level == level)
    #expect(checklist.header.frameworkName == "backend")
  }

  @Test func outputFileIsCreatedOnceAndReplacedOnlyWithForce() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let file = folder.path("me.md")
    let base = ["checklist", "backend", "--dir", "Fixtures/show", "--output", file]

    let first = ToolRun(base + ["--level", "1"])
    #expect(first.status == .success)
    #expect(first.standardOutput == "")
    let written = try String(contentsOfFile: file, encoding: .utf8)
    #expect(written.contains("level: 1\n"))

    try (written + "  - my evidence\n").write(toFile: file, atomically: false, encoding: .utf8)
    let refused = ToolRun(base + ["--level", "2"])
    #expect(refused.status == .failure)
    #expect(refused.standardError.contains("already exists; give --force to replace it"))
    #expect(try String(contentsOfFile: file, encoding: .utf8).hasSuffix("  - my evidence\n"))

    let forced = ToolRun(base + ["--level", "2", "--force"])
    #expect(forced.status == .success)
    #expect(try String(contentsOfFile: file, encoding: .utf8).contains("level: 2\n"))
  }

  /// `--output` never opens what is not a regular file (a pipe would block), never overwrites
  /// the framework being read, and takes '-' as standard output.
  @Test(arguments: [
    ("Fixtures/show", "it is a directory, not a regular file"),
    ("/dev/full", "it is a character device, not a regular file"),
    ("Fixtures/show/backend.md", "it is the framework file being read"),
  ])
  func outputRefusesWhatIsNotANewOrRegularFile(_ path: String, _ reason: String) throws {
    let framework = "Fixtures/show/backend.md"
    let before = try String(
      contentsOfFile: TestPaths.testDirectory.appending(path: framework)
        .path(percentEncoded: false),
      encoding: .utf8
    )
    for force in [[], ["--force"]] {
      let run = ToolRun(
        ["checklist", "backend", "--dir", "Fixtures/show", "--level", "1", "--output", path]
          + force
      )
      #expect(run.status == .failure)
      #expect(
        run.standardError.contains("cannot write '\(path)': \(reason)"),
        "\(run.standardError)"
      )
    }
    #expect(
      try String(
        contentsOfFile: TestPaths.testDirectory.appending(path: framework)
          .path(percentEncoded: false),
        encoding: .utf8
      ) == before
    )
  }

  @Test func outputDashIsStandardOutput() {
    let base = ["checklist", "backend", "--dir", "Fixtures/show", "--level", "1"]
    let run = ToolRun(base + ["--output", "-", "--force"])
    #expect(run.status == .success)
    #expect(run.standardOutput == ToolRun(base).standardOutput)
    #expect(run.standardOutput.contains("<!-- progression-checklist"))
  }

  @Test func outputIntoMissingFolderFails() {
    let run = ToolRun([
      "checklist", "backend", "--dir", "Fixtures/show", "--level", "1", "--output",
      "Fixtures/no-such-folder/me.md",
    ])
    #expect(run.status == .failure)
    #expect(
      run.standardError.contains(
        "cannot create 'Fixtures/no-such-folder/me.md': no such file or directory; nothing was written"
      )
    )
  }
}

extension GoldenCase {
  /// The case, expected to fail with a usage error.
  func failing() -> GoldenCase {
    var copy = self
    copy.status = .usageError
    return copy
  }
}
