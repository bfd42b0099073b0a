import ProgressionCore
import Testing
import YAMLSubset

/// The real framework: the repository's copy is clean, the verbatim seed has only its mojibake,
/// and fixing the seed gives the repository's copy byte for byte.
@Suite struct SeedValidationTests {
  @Test func theRepositorysBackendIsClean() throws {
    let file = try TestFiles.repositoryFile("frameworks/backend.md")
    #expect(FrameworkValidator.validate(file).isEmpty)
  }

  @Test func theSeedReportsEachStretchOfMojibake() throws {
    let seed = try TestFiles.seed()
    let findings = FrameworkValidator.validate(seed)
    #expect(findings.count == 31)
    #expect(findings.allSatisfy { $0.ruleID == "mojibake" && $0.severity == .warning })
    #expect(findings.allSatisfy { $0.fix != nil })
    let first = try #require(findings.first)
    #expect(first.position == SourcePosition(line: 3, column: 9, offset: 41))
    #expect(
      first.message.hasSuffix(
        "'🛠️' (UTF-8 misread as Mac Roman); replace it, or run 'progression validate --fix'"
      )
    )
    // Front matter and body alike.
    #expect(findings.last?.position?.line == 287)
  }

  @Test func fixingTheSeedGivesTheRepositorysCopy() throws {
    let seed = try TestFiles.seed()
    let fixed = FixedFile(applying: FrameworkValidator.validate(seed), to: seed.bytes)
    #expect(fixed.fixed.count == 31)
    #expect(fixed.bytes == (try TestFiles.repositoryFile("frameworks/backend.md")).bytes)
    let again = FrameworkValidator.validate(SourceFile(path: seed.path, bytes: fixed.bytes))
    #expect(again.isEmpty)
    #expect(!FixedFile(applying: again, to: fixed.bytes).hasChanges)
  }
}
