import ProgressionCore
import Testing
import YAMLSubset

@Suite struct FrameworkErrorDiagnosticTests {
  @Test(arguments: FrameworkErrorMessageTests.reasons)
  func ruleIDsAreKebabCase(reason: FrameworkError.Reason) {
    let id = reason.ruleID
    #expect(!id.isEmpty)
    #expect(id.allSatisfy { $0 == "-" || ($0.isASCII && ($0.isLowercase || $0.isNumber)) })
  }

  @Test func ruleIDsAreDistinctPerProblem() {
    let ids = FrameworkErrorMessageTests.reasons.map(\.ruleID)
    // Two of the listed reasons come twice, with other values.
    #expect(Set(ids).count == ids.count - 3)
  }

  @Test(
    arguments: [
      (YAMLError.Reason.invalidUTF8, "invalid-utf8"),
      (.duplicateKey("title", firstLine: 2), "duplicate-key"),
      (.anchorOrAlias, "yaml-unsupported"),
      (.tag, "yaml-unsupported"),
      (.multipleDocuments, "yaml-unsupported"),
      (.tabIndentation, "yaml-syntax"),
      (.syntax("bad"), "yaml-syntax"),
    ]
  )
  func yamlErrorsKeepTheCLIsRuleIDs(reason: YAMLError.Reason, ruleID: String) {
    #expect(FrameworkError.Reason.yaml(reason).ruleID == ruleID)
  }

  @Test func becomesAnErrorDiagnosticWithANoteForADuplicateLevel() {
    let first = SourcePosition(line: 38, column: 16, offset: 900)
    let error = FrameworkError(
      .duplicateLevel(3, topic: "impact", first: first),
      at: SourcePosition(line: 41, column: 16, offset: 990)
    )
    let diagnostic = error.diagnostic(path: "frameworks/backend.md")
    #expect(diagnostic.severity == .error)
    #expect(diagnostic.ruleID == "duplicate-level")
    #expect(diagnostic.message == error.message)
    #expect(diagnostic.path == "frameworks/backend.md")
    #expect(diagnostic.position == error.position)
    #expect(diagnostic.notes == [.init(message: "first appearance is here", position: first)])
  }
}
