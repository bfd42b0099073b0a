import Testing
import YAMLSubset

@Suite struct MessageTests {
  static let position = SourcePosition(line: 3, column: 7, offset: 20)

  static let reasons: [YAMLError.Reason] = [
    .invalidUTF8, .nonPrintableCharacter("\u{7F}"), .byteOrderMarkInDocument,
    .carriageReturnWithoutLineFeed, .tabIndentation, .anchorOrAlias, .tag, .complexKey,
    .directive, .multipleDocuments, .duplicateKey("k", firstLine: 2), .nestingTooDeep(limit: 512),
    .integerOutOfRange("99999999999999999999"), .reservedIndicator("@"),
    .indicatorStartsPlainScalar("%"), .unclosedQuote("\"", openedAt: position),
    .unclosedFlowCollection("[", openedAt: position),
    .underindentedContinuation(openedAt: position, minimumColumn: 2), .invalidEscape("\\q"),
    .multilineKey(keyLine: 2), .unexpectedIndentation(expectedColumn: 3), .nestedMappingOnKeyLine,
    .sequenceOnKeyLine, .sequenceEntryInMapping, .missingColonAfterKey("k"), .emptyKey,
    .unexpectedContent, .commentWithoutSpace,
  ]

  @Test(arguments: reasons)
  func messageFollowsTheHouseStyle(_ reason: YAMLError.Reason) throws {
    let message = reason.message
    let first = try #require(message.first)
    #expect(first.isLowercase, "starts lowercase: \(message)")
    #expect(!message.hasSuffix("."), "no final period: \(message)")
    #expect(message.contains(";") || message.contains(":"), "says what to do: \(message)")
  }

  @Test func descriptionIsLineColumnMessage() {
    let error = YAMLError(.duplicateKey("level", firstLine: 33), at: Self.position)
    #expect(
      error.description
        == "3:7: duplicate key 'level' (first defined on line 33); remove one of them"
    )
  }

  @Test func valuesInMessagesAreQuoted() {
    #expect(YAMLError.Reason.missingColonAfterKey("criteria").message.contains("'criteria'"))
    #expect(YAMLError.Reason.invalidEscape("\\q").message.contains("'\\q'"))
    #expect(YAMLError.Reason.integerOutOfRange("123").message.contains("'123'"))
    #expect(YAMLError.Reason.reservedIndicator("@").message.contains("'@'"))
  }
}
