import Foundation
import ProgressionCLI
import ProgressionCore
import TestSupport
import Testing

@Suite struct ChecklistUpdateTests {
  static let checklist = "Fixtures/checklist-update/alex.md"

  /// A copy of `name` in a fresh folder, removed by the caller.
  static func copy(_ name: String) throws -> (folder: TemporaryDirectory, path: String) {
    let folder = try TemporaryDirectory()
    let path = try folder.copy(TestPaths.testDirectory.appending(path: name), to: "alex.md")
    return (folder, path)
  }

  static func update(_ path: String, version: String, _ extra: String...) -> ToolRun {
    ToolRun(
      ["checklist", "--update", path, "--dir", "Fixtures/checklist-update/\(version)"] + extra
    )
  }

  /// `bytes`, a checklist, after `checklist --update` with the framework in `version` (`v1` or
  /// `v2` of `Fixtures/checklist-update`), run on a copy.
  static func updated(_ bytes: [UInt8], version: String) throws -> [UInt8] {
    let (folder, path) = try copy(checklist)
    defer { folder.remove() }
    try Data(bytes).write(to: URL(filePath: path))
    let run = update(path, version: version)
    #expect(run.status == .success, "\(run.standardError)")
    return Array(try Data(contentsOf: URL(filePath: path)))
  }

  /// The bytes of the checklist of `Fixtures/checklist-update`.
  static func fixture() throws -> [UInt8] {
    Array(
      try Data(
        contentsOf: TestPaths.testDirectory.appending(path: checklist)
      )
    )
  }

