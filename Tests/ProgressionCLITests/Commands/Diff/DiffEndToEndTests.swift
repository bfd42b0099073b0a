import Foundation
import Testing

/// `progression diff` run as a process: the exit statuses a script sees, and the README's git
/// recipe with the old version on standard input.
@Suite struct DiffEndToEndTests {
  private func golden(_ name: String) throws -> String {
    String(decoding: try Data(contentsOf: TestPaths.golden.appending(path: name)), as: UTF8.self)
  }

  private func fixture(_ path: String) throws -> String {
    String(decoding: try Data(contentsOf: TestPaths.fixtures.appending(path: path)), as: UTF8.self)
  }

  @Test func levels() throws {
    let run = try BinaryRun(["diff", "backend", "3", "4", "--dir", "Fixtures/show"])
    #expect(run.status == 0)
    #expect(run.standardOutput == (try golden("diff-levels-up.txt")))
    #expect(run.standardError == "")
  }

  @Test func oldVersionOnStandardInput() throws {
    let run = try BinaryRun(
      ["diff", "-", "Fixtures/diff/backend-new.md"],
      standardInput: try fixture("diff/backend-old.md")
    )
    #expect(run.status == 0)
    #expect(run.standardOutput == (try golden("diff-versions-stdin.txt")))
    #expect(run.standardError == "")
  }

  @Test func exitCodeIsThreeForDifferencesAndZeroWithout() throws {
    let changed = try BinaryRun(
      ["diff", "Fixtures/diff/small.md", "Fixtures/diff/small-topics.md", "--exit-code"]
    )
    #expect(changed.status == 3)
    #expect(changed.standardOutput == (try golden("diff-versions-topics.txt")))
    let same = try BinaryRun(
      ["diff", "Fixtures/diff/small.md", "Fixtures/diff/small.md", "--exit-code"]
    )
    #expect(same.status == 0)
    #expect(same.standardOutput == (try golden("diff-versions-identical.txt")))
  }

  @Test func missingLevelIsAUsageError() throws {
    let run = try BinaryRun(["diff", "backend", "3", "--dir", "Fixtures/show"])
    #expect(run.status == 2)
    #expect(run.standardOutput == "")
    #expect(run.standardError == (try golden("diff-missing-to.txt")))
  }

  @Test func levelOutsideTheFrameworkIsAUsageError() throws {
    let run = try BinaryRun(["diff", "backend", "3", "9", "--dir", "Fixtures/show"])
    #expect(run.status == 2)
    #expect(run.standardOutput == "")
    #expect(run.standardError == (try golden("diff-level-outside.txt")))
  }

  @Test func fileThatIsNotAFrameworkIsInvalidInput() throws {
    let run = try BinaryRun(["diff", "Fixtures/list-broken/broken.md", "Fixtures/diff/small.md"])
    #expect(run.status == 1)
    #expect(run.standardOutput == "")
    #expect(run.standardError == (try golden("diff-invalid-framework.txt")))
  }
}
