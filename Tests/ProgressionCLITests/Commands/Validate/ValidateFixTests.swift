import Foundation
import ProgressionCore
import TestSupport
import Testing

@testable import ProgressionCLI

/// `validate --fix`: the seed becomes the repository's copy, byte for byte, and a failed write
/// changes nothing.
@Suite struct ValidateFixTests {
  /// A temporary folder holding a copy of the verbatim seed as `backend.md`.
  private struct SeedCopy {
    let directory: TemporaryDirectory
    let path: String

    init(permissions: Int = 0o640) throws {
      directory = try TemporaryDirectory()
      path = try directory.copy(PackagePaths.seed, to: "backend.md")
      try FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: path)
    }

    func bytes() throws -> Data { try Data(contentsOf: URL(filePath: path)) }
    func remove() { directory.remove() }
  }

  private static func repositoryBackend() throws -> Data {
    try Data(contentsOf: PackagePaths.file("frameworks/backend.md"))
  }

  private static func seed() throws -> Data {
    try Data(contentsOf: PackagePaths.seed)
  }

  @Test func fixingTheSeedGivesTheRepositorysCopyAndASecondRunChangesNothing() throws {
    let copy = try SeedCopy()
    defer { copy.remove() }
    let first = ToolRun(["validate", "--fix", copy.path])
    #expect(first.status == .success)
    #expect(
      first.standardOutput == """
        \(copy.path): fixed 31 problems: 31 mojibake
        no problems in 1 file; fixed 31 problems

        """
    )
    #expect(try copy.bytes() == (try Self.repositoryBackend()))
    let attributes = try FileManager.default.attributesOfItem(atPath: copy.path)
    #expect(attributes[.posixPermissions] as? Int == 0o640)
    #expect(
      try FileManager.default.contentsOfDirectory(
        atPath: copy.directory.path
      )
        == ["backend.md"]
    )

    let second = ToolRun(["validate", "--fix", copy.path])
    #expect(second.status == .success)
    #expect(second.standardOutput == "no problems in 1 file\n")
    #expect(try copy.bytes() == (try Self.repositoryBackend()))
  }

  @Test func aDryRunChangesNothing() throws {
    let copy = try SeedCopy()
    defer { copy.remove() }
    let run = ToolRun(["validate", "--fix", "--dry-run", copy.path])
    #expect(run.status == .success)
    #expect(
      run.standardOutput.hasPrefix("--- a/\(copy.path)\n+++ b/\(copy.path)\n@@ -1,7 +1,7 @@\n")
    )
    #expect(run.standardOutput.hasSuffix("no problems in 1 file; --fix would fix 31 problems\n"))
    #expect(try copy.bytes() == (try Self.seed()))
  }

  /// Everything runs as root here, so a read-only folder would not fail the write: a folder in
  /// the way of the temporary file does.
  @Test func aFileThatCannotBeWrittenIsReportedAndLeftAsItWas() throws {
    let copy = try SeedCopy(permissions: 0o600)
    defer { copy.remove() }
    let realPath = try #require(realpath(copy.path, nil))
    defer { free(realPath) }
    let temporary = AtomicFileWriter.defaultTemporaryPath(for: String(cString: realPath))
    try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: false)

    let run = ToolRun(["validate", "--fix", copy.path])
    #expect(run.status == .failure)
    let lines = run.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(
      lines.first.map(String.init)
        == "\(copy.path): error: cannot write '\(copy.path)': cannot create the temporary file "
        + "'\(temporary)' beside it: file exists; the file is left as it was [unwritable-file]"
    )
    // Nothing was fixed, so everything is still reported.
    #expect(run.standardOutput.hasSuffix("1 error, 31 warnings in 1 file\n"))
    #expect(try copy.bytes() == (try Self.seed()))
    let attributes = try FileManager.default.attributesOfItem(atPath: copy.path)
    #expect(attributes[.posixPermissions] as? Int == 0o600)
  }

  /// A writer that always fails, as `FileWriting` lets a test inject.
  private struct FailingWriter: FileWriting {
    func replaceContents(
      ofFileAt path: String,
      with bytes: [UInt8],
      replacing original: [UInt8]
    ) throws(FileWriteError) {
      throw FileWriteError(path: path, step: .write, errorNumber: ENOSPC)
    }
  }

  @Test func aFailingWriterLeavesTheOriginalUntouched() throws {
    let copy = try SeedCopy()
    defer { copy.remove() }
    let run = ValidationRun(options: .init(fixes: true), writer: FailingWriter())
    let file = run.check(path: "shown/backend.md", accessPath: copy.path)
    #expect(file.fixed.isEmpty)
    #expect(file.findings.first?.ruleID == "unwritable-file")
    #expect(
      file.findings.first?.message
        == "cannot write 'shown/backend.md': no space left on device; the file is left as it was"
    )
    #expect(file.findings.dropFirst().count == 31)
    #expect(try copy.bytes() == (try Self.seed()))
  }

  @Test func onlyTheSelectedRulesAreFixed() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let text = """
      ---
      title: "Caf\u{00C3}\u{00A9}"
      levels: 1
      topics:
        - name: "impact"
          content:
            - level: 1
              criteria: ["Ships  ", "Reviews"]
      ---

      """
    let path = try directory.write(text, to: "a.md")
    let run = ToolRun(["validate", "--fix", "--rule", "whitespace", path])
    #expect(run.status == .success)
    #expect(
      try directory.text(of: "a.md") == text.replacingOccurrences(of: "Ships  ", with: "Ships")
    )
  }
}
