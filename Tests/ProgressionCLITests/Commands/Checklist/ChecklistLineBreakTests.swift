import Foundation
import ProgressionCLI
import TestSupport
import Testing

/// `checklist --update` on checklists saved with Windows line breaks (CR LF), or with a mix of
/// CR LF and LF: every line the person wrote keeps its bytes, and every line the update writes
/// takes the file's line break.
@Suite struct ChecklistLineBreakTests {
  /// The lines of `bytes`, each with its line break.
  static func lines(_ bytes: [UInt8]) -> [[UInt8]] {
    var lines: [[UInt8]] = []
    var line: [UInt8] = []
    for byte in bytes {
      line.append(byte)
      if byte == 0x0A {
        lines.append(line)
        line = []
      }
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }

  /// `bytes` with CR LF for LF on each line that `convert` accepts (given without its break).
  static func crlf(_ bytes: [UInt8], where convert: ([UInt8]) -> Bool = { _ in true }) -> [UInt8] {
    lines(bytes).flatMap { line -> [UInt8] in
      guard line.last == 0x0A, line.dropLast().last != 0x0D, convert(Array(line.dropLast()))
      else { return line }
      return line.dropLast() + [0x0D, 0x0A]
    }
  }

  /// With CR LF throughout, the update writes what it writes with LF, with CR LF: on the lines
  /// it rewrites (moved and reworded items, a retitled heading) and on the ones it adds (new
  /// items, the old wording's note, the retired section).
  @Test func crlfStaysOnEveryLine() throws {
    let original = try ChecklistUpdateTests.fixture()
    let expected = Self.crlf(try ChecklistUpdateTests.updated(original, version: "v2"))
    let result = try ChecklistUpdateTests.updated(Self.crlf(original), version: "v2")
    #expect(String(decoding: result, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
    for line in Self.lines(result).dropLast() {
      #expect(line.suffix(2) == [0x0D, 0x0A], "\(String(decoding: line, as: UTF8.self))")
    }
    // The update is done: a second one, and one against an unchanged framework, change no byte.
    #expect(try ChecklistUpdateTests.updated(result, version: "v2") == result)
    #expect(
      try ChecklistUpdateTests.updated(Self.crlf(original), version: "v1") == Self.crlf(original)
    )
  }

  /// A CR LF checklist made from the framework as it is is up to date: its headings are not
  /// taken for retitled ones because of their line breaks.
  @Test func crlfHeadingsAreNotRetitled() throws {
    let (folder, path) = try ChecklistUpdateTests.copy(ChecklistUpdateTests.checklist)
    defer { folder.remove() }
    try Data(Self.crlf(try ChecklistUpdateTests.fixture())).write(to: URL(filePath: path))
    let progress = ToolRun(["progress", path, "--dir", "Fixtures/checklist-update/v1"])
    #expect(progress.standardOutput.contains("\nUp to date with its framework, "))
    let update = ChecklistUpdateTests.update(path, version: "v1")
    #expect(update.standardOutput == "Up to date with the framework: nothing changed.\n")
    let changed = ChecklistUpdateTests.update(path, version: "v2")
    #expect(changed.standardOutput.contains(", 1 topic retitled;"))
  }

  /// In a CR LF file where the person's evidence lines end with LF (written by another
  /// editor), those lines keep LF and every line the update writes gets CR LF, the file's most
  /// common line break.
  @Test func mixedLineBreaksKeepThePersonsAndAddTheFilesMostCommon() throws {
    let original = try ChecklistUpdateTests.fixture()
    let isEvidence: ([UInt8]) -> Bool = { $0.starts(with: "  ".utf8) && !$0.contains(0x5F) }
    let mixed = Self.crlf(original) { !isEvidence($0) }
    #expect(mixed != Self.crlf(original))
    let result = try ChecklistUpdateTests.updated(mixed, version: "v2")
    let expected = Self.crlf(try ChecklistUpdateTests.updated(original, version: "v2")) {
      !isEvidence($0)
    }
    #expect(String(decoding: result, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
    #expect(try ChecklistUpdateTests.updated(result, version: "v2") == result)
  }

  /// An item on the last line, with no line break after it, keeps its evidence on lines of
  /// their own when it moves to another topic.
  @Test func aLastLineWithoutABreakCanMove() throws {
    var text = String(decoding: try ChecklistUpdateTests.fixture(), as: UTF8.self)
    let explains = try #require(text.range(of: "- [ ] Explains trade-offs"))
    text = String(text[..<explains.lowerBound].dropLast())
    #expect(text.hasSuffix("(team dashboard)"))
    let result = String(
      decoding: try ChecklistUpdateTests.updated(Array(text.utf8), version: "v2"),
      as: UTF8.self
    )
    #expect(result.contains("\n  - Median review time 5 hours (team dashboard)\n- [x] Writes"))
    #expect(
      try ChecklistUpdateTests.updated(Array(result.utf8), version: "v2") == Array(result.utf8)
    )
  }
}
