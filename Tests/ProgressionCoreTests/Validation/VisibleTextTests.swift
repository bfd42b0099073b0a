import ProgressionCore
import Testing

/// Texts holding look-alike spaces and invisible characters: one `--fix` leaves them clean of
/// every finding, and the checks judge them as they read.
@Suite struct VisibleTextTests {
  typealias S = ValidationSample

  /// A framework whose level-1 criteria are written as `criteria` (YAML as in the file).
  private func sample(_ criteria: [String]) -> String {
    S.yaml(
      topics: """
          - name: impact
            content:
              - level: 1
                criteria:
        \(criteria.map { "          - \($0)\n" }.joined())
              - level: 2
                criteria: ["b"]

        """
    )
  }

  /// Found by the fuzzer: deleting an invisible character left the space before it at the
  /// end of the text, and a second run of `--fix` found it.
  @Test(
    arguments: [
      ("\"Ships x \u{200B}\"", "\"Ships x\""),
      ("\"Ships y\u{00A0}\"", "\"Ships y\""),
      ("\"\u{200B} \u{00A0}Ships z\"", "\"Ships z\""),
      ("\"Ships\u{200B}\"", "\"Ships\""),
      ("Ships w \u{200B}", "Ships w "),
      ("Ships v\u{00A0}", "Ships v"),
      ("\"a \u{200B} b \u{00A0}c\u{00A0} d\u{00A0}\u{00A0}e\"", "\"a b c d e\""),
      ("'a\u{00A0}\u{200B} b'", "'a b'"),
      ("\"a\u{2003}b\"", "\"a b\""),
    ]
  )
  func oneFixLeavesNothingToFind(criterion: String, fixedCriterion: String) {
    let text = sample([criterion])
    let findings = S.findings(text)
    #expect(!findings.isEmpty)
    #expect(findings.allSatisfy { $0.fix != nil }, "\(findings.map(\.message))")
    let fixed = FixedFile(applying: findings, to: Array(text.utf8))
    #expect(fixed.fixed.count == findings.count)
    #expect(String(decoding: fixed.bytes, as: UTF8.self) == sample([fixedCriterion]))
    #expect(S.findings(fixed.bytes).isEmpty)
  }

  @Test func whiteSpaceAtAnEndIsOneFindingWithTheCharactersInIt() throws {
    let findings = S.findings(sample(["\"Ships x \u{200B}\""]))
    let finding = try #require(findings.first)
    #expect(findings.count == 1)
    #expect(finding.ruleID == "whitespace")
    #expect(finding.message == "this criterion ends with white space; remove it")
  }

  @Test func textsThatReadTheSameAreDuplicates() {
    let findings = S.findings(sample(["\"Ships q\u{200B}\"", "Ships q"]))
    #expect(findings.map(\.ruleID) == ["invisible-character", "duplicate-criterion"])
  }

  @Test(arguments: ["\"\u{200B}\"", "\" \u{00A0}\u{2060} \""])
  func aTextOfInvisibleCharactersIsEmpty(criterion: String) {
    let findings = S.findings(sample([criterion]))
    #expect(findings.map(\.ruleID) == ["empty-criterion"])
  }

  /// Without quotes, a text whose fix would start with an indicator or hold `: ` or ` #`
  /// would read as other YAML: it is reported, unfixed, with what to do instead.
  @Test(arguments: ["\u{200B}\"Gives feedback", "a:\u{200B} b", "a \u{200B}#b", "Ships:\u{00A0}"])
  func anUnquotedTextIsNotFixedIntoOtherYAML(criterion: String) throws {
    let findings = S.findings(sample([criterion]))
    let finding = try #require(findings.first)
    #expect(findings.count == 1)
    #expect(finding.fix == nil)
    #expect(
      finding.message.hasSuffix(
        "and put the text in quotes (unquoted, it would then read as other YAML, so --fix cannot)"
      )
    )
  }
}
