import Foundation
import ProgressionCore
import ProgressionFuzz
import TestSupport
import Testing

/// The fuzzer's checks on the inputs its seed corpus is made of, and on inputs it found.
@Suite struct FuzzCheckTests {
  /// Every file of `frameworks/` and of the test fixtures (`Tests/*/Fixtures`), as `.ci/fuzz`
  /// seeds the fuzzer.
  private static func seedFiles() -> [URL] {
    let tests = PackagePaths.file("Tests")
    let targets = (try? FileManager.default.contentsOfDirectory(atPath: tests.path)) ?? []
    let folders =
      [PackagePaths.file("frameworks")]
      + targets.map { tests.appendingPathComponent($0).appendingPathComponent("Fixtures") }
    return folders.flatMap { folder in
      let enumerator = FileManager.default.enumerator(
        at: folder,
        includingPropertiesForKeys: [.isRegularFileKey]
      )
      return (enumerator?.allObjects as? [URL] ?? []).filter {
        (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
      }
    }
  }

  @Test func seedCorpusKeepsEveryPromise() throws {
    let files = Self.seedFiles()
    #expect(files.count > 50)
    for file in files {
      let bytes = try [UInt8](Data(contentsOf: file))
      #expect(FuzzCheck.problems(in: bytes) == [], "\(file.path)")
    }
  }

  /// Findings with fixes of both kinds, in both formats, on the same lines as findings without.
  @Test func fixesKeepEveryPromise() {
    let yaml = """
      title: "Fixes"
      levels: 2
      topics:
        - name: "one"
          content:
            - level: 1
              criteria: ["  padded ", "cafÃ© menu", "two  spaces", " cafÃ© "]
            - level: 2
              criteria:
                - "  padded "
                - "Ã©tÃ© and Ã©tÃ©"

      """
    for bytes in [Array(yaml.utf8), Array("---\n\(yaml)---\nBody cafÃ©\n".utf8)] {
      let findings = FrameworkValidator.validate(SourceFile(path: "f.yml", bytes: bytes))
      #expect(FixedFile(applying: findings, to: bytes).fixed.count >= 4)
      #expect(FuzzCheck.problems(in: bytes) == [])
    }
  }

  /// The check of fixes sees a fix that leaves its finding, and one that eats a line break.
  @Test func brokenFixesAreCaught() throws {
    let file = SourceFile(
      path: "f.yml",
      bytes: Array(
        "title: T\nlevels: 1\ntopics:\n  - name: n\n    content:\n      - level: 1\n        criteria: [\" x\"]\n"
          .utf8
      )
    )
    let findings = FrameworkValidator.validate(file)
    let index = try #require(findings.firstIndex { $0.fix != nil })
    let edit = try #require(findings[index].fix?.edits.first)
    var findingKept = findings
    findingKept[index].fix = Diagnostic.Fix(edits: [
      Diagnostic.Fix.Edit(range: edit.range, replacement: " ", position: edit.position)
    ])
    let kept = FixCheck.problems(fixing: findingKept, of: file, format: .yaml, stoppedBy: nil)
    #expect(kept.count == 1)
    #expect(kept.first?.contains("[warning [whitespace] on line 7] more") == true)
    var lineBreakEaten = findings
    let lineEnd = try #require(file.bytes[edit.range.upperBound...].firstIndex(of: 10))
    lineBreakEaten[index].fix = Diagnostic.Fix(edits: [
      Diagnostic.Fix.Edit(
        range: edit.range.lowerBound..<lineEnd + 1,
        replacement: "",
        position: edit.position
      )
    ])
    let eaten = FixCheck.problems(fixing: lineBreakEaten, of: file, format: .yaml, stoppedBy: nil)
    #expect(eaten.contains { $0.hasSuffix("changes a line break") })
  }

  /// Found by the fuzzer: the bytes of the mojibake `Ã\u{8A}` hold a control character, which
  /// YAML refuses; repairing it to `Ê` repairs the YAML too, and the checks after it then run.
  @Test func aFixMayRepairTheErrorThatStoppedTheValidator() {
    let bytes = Array("Ã\u{8A}04s!0\\x:".utf8)
    let findings = FrameworkValidator.validate(SourceFile(path: "f.yml", bytes: bytes))
    #expect(findings.map(\.ruleID) == ["mojibake", "yaml-syntax"])
    let fixed = FixedFile(applying: findings, to: bytes)
    let again = FrameworkValidator.validate(SourceFile(path: "f.yml", bytes: fixed.bytes))
    #expect(!again.contains { $0.ruleID == "yaml-syntax" || $0.ruleID == "mojibake" })
    #expect(FuzzCheck.problems(in: bytes) == [])
  }

  /// Found by the fuzzer: deleting an invisible character left the space before it at the
  /// end of the text, where a second run of `--fix` found it.
  @Test(arguments: [
    "\"Ships x \u{200B}\"", "\"a \u{200B} b \u{00A0}c\u{00A0} d\"", "Ships\u{00A0}",
  ])
  func invisibleCharactersAreFixedInOneRun(criterion: String) {
    let bytes = Array(Self.framework(criterion: criterion).utf8)
    #expect(FuzzCheck.problems(in: bytes) == [])
  }

  /// Found by the fuzzer: deleting an invisible character at the start of an unquoted text
  /// left a quote there, and the text became an unclosed quoted one.
  @Test(arguments: ["\u{200B}\"Gives feedback", "a:\u{200B} b", "a \u{200B}#b", "a:\u{200B}"])
  func aFixNeverChangesHowTheYAMLReads(criterion: String) {
    let bytes = Array(Self.framework(criterion: criterion).utf8)
    #expect(FuzzCheck.problems(in: bytes) == [])
  }

  /// Repairing mojibake may reveal a no-break space the text really holds, and what follows
  /// from it: the check of `--fix` allows that, and nothing else.
  @Test(arguments: ["\"Ships x\u{00C2}\u{00A0}\"", "\"Ships\u{00C2}\u{00A0}x\""])
  func aRepairMayRevealACharacter(criterion: String) {
    let bytes = Array(Self.framework(criterion: criterion).utf8)
    let findings = FrameworkValidator.validate(SourceFile(path: "f.yml", bytes: bytes))
    #expect(findings.first?.ruleID == "mojibake")
    #expect(FuzzCheck.problems(in: bytes) == [])
  }

  /// A framework whose one criterion is written as `criterion`.
  private static func framework(criterion: String) -> String {
    "title: T\nlevels: 1\ntopics:\n  - name: n\n    content:\n      - level: 1\n"
      + "        criteria:\n          - \(criterion)\n"
  }

  @Test func brokenInputsKeepEveryPromise() {
    for text in ["", "---\n", "---\n---\n", "a: [", "\u{FEFF}---\ntitle: 1\n---\n", "- |+\n   "] {
      #expect(FuzzCheck.problems(in: Array(text.utf8)) == [], "\(text.debugDescription)")
    }
  }
}

/// The Markdown check finds what it looks for.
@Suite struct MarkdownCheckTests {
  @Test(arguments: [
    ("<p>a</p>\n<hr>\n<a href=\"x\">b</a>", 0),
    ("<script>x</script>", 1),
    ("<p><em>a</p></em>", 1),
    ("<p>a", 1),
    ("a < b", 1),
  ])
  func findsForeignAndCrossedTags(html: String, count: Int) {
    #expect(MarkdownCheck.problems(inHTML: html).count == count)
  }

  @Test func hostileMarkdownKeepsThePromise() {
    #expect(MarkdownCheck.problems(in: "<script>*a [b*](c) `d <e>`\n> - <b>") == [])
  }

  /// Found by the fuzzer in CI: a text starting with a variation selector (the second half
  /// of an emoji cut off) joined the `>` of `<p>` into one `Character`, and the check, which
  /// then read on to the next `>`, took the text for a tag.
  @Test func aMarkAfterATagIsText() {
    #expect(MarkdownCheck.problems(inHTML: "<p>\u{FE0F} Backend</p>") == [])
    #expect(MarkdownCheck.problems(in: "\u{FE0F} Backend \u{301}<b>") == [])
    #expect(MarkdownCheck.problems(inHTML: "<p>\u{FE0F}<script>\u{301}</p>").count == 1)
  }
}
