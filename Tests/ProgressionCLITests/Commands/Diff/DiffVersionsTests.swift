import Foundation
import ProgressionCLI
import ProgressionCore
import Testing

/// `diff OLD NEW` on fixture pairs: `backend-old.md` and `backend-new.md` (2 moves, 3
/// rewordings, 1 removal, 2 additions), and `small.md` against a copy with changed examples,
/// changed topics, or a changed title and level count.
@Suite struct DiffVersionsTests {
  static func versions(
    _ golden: String,
    _ old: String,
    _ new: String,
    _ extra: String...
  ) -> GoldenCase {
    GoldenCase(
      golden: golden,
      arguments: ["diff", "Fixtures/diff/\(old).md", "Fixtures/diff/\(new).md"] + extra
    )
  }

  /// Each pair of files, by the name of its goldens.
  static let pairs = [
    ("backend", "backend-old", "backend-new"),
    ("examples", "small", "small-examples"),
    ("topics", "small", "small-topics"),
    ("levels", "small", "small-levels"),
    ("identical", "small", "small"),
  ]

  static let formats = [("txt", "text"), ("md", "markdown"), ("json", "json")]

  @Test(
    arguments: pairs.flatMap { name, old, new in
      formats.map { suffix, format in
        versions("diff-versions-\(name).\(suffix)", old, new, "--format", format)
      }
    }
  )
  func goldens(_ golden: GoldenCase) {
    golden.check()
  }

  @Test func coloured() {
    Self.versions("diff-versions-color.txt", "small", "small-examples", "--color", "always").check()
  }

  @Test func standardInputIsReadLikeTheOtherFile() throws {
    let old = try String(
      contentsOf: TestPaths.fixtures.appending(path: "diff/backend-old.md"),
      encoding: .utf8
    )
    GoldenCase(
      golden: "diff-versions-stdin.txt",
      arguments: ["diff", "-", "Fixtures/diff/backend-new.md"],
      standardInput: old
    ).check()
  }

  /// The fixtures' changes, exactly: 2 moved, 3 reworded, 1 removed, 2 added, nothing else.
  @Test func backendFixtureHasExactlyTheChangesMadeToIt() throws {
    let catalog = FrameworkCatalog(
      directories: [],
      includesBuiltIns: false,
      currentDirectory: TestPaths.testDirectory.path(percentEncoded: false)
    )
    let old = try catalog.load("Fixtures/diff/backend-old.md", inheriting: false).framework
    let new = try catalog.load("Fixtures/diff/backend-new.md", inheriting: false).framework
    let diff = VersionDiff(from: old, to: new)
    #expect(diff.metadataChanges.isEmpty)
    #expect(diff.topics.allSatisfy { $0.topicChange == nil })
    let summary = diff.summary
    #expect(summary.changes == [.moved: 2, .reworded: 3, .removed: 1, .added: 2])
    #expect(summary.total == 8)
    let changes = diff.changes.map { change in
      "\(change.kind.rawValue) \(change.place.topic) \(change.place.level)"
        + (change.oldPlace.map { " from \($0.topic) \($0.level)" } ?? "")
        + ": \(change.oldText ?? "") → \(change.newText ?? "")"
    }
    #expect(
      changes == [
        "moved communication 2 from communication 3: "
          + "Considers the opinions of others before defending their own → "
          + "Considers the opinions of others before defending their own",
        "reworded communication 2: Accepts feedback graciously → "
          + "Accepts feedback graciously and acts on it",
        "reworded impact 2: Tries to unblock themselves first before seeking help → "
          + "Tries to unblock themselves before asking others for help",
        "moved impact 5 from impact 4: Makes pragmatic choices about taking on tech debt → "
          + "Makes pragmatic choices about taking on tech debt",
        "added leadership 3:  → Runs the team's knowledge-sharing sessions",
        "removed influence 5: Given as reason for other engineers to join Monzo → ",
        "reworded mastery 1: Fixes simple bugs → Fixes simple bugs with guidance",
        "added mastery 6:  → Sets the technical direction for a whole area of the platform",
      ]
    )
  }

  /// The JSON says the same, for programs.
  @Test func backendFixtureJSONCountsTheSame() throws {
    let run = ToolRun(
      ["diff", "Fixtures/diff/backend-old.md", "Fixtures/diff/backend-new.md", "-f", "json"]
    )
    #expect(run.status == .success)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any]
    )
    let summary = try #require(json["summary"] as? [String: Int])
    #expect(
      summary == [
        "added": 2, "removed": 1, "moved": 2, "reworded": 3, "examplesAdded": 0,
        "examplesRemoved": 0, "examplesReworded": 0, "topicsAdded": 0, "topicsRemoved": 0,
        "topicsRetitled": 0, "metadata": 0, "total": 8,
      ]
    )
    let changes = try #require(json["changes"] as? [[String: Any]])
    #expect(changes.count == 8)
  }
}
