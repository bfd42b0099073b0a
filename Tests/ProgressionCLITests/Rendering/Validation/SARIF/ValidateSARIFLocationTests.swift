import Foundation
import ProgressionCLI
import TestSupport
import Testing

/// Where SARIF results point: URIs relative to the working directory and percent-encoded,
/// columns counted in Unicode scalars.
@Suite struct ValidateSARIFLocationTests {
  /// The `uri` of every location in the SARIF output for `path`.
  private func uris(validating path: String) -> [String] {
    let output = ToolRun(["validate", "-f", "sarif", path]).standardOutput
    return output.split(separator: "\n").compactMap { line in
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      guard trimmed.hasPrefix("\"uri\": \"") else { return nil }
      return String(trimmed.dropFirst(8).dropLast())
    }
  }

  @Test func anAbsolutePathInTheWorkingDirectoryBecomesRelative() {
    let absolute =
      TestPaths.testDirectory.path(percentEncoded: false)
      + "Fixtures/validate/rules/level-order.md"
    #expect(Set(uris(validating: absolute)) == ["Fixtures/validate/rules/level-order.md"])
    #expect(
      Set(uris(validating: "./Fixtures/validate/rules/level-order.md"))
        == ["Fixtures/validate/rules/level-order.md"]
    )
  }

  @Test func aPathOutsideTheWorkingDirectoryIsAFileURIAndSpacesAreEncoded() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let path = try folder.write(
      "---\ntitle: T\nlevels: 1\nowner: me\ntopics:\n  - name: a\n    content:\n"
        + "      - level: 1\n        criteria: [\"x\"]\n---\n",
      to: "my frameworks/näme.md"
    )
    let expected =
      "file://" + folder.path.replacingOccurrences(of: " ", with: "%20")
      + "/my%20frameworks/n%C3%A4me.md"
    #expect(uris(validating: path) == [expected])
  }

  @Test func columnsCountUnicodeScalars() throws {
    let output = ToolRun(["validate", "-f", "sarif", "Fixtures/validate/sarif/mixed.md"])
      .standardOutput
    // Line 14 is `          - "👩‍💼 Mentors  new joiners"`: the doubled space is the 23rd
    // character but the 25th scalar, since the emoji is three scalars.
    #expect(output.contains("\"startLine\": 14,\n                  \"startColumn\": 25,"))
  }
}
