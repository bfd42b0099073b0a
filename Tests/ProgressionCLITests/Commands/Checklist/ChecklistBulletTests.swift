import Foundation
import ProgressionCLI
import Testing

/// Checklists whose items a person (or their editor) wrote with `*` or `+` as the bullet, which
/// CommonMark allows: they are read, and `checklist --update` keeps each item's bullet.
@Suite struct ChecklistBulletTests {
  /// `text` with the bullet of each item line (`- [`) whose text `change` accepts made `bullet`.
  static func bulleted(
    _ text: String,
    _ bullet: Character,
    where change: (Substring) -> Bool = { _ in true }
  ) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      guard line.hasPrefix("- ["), change(line) else { return String(line) }
      return String(bullet) + line.dropFirst()
    }.joined(separator: "\n")
  }

  static func fixture() throws -> String {
    String(decoding: try ChecklistUpdateTests.fixture(), as: UTF8.self)
  }

  static func updated(_ text: String, version: String) throws -> String {
    String(
      decoding: try ChecklistUpdateTests.updated(Array(text.utf8), version: version),
      as: UTF8.self
    )
  }

  /// With `*` (or `+`) on every item, the update writes what it writes with `-`, with that
  /// bullet: on the items it rewrites and on the ones it adds.
  @Test(arguments: ["*", "+"] as [Character])
  func everyItemKeepsItsBullet(_ bullet: Character) throws {
    let original = try Self.fixture()
    let starred = Self.bulleted(original, bullet)
    #expect(starred != original)
    let progress = ToolRun(["progress", "-"], standardInput: starred)
    #expect(progress.status == .success)
    #expect(progress.standardOutput.contains("Overall  ███████░░░  4/6"))
    let result = try Self.updated(starred, version: "v2")
    #expect(result == Self.bulleted(try Self.updated(original, version: "v2"), bullet))
    #expect(try Self.updated(result, version: "v2") == result)
    #expect(try Self.updated(starred, version: "v1") == starred)
  }

  /// One `+` item among `*` ones keeps its `+` when it is rewritten (here, reworded); the items
  /// added take `*`, the bullet most items have.
  @Test func aDifferentBulletStaysWithItsItem() throws {
    let original = try Self.fixture()
    let isReworded: (Substring) -> Bool = { $0.contains("Writes") }
    let mixed = Self.bulleted(
      Self.bulleted(original, "*") { !isReworded($0) },
      "+",
      where: isReworded
    )
    #expect(mixed.contains("\n+ [x] Writes tests for the code they change"))
    let result = try Self.updated(mixed, version: "v2")
    let expected = Self.bulleted(
      Self.bulleted(try Self.updated(original, version: "v2"), "*") { !isReworded($0) },
      "+",
      where: isReworded
    )
    #expect(result == expected)
    #expect(result.contains("\n+ [x] Writes automated tests for every change they make"))
    #expect(result.contains("\n* [ ] Pairs with a teammate to unblock them"))
  }
}
