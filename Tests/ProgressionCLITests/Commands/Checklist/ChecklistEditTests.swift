import Foundation
import ProgressionCLI
import TestSupport
import Testing

/// Items a person reworded by hand, keeping their id (in a comment with or without its spaces):
/// the id says which criterion each is, so `checklist --update` keeps them (never retiring one
/// and adding its criterion again under the same id), and what it writes reads back and is left
/// as it is by the next update.
@Suite struct ChecklistEditTests {
  /// Edits a person makes to the fixture: an item's line as `checklist` wrote it, and as edited.
  static let edits: [(String, String)] = [
    ("", ""),
    (
      "- [ ] Profiles before optimising <!-- id:cd755f59 -->",
      "- [ ] Profiles before optimising<!--id:cd755f59-->"
    ),
    (
      "- [ ] Profiles before optimising <!-- id:cd755f59 -->",
      "- [x] Totally different words here <!-- id:cd755f59 -->"
    ),
    (
      "- [x] Reviews code within a day <!-- id:e6e404e7 -->",
      "- [x] Reviews code within a day (Q2) <!-- id:e6e404e7 -->"
    ),
    (
      "- [ ] Explains trade-offs in design documents <!-- id:b861fb34 -->",
      "- [ ] Explains trade-offs  in design documents <!-- id:b861fb34 -->"
    ),
  ]

  static func edited(_ edit: (String, String)) throws -> String {
    let original = try ChecklistBulletTests.fixture()
    guard !edit.0.isEmpty else { return original }
    #expect(original.contains(edit.0 + "\n"))
    return original.replacing(edit.0 + "\n", with: edit.1 + "\n")
  }

  /// Whatever the edit, the update's result reads back, is up to date, and a second update
  /// changes nothing.
  @Test(arguments: edits, ["v1", "v2"])
  func updateReadsBackAndSettles(_ edit: (String, String), _ version: String) throws {
    let result = try ChecklistBulletTests.updated(try Self.edited(edit), version: version)
    let progress = ToolRun(
      ["progress", "-", "--dir", "Fixtures/checklist-update/\(version)"],
      standardInput: result
    )
    #expect(progress.status == .success, "\(progress.standardError)")
    #expect(progress.standardOutput.contains("Up to date"), "\(progress.standardOutput)")
    #expect(try ChecklistBulletTests.updated(result, version: version) == result)
  }

  /// Against the framework the checklist was made from, an edited item stays as the person
  /// wrote it, in its place, with its tick: nothing changes.
  @Test(arguments: edits)
  func anEditedItemIsTheCriterionItsIDNames(_ edit: (String, String)) throws {
    let text = try Self.edited(edit)
    #expect(try ChecklistBulletTests.updated(text, version: "v1") == text)
  }

  /// An item the person reworded whose line the update rewrites (here, to the level the
  /// framework puts it at) takes the framework's text, and their wording goes under it.
  @Test func aRewrittenItemKeepsThePersonsWordingAsANote() throws {
    let line = "- [ ] Profiles before optimising <!-- id:cd755f59 -->"
    let text = try Self.edited(
      (line, "- [ ] Profiles before optimising (Q2) _(level 1)_ <!-- id:cd755f59 -->")
    )
    let result = try ChecklistBulletTests.updated(text, version: "v1")
    #expect(result.contains(line + "\n  - _Previously:_ Profiles before optimising (Q2)\n"))
    #expect(try ChecklistBulletTests.updated(result, version: "v1") == result)
  }

  /// A topic with two headings is an error at the second, and nothing is written.
  @Test func aTopicWithTwoHeadingsIsAnError() throws {
    let (folder, path) = try ChecklistUpdateTests.copy(ChecklistUpdateTests.checklist)
    defer { folder.remove() }
    let text = try ChecklistBulletTests.fixture() + "\n## Impact again <!-- topic:impact -->\n"
    try Data(text.utf8).write(to: URL(filePath: path))
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count - 1
    let run = ChecklistUpdateTests.update(path, version: "v2")
    #expect(run.status == .failure)
    #expect(run.standardError.contains("alex.md:\(lines):1: error: the topic 'impact' has two"))
    #expect(run.standardError.contains("[duplicate-checklist-topic]"))
    #expect(run.standardError.contains("alex.md:15:1: note: first appearance is here"))
    #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
  }
}
