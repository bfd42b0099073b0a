import ProgressionCore
import Testing
import YAMLSubset

@Suite struct ValidationRuleTests {
  @Test func idsAreDistinctKebabCase() {
    let ids = ValidationRule.allCases.map(\.id)
    #expect(Set(ids).count == ids.count)
    for id in ids {
      #expect(id.allSatisfy { $0 == "-" || ($0.isASCII && $0.isLowercase) }, "\(id)")
    }
  }

  /// Two rules are the decoder's own errors, reported under its ids; no other rule may take an
  /// id of the reader's, or `--rule` and `--ignore` would pick reader errors too.
  @Test func onlyTheDecodersLevelErrorsShareItsIDs() {
    let readerIDs = Set(FrameworkErrorMessageTests.reasons.map(\.ruleID))
    let shared = ValidationRule.allCases.filter { readerIDs.contains($0.id) }
    #expect(shared == [.levelOutOfRange, .duplicateLevel])
    #expect(
      FrameworkError.Reason.levelOutOfRange(7, topic: "t", levelCount: 6).ruleID
        == ValidationRule.levelOutOfRange.id
    )
    let first = SourcePosition(line: 1, column: 1, offset: 0)
    #expect(
      FrameworkError.Reason.duplicateLevel(1, topic: "t", first: first).ruleID
        == ValidationRule.duplicateLevel.id
    )
  }

  @Test func onlyRulesWithACertainRepairAreFixable() {
    #expect(
      ValidationRule.allCases.filter(\.isFixable) == [
        .whitespace, .mojibake, .tabAfterIndicator, .invisibleCharacter,
      ]
    )
  }

  @Test func summariesReadOnLikeMessages() {
    for rule in ValidationRule.allCases {
      #expect(rule.summary.first?.isLowercase == true, "\(rule)")
      #expect(rule.summary.last != ".", "\(rule)")
    }
  }
}
