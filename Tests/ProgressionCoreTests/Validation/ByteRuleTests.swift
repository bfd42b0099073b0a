import ProgressionCore
import TestSupport
import Testing
import YAMLSubset

/// `mojibake` and `encoding`: the checks on the file's bytes, which run whatever else is wrong.
@Suite struct ByteRuleTests {
  typealias S = ValidationSample

  /// The seed's title: U+F8FF is the Apple logo, Mac Roman's 0xF0, the first byte of 🛠️.
  static let garbledTools = "\u{F8FF}üõ†Ô∏è"

  @Test func macRomanMojibakeWithItsRepair() throws {
    let marked = MarkedText(
      S.yaml().replacingOccurrences(
        of: "title: T",
        with: "title: \"1️⃣\(Self.garbledTools) Backend\""
      )
    )
    let finding = try #require(S.findings(marked.text).first)
    #expect(finding.ruleID == "mojibake")
    #expect(finding.severity == .warning)
    #expect(finding.position == marked[1])
    #expect(
      finding.message
        == "'\(Self.garbledTools)' should read '🛠️' (UTF-8 misread as Mac Roman); replace it, or run 'progression validate --fix'"
    )
    let edit = try #require(finding.fix?.edits.first)
    #expect(edit.range == marked[1].offset..<marked[1].offset + Self.garbledTools.utf8.count)
    #expect(edit.replacement == "🛠️")
    #expect(edit.position == marked[1])
  }

  @Test func windows1252MojibakeInTheBody() throws {
    let marked = MarkedText("---\n" + S.yaml() + "---\nIt1️⃣â€™s a caf2️⃣Ã© in São Paulo\n")
    let findings = S.findings(marked.text, format: .markdown)
    #expect(findings.map(\.position) == [marked[1], marked[2]])
    #expect(findings.map { $0.fix?.edits.first?.replacement } == ["’", "é"])
    #expect(
      findings.first?.message
        == "'â€™' should read '’' (UTF-8 misread as Windows-1252); replace it, or run 'progression validate --fix'"
    )
  }

  @Test func correctTextIsNotMojibake() {
    let text = "---\n" + S.yaml() + "---\nCafé, naïve, Zürich, “quotes”, 🛠️ and 👩‍💼\n"
    #expect(S.findings(text, format: .markdown).isEmpty)
  }

  @Test func aByteOrderMark() throws {
    let findings = S.findings([0xEF, 0xBB, 0xBF] + Array(S.yaml().utf8))
    #expect(findings.map(\.ruleID) == ["encoding"])
    #expect(findings.first?.position == SourcePosition(line: 1, column: 1, offset: 0))
    #expect(
      findings.first?.message
        == "the file starts with a byte-order mark; save it as UTF-8 without one"
    )
  }

  @Test func mixedLineEndingsPointAtTheFirstRareOne() throws {
    let lines = S.yaml().split(separator: "\n", omittingEmptySubsequences: false)
    // Lines 3 and 5 end with CRLF, the others with LF.
    var text = ""
    for (index, line) in lines.enumerated() where index < lines.count - 1 {
      text += line + (index == 2 || index == 4 ? "\r\n" : "\n")
    }
    let findings = S.findings(text)
    let finding = try #require(findings.first)
    #expect(findings.count == 1)
    #expect(finding.ruleID == "encoding")
    #expect(finding.position?.line == 3)
    #expect(finding.position?.column == lines[2].count + 1)
    #expect(
      finding.message
        == "this line ends with CRLF while \(lines.count - 3) of the file's \(lines.count - 1) "
        + "lines end with LF; save the file with LF line endings only"
    )
  }

  @Test func crlfThroughoutIsFine() {
    let text = S.yaml().replacingOccurrences(of: "\n", with: "\r\n")
    #expect(S.findings(text).isEmpty)
  }

  @Test func invalidUTF8InTheYAMLIsTheReadersError() throws {
    var bytes = Array("title: caf".utf8)
    bytes += [0xE9]
    bytes += Array("\nlevels: 1\n".utf8)
    let findings = S.findings(bytes)
    #expect(findings.map(\.ruleID) == ["invalid-utf8"])
    #expect(findings.first?.position == SourcePosition(line: 1, column: 11, offset: 10))
  }

  @Test func invalidUTF8InTheBodyStillLetsTheFrontMatterBeChecked() throws {
    var bytes = Array(("---\n" + S.yaml(extraKeys: "colour: blue\n") + "---\ncaf").utf8)
    bytes += [0xE9, 0x0A]
    let findings = S.findings(bytes, format: .markdown)
    #expect(findings.map(\.ruleID) == ["unknown-key", "invalid-utf8"])
    #expect(findings.last?.position?.line == 13)
  }
}