  /// An item retired by one update and back in the framework at the next (a reverted change)
  /// returns to its topic with its tick and evidence, instead of being added again beside it.
  @Test func aCriterionThatComesBackIsRestoredWithItsEvidence() throws {
    let (folder, path) = try Self.copy(Self.checklist)
    defer { folder.remove() }
    let original = try String(contentsOfFile: path, encoding: .utf8)
    #expect(Self.update(path, version: "v2").status == .success)
    let back = Self.update(path, version: "v1")
    #expect(back.status == .success)
    #expect(back.standardOutput.contains("back in the framework"))
    let restored = try String(contentsOfFile: path, encoding: .utf8)
    // Every tick and line of evidence is still there, and the checklist reads back.
    for line in original.split(separator: "\n") where line.hasPrefix("  ") {
      #expect(restored.contains(line + "\n"), "\(line)")
    }
    #expect(
      restored.split(separator: "\n").count { $0.hasPrefix("- [x]") || $0.hasPrefix("- [X]") }
        == original.split(separator: "\n").count {
          $0.hasPrefix("- [x]") || $0.hasPrefix("- [X]")
        }
    )
    #expect(ToolRun(["progress", path]).status == .success)
    #expect(Self.update(path, version: "v1").standardOutput.hasPrefix("Up to date"))
  }

  /// The whole loop, done by the test: generate a checklist, tick every other item and write
  /// evidence under it, change the framework, update, and check item by item that each tick
  /// and each line of evidence is still under the same criterion (or its new wording).
  @Test func generateTickAnnotateUpdateRoundTrips() throws {
    let made = ToolRun([
      "checklist", "app", "--dir", "Fixtures/checklist-update/v1", "--level", "2",
    ])
    #expect(made.status == .success)
    var lines = made.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
      .map(String.init)
    var evidence: [String: String] = [:]
    var tick = true
    var index = 0
    while index < lines.count {
      if lines[index].hasPrefix("- [ ] ") {
        if tick {
          lines[index] = "- [x] " + lines[index].dropFirst(6)
          let mark = try #require(lines[index].range(of: "id:"))
          let id = String(lines[index][mark.upperBound...].prefix(8))
          let note = "  - evidence for \(id): https://example.com/\(id)"
          evidence[id] = note
          lines.insert(note, at: index + 1)
          index += 1
        }
        tick.toggle()
      }
      index += 1
    }
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let path = folder.path("me.md")
    try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
    let before = try ChecklistParser(bytes: Array(try Data(contentsOf: URL(filePath: path))))
      .parse()

    let run = Self.update(path, version: "v2")
    #expect(run.status == .success)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let after = try ChecklistParser(bytes: Array(text.utf8)).parse()
    let afterLines = text.split(separator: "\n").map(String.init)
    // Each ticked item is still ticked (in its place, reworded, or retired), with its evidence
    // on the line right under it.
    for item in before.items where item.isTicked {
      guard let note = evidence[item.id], let at = afterLines.firstIndex(of: note) else {
        Issue.record("the evidence of \(item.id) is gone")
        continue
      }
      let owner = afterLines[..<at].last { $0.hasPrefix("- [") }
      #expect(owner?.hasPrefix("- [x]") == true, "\(item.text)")
    }
    #expect(
      after.items.count { $0.isTicked } + after.retired.count { $0.isTicked }
        == before.items.count { $0.isTicked }
    )
  }

  @Test func dryRunShowsEveryKindOfChangeAndWritesNothing() {
    GoldenCase(
      golden: "checklist-update-dry-run.txt",
      arguments: [
        "checklist", "--update", Self.checklist, "--dir", "Fixtures/checklist-update/v2",
        "--dry-run",
      ]
    ).check()
  }

  /// Every tick and every line of evidence survives a framework change; a second run changes
  /// nothing.
  @Test func updateKeepsTicksAndEvidenceAndIsIdempotent() throws {
    let (folder, path) = try Self.copy(Self.checklist)
    defer { folder.remove() }
    let before = try String(contentsOfFile: path, encoding: .utf8)

    let run = Self.update(path, version: "v2")
    #expect(run.status == .success)
    #expect(run.standardError == "")
    #expect(run.standardOutput.hasPrefix("Updated: 1 moved, 1 reworded"))
    let after = try String(contentsOfFile: path, encoding: .utf8)
    expectGolden(after, named: "checklist-update-v2.md")
    let evidence = before.split(separator: "\n").filter {
      $0.hasPrefix("  ") || $0.hasPrefix("Ask")
    }
    for line in evidence { #expect(after.contains(line + "\n"), "\(line)") }
    #expect(
      after.split(separator: "\n").count { $0.hasPrefix("- [x]") || $0.hasPrefix("- [X]") } == 4
    )

    let again = Self.update(path, version: "v2")
    #expect(again.standardOutput == "Up to date with the framework: nothing changed.\n")
    #expect(try String(contentsOfFile: path, encoding: .utf8) == after)
  }

  /// When every topic is dropped, every item and its evidence goes to the retired section, and
  /// the person's own section stays where it was.
  @Test func droppedTopicsAreRetiredWithTheirEvidence() throws {
    let (folder, path) = try Self.copy(Self.checklist)
    defer { folder.remove() }
    let before = try String(contentsOfFile: path, encoding: .utf8)
    let arguments = [
      "checklist", "--update", path, "--framework", "Fixtures/show-inherit/generic.md",
    ]

    let run = ToolRun(arguments)
    #expect(
      run.standardOutput == "Updated: 6 no longer in the framework; every tick and note kept.\n"
    )
    let after = try String(contentsOfFile: path, encoding: .utf8)
    let retired = try #require(after.firstRange(of: "## No longer in the framework"))
    let notes = try #require(after.firstRange(of: "## Notes for my next check-in"))
    #expect(notes.lowerBound < retired.lowerBound)
    for line in before.split(separator: "\n") where line.hasPrefix("- [") || line.hasPrefix("  ") {
      #expect(after[retired.upperBound...].contains(line + "\n"), "\(line)")
    }
    #expect(ToolRun(arguments).standardOutput.hasPrefix("Up to date"))
    #expect(try String(contentsOfFile: path, encoding: .utf8) == after)
  }

  /// Against the framework it was made from, an update changes no byte.
  @Test(arguments: ["Fixtures/checklist-update/alex.md", "Fixtures/checklist/team/alex.md"])
  func unchangedFrameworkChangesNothing(_ checklist: String) throws {
    let (folder, path) = try Self.copy(checklist)
    defer { folder.remove() }
    let before = try Data(contentsOf: URL(filePath: path))
    let directory = checklist.contains("team") ? "Fixtures/show" : "Fixtures/checklist-update/v1"
    let run = ToolRun(["checklist", "--update", path, "--dir", directory])
    #expect(run.status == .success)
    #expect(run.standardOutput == "Up to date with the framework: nothing changed.\n")
    #expect(try Data(contentsOf: URL(filePath: path)) == before)
  }

  @Test(arguments: [
    GoldenCase(
      golden: "checklist-update-unknown-framework.txt",
      arguments: ["checklist", "--update", checklist, "--dir", "Fixtures/checklist-update"],
      status: .failure
    ),
    GoldenCase(
      golden: "checklist-update-level-gone.txt",
      arguments: [
        "checklist", "--update", checklist, "--framework", "Fixtures/checklist-update/one-level.md",
      ],
      status: .failure
    ),
    GoldenCase(
      golden: "checklist-update-framework-option-not-found.txt",
      arguments: ["checklist", "--update", checklist, "--framework", "Fixtures/none.md"],
      status: .failure
    ),
    GoldenCase(
      golden: "checklist-update-not-a-checklist.txt",
      arguments: ["checklist", "--update", "Fixtures/checklist/not-a-checklist.md"],
      status: .failure
    ),
    GoldenCase(
      golden: "checklist-update-with-level.txt",
      arguments: ["checklist", "--update", checklist, "--level", "3"],
      status: .usageError
    ),
    GoldenCase(
      golden: "checklist-dry-run-without-update.txt",
      arguments: ["checklist", "backend", "--level", "1", "--dry-run"],
      status: .usageError
    ),
  ])
  func errors(_ golden: GoldenCase) {
    golden.check()
  }
}
