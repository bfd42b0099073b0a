import Foundation
import Testing

/// Runs the built `progression` executable for the commands that explore frameworks, checking
/// that the binary prints exactly what the in-process goldens record.
@Suite struct ExploreEndToEndTests {
  private func golden(_ name: String) throws -> String {
    String(decoding: try Data(contentsOf: TestPaths.golden.appending(path: name)), as: UTF8.self)
  }

  @Test(arguments: [
    ("show-mobile-cumulative.txt", ["--cumulative", "--level", "3", "--examples"]),
    ("show-mobile-cumulative.json", ["-f", "json", "--cumulative", "--level", "3"]),
  ])
  func showCumulative(golden name: String, options: [String]) throws {
    let run = try BinaryRun(["show", "mobile", "--dir", "Fixtures/show-inherit"] + options)
    #expect(run.status == 0)
    #expect(run.standardOutput == (try golden(name)))
    #expect(run.standardError == "")
  }
}
