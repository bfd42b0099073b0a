import ProgressionCore
import TestSupport
import Testing
import YAMLSubset

/// `whitespace`: where it points, and which findings carry a fix.
@Suite struct WhitespaceRuleTests {
  typealias S = ValidationSample

  /// A framework whose level-1 criterion is written as `criterion` (YAML as in the file).
  private func sample(_ criterion: String) -> String {
    S.yaml(
      topics: """
          - name: impact
            content:
              - level: 1
                criteria:
                  - \(criterion)
              - level: 2
                criteria: ["b"]

        """
    )
  }

  private func finding(_ criterion: String) throws -> (Diagnostic, MarkedText) {
    let marked = MarkedText(sample(criterion))
    let findings = S.findings(marked.text)
    #expect(findings.count == 1)
    return (try #require(findings.first), marked)
  }

  @Test(
    arguments: [
      ("\"1️⃣  Ships\"", "\"Ships\"", "this criterion starts with white space; remove it"),
      ("'Ships1️⃣ '", "'Ships'", "this criterion ends with white space; remove it"),
      ("\"1️⃣ Ships\t\"", "\"Ships\"", "this criterion starts and ends with white space; remove it"),
    ]
  )
  func spacesAtTheEndsOfAQuotedTextAreFixed(
    criterion: String,
    fixedCriterion: String,
    message: String
  ) throws {
    let (finding, marked) = try finding(criterion)
    #expect(finding.ruleID == "whitespace")
    #expect(finding.severity == .warning)
    #expect(finding.message == message)
    #expect(finding.position == marked[1])
    let fixed = FixedFile(applying: [finding], to: marked.bytes)
    #expect(fixed.edits == finding.fix?.edits)
    #expect(String(decoding: fixed.bytes, as: UTF8.self) == sample(fixedCriterion))
    #expect(S.findings(fixed.bytes).isEmpty)
  }

  @Test func doubledSpacesAreReportedWhereTheyAreWithoutAFix() throws {
    let (finding, marked) = try finding("Ships1️⃣  small changes")
    #expect(finding.message == "this criterion has two spaces in a row; use one")
    #expect(finding.position == marked[1])
    #expect(finding.fix == nil)
  }

  /// The search goes eight bytes at a time: two spaces are found wherever they fall, inside a
  /// word of eight bytes, across two, or in the last short one.
  @Test(arguments: 1..<20)
  func doubledSpacesAreFoundAtEveryOffset(offset: Int) throws {
    let text =
      String(repeating: "a", count: offset) + "1️⃣  " + String(repeating: "b", count: 20 - offset)
    let (finding, marked) = try finding("\"" + text + "\"")
    #expect(finding.message == "this criterion has two spaces in a row; use one")
    #expect(finding.position == marked[1])
  }

  @Test(arguments: ["a b c d e f g h i j", "a\u{00A0}\u{00A0}b", "é é"])
  func singleSpacesAreFine(text: String) {
    // No-break spaces are not doubled spaces (invisible-character speaks of them).
    #expect(S.findings(sample("\"" + text + "\"")).filter { $0.ruleID == "whitespace" }.isEmpty)
  }

  @Test func anEscapeInsideMakesThePlaceUncertain() throws {
    // The text's bytes are not the file's, so the finding points at the scalar, unfixed.
    let (finding, marked) = try finding(#"1️⃣" Ships\t""#)
    #expect(finding.message == "this criterion starts and ends with white space; remove it")
    #expect(finding.position == marked[1])
    #expect(finding.fix == nil)
  }

  @Test func aQuotedTextOverTwoLinesIsNotFixed() throws {
    let (finding, _) = try finding("\" Ships\n            small changes\"")
    #expect(finding.fix == nil)
  }

  @Test func blockScalarsAreNotChecked() {
    #expect(
      S.findings(sample("|\n                Ships  small\n                changes  \n")).isEmpty
    )
  }

  @Test func examplesAreCheckedToo() throws {
    let marked = MarkedText(
      S.yaml(
        topics: """
            - name: impact
              content:
                - level: 1
                  exampleCriteria:
                    - criteria: "a"
                      examples: ["b1️⃣  "]
                - level: 2
                  criteria: ["c"]

          """
      )
    )
    let finding = try #require(S.findings(marked.text).first)
    #expect(finding.message == "this example ends with white space; remove it")
    #expect(finding.position == marked[1])
    #expect(finding.fix?.edits.map(\.range) == [marked[1].offset..<marked[1].offset + 2])
  }
}
