import ProgressionCore
import Testing
import YAMLSubset

@Suite struct FixedFileTests {
  private func finding(_ edits: [(Range<Int>, String)]) -> Diagnostic {
    let position = SourcePosition(line: 1, column: 1, offset: 0)
    return Diagnostic(
      severity: .warning,
      ruleID: "test",
      message: "m",
      path: "p",
      position: position,
      fix: Diagnostic.Fix(
        edits: edits.map { Diagnostic.Fix.Edit(range: $0.0, replacement: $0.1, position: position) }
      )
    )
  }

  @Test func appliesEditsAndKeepsEverythingElse() {
    let original = Array("a  b\r\nc # x\n".utf8)
    let fixed = FixedFile(
      applying: [finding([(10..<11, "X")]), finding([(1..<2, ""), (3..<4, "BB")])],
      to: original
    )
    #expect(String(decoding: fixed.bytes, as: UTF8.self) == "a BB\r\nc # X\n")
    #expect(fixed.edits.map(\.range) == [1..<2, 3..<4, 10..<11])
    #expect(fixed.fixed.count == 2)
  }

  @Test func aFixOverlappingAnEarlierOneIsSkippedWhole() {
    let original = Array("abcdef".utf8)
    let first = finding([(1..<3, "X")])
    let overlapping = finding([(0..<1, "Y"), (2..<4, "Z")])
    let outside = finding([(5..<6, "W")])
    let fixed = FixedFile(applying: [first, overlapping, outside], to: original)
    #expect(String(decoding: fixed.bytes, as: UTF8.self) == "aXdeW")
    #expect(fixed.fixed == [first, outside])
  }

  @Test func findingsWithoutFixesOrOutOfRangeChangeNothing() {
    var plain = finding([])
    plain.fix = nil
    let fixed = FixedFile(applying: [plain, finding([(2..<9, "x")])], to: Array("abc".utf8))
    #expect(!fixed.hasChanges)
    #expect(fixed.bytes == Array("abc".utf8))
  }

  /// An insertion where a replaced range starts is ambiguous (before or after the new text?),
  /// so it conflicts; at its end it does not.
  @Test func insertionsConflictInsideATakenRange() {
    let original = Array("abcdef".utf8)
    let taken = finding([(2..<4, "X")])
    let inside = finding([(3..<3, "I")])
    let atEnd = finding([(4..<4, "E")])
    let atStart = finding([(2..<2, "S")])
    let fixed = FixedFile(applying: [taken, inside, atEnd, atStart], to: original)
    #expect(fixed.fixed == [taken, atEnd])
    #expect(String(decoding: fixed.bytes, as: UTF8.self) == "abXEef")
  }

  @Test func fixesInAnyOrderAreCheckedAgainstEveryEarlierOne() {
    let original = Array("abcdefghij".utf8)
    let late = finding([(8..<9, "8")])
    let early = finding([(1..<2, "1")])
    let middle = finding([(4..<6, "4")])
    let overlapsMiddle = finding([(5..<7, "x")])
    let overlapsLate = finding([(7..<9, "y")])
    let between = finding([(2..<4, "2")])
    let fixed = FixedFile(
      applying: [late, early, middle, overlapsMiddle, overlapsLate, between],
      to: original
    )
    #expect(fixed.fixed == [late, early, middle, between])
    #expect(String(decoding: fixed.bytes, as: UTF8.self) == "a124gh8j")
  }
}
