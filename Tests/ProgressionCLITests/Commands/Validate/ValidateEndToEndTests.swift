import Foundation
import TestSupport
import Testing

/// `validate` as CI runs it: the built executable, its output and its exit status.
@Suite struct ValidateEndToEndTests {
  private func golden(_ name: String) throws -> String {
    String(decoding: try Data(contentsOf: TestPaths.golden.appending(path: name)), as: UTF8.self)
  }

  @Test func cleanExitsZero() throws {
    let run = try BinaryRun(["validate", "Fixtures/validate/clean.md", "../../frameworks"])
    #expect(run.status == 0)
    #expect(run.standardOutput == "no problems in 2 files\n")
    #expect(run.standardError == "")
  }

  @Test func warningsAloneExitZero() throws {
    let run = try BinaryRun(["validate", PackagePaths.seedFromTestTarget])
    #expect(run.status == 0)
    #expect(run.standardOutput == (try golden("validate-seed.txt")))
  }

  @Test func errorsExitOne() throws {
    let run = try BinaryRun(["validate", "--format", "github", "Fixtures/validate/rules"])
    #expect(run.status == 1)
    #expect(run.standardOutput == (try golden("validate-rules-github.txt")))
    #expect(run.standardError == "")
  }

  @Test func strictMakesWarningsFail() throws {
    let run = try BinaryRun(["validate", "--strict", "Fixtures/validate/rules/level-order.md"])
    #expect(run.status == 1)
    #expect(run.standardOutput == (try golden("validate-strict.txt")))
  }

  @Test func anUnknownFlagExitsTwo() throws {
    let run = try BinaryRun(["validate", "--strcit", "Fixtures/validate/clean.md"])
    #expect(run.status == 2)
    #expect(run.standardOutput == "")
    #expect(run.standardError == (try golden("validate-unknown-flag.txt")))
  }
}
