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

  @Test func searchPrintsTheGoldenAndExitsWithItsStatus() throws {
    let arguments = ["search", "--dir", "Fixtures/search", "--no-built-in"]
    let found = try BinaryRun(arguments + ["review", "-f", "json"])
    #expect(found.status == 0)
    #expect(found.standardOutput == (try golden("search-review.json")))
    #expect(found.standardError == "")

    let nothing = try BinaryRun(arguments + ["kubernetes"])
    #expect(nothing.status == 5)
    #expect(nothing.standardOutput == (try golden("search-no-match.txt")))
    #expect(nothing.standardError == "")

    let usage = try BinaryRun(arguments + ["?!"])
    #expect(usage.status == 2)
    #expect(usage.standardOutput == "")
  }

  @Test func matrixPrintsTheGoldenAndRefusesTextCells() throws {
    let table = try BinaryRun(["matrix", "backend", "-f", "json"])
    #expect(table.status == 0)
    #expect(table.standardOutput == (try golden("matrix-backend.json")))
    #expect(table.standardError == "")

    let textCells = try BinaryRun(["matrix", "backend", "--text"])
    #expect(textCells.status == 2)
    #expect(textCells.standardOutput == "")
    #expect(textCells.standardError.contains("use '-f markdown'"))
  }

  @Test func comparePrintsTheGoldenAndRefusesALevelOneLacks() throws {
    let arguments = ["compare", "--dir", "Fixtures/compare", "backend", "mobile"]
    let json = try BinaryRun(arguments + ["-f", "json"])
    #expect(json.status == 0)
    #expect(json.standardOutput == (try golden("compare-backend-mobile.json")))
    #expect(json.standardError == "")

    let wide = try BinaryRun(arguments + ["--width", "100"])
    #expect(wide.status == 0)
    #expect(wide.standardOutput == (try golden("compare-backend-mobile-wide.txt")))

    let missing = try BinaryRun(arguments + ["--level", "3"])
    #expect(missing.status == 2)
    #expect(missing.standardOutput == "")
    #expect(missing.standardError.contains("the levels of 'mobile'"))
  }

  @Test func matrixWritesCSV() throws {
    let run = try BinaryRun([
      "matrix", "--dir", "Fixtures/company/frameworks", "engineering/backend", "-f", "csv",
    ])
    #expect(run.status == 0)
    // The golden holds standard output, then what was said on standard error after a marker.
    #expect(
      run.standardOutput + "--- standard error ---\n" + run.standardError
        == (try golden("matrix-company.csv"))
    )
  }
}
