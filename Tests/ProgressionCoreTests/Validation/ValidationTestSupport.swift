import ProgressionCore
import TestSupport
import Testing
import YAMLSubset

/// Helpers for validation tests: frameworks as inline YAML with `1️⃣` markers at the places
/// findings must point at.
enum ValidationSample {
  /// A valid framework with `levels` levels, as YAML, whose topics follow; the default topic
  /// reaches levels 1 and 2.
  static func yaml(levels: Int = 2, topics: String = defaultTopic, extraKeys: String = "") -> String
  {
    "title: T\nlevels: \(levels)\n\(extraKeys)topics:\n\(topics)"
  }

  /// One topic, `impact`, with one criterion at levels 1 and 2.
  static let defaultTopic = """
      - name: impact
        content:
          - level: 1
            criteria: ["Ships small changes"]
          - level: 2
            criteria: ["Ships features"]

    """

  /// One topic, `impact`, with one criterion at each of `levels`, in that order.
  static func topic(reaching levels: [Int], name: String = "impact") -> String {
    var text = "  - name: \(name)\n    content:\n"
    for level in levels {
      text += "      - level: \(level)\n        criteria: [\"\(name) at \(level)\"]\n"
    }
    return text
  }

  /// The findings for `text` read as a `.yml` file (or `.md`, for `format: .markdown`).
  static func findings(
    _ text: String,
    format: FrameworkFormat = .yaml
  ) -> [Diagnostic] {
    findings(Array(text.utf8), format: format)
  }

  static func findings(_ bytes: [UInt8], format: FrameworkFormat = .yaml) -> [Diagnostic] {
    let path = format == .yaml ? "test.yml" : "test.md"
    return FrameworkValidator.validate(SourceFile(path: path, bytes: bytes))
  }
}

/// Checks that `marked` (with `1️⃣`... markers) gives exactly the findings listed: each as its
/// rule id and the number of the marker it points at, in order.
func expectFindings(
  _ marked: String,
  _ expected: [(rule: String, marker: Int)],
  format: FrameworkFormat = .yaml,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let text = MarkedText(marked)
  let findings = ValidationSample.findings(text.text, format: format)
  let actual = findings.map { "\($0.ruleID) at \($0.position?.description ?? "file")" }
  let wanted = expected.map { "\($0.rule) at \(text[$0.marker].description)" }
  #expect(actual == wanted, sourceLocation: sourceLocation)
  let offsets = findings.map { $0.position?.offset }
  let wantedOffsets = expected.map { text[$0.marker].offset }
  #expect(offsets == wantedOffsets, "byte offsets", sourceLocation: sourceLocation)
}
