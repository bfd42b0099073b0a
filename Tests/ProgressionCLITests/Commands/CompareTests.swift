import ProgressionCLI
import Testing

/// `compare` over `Fixtures/compare` (a three-level `backend` and a two-level `mobile` that
/// share a `generic`, with the same criteria, rewordings, criteria only one has and a topic
/// only in each; and a prose-only `about`) and over the company-shaped tree; each golden holds
/// standard output and, after a marker line, standard error.
@Suite struct CompareTests {
  static let tree = "Fixtures/compare"

  static func compare(
    _ golden: String,
    _ arguments: String...,
    in tree: String = tree,
    status: ProgressionCLI.ExitStatus = .success
  ) -> CompanyTreeTests.TreeCase {
    CompanyTreeTests.TreeCase(
      golden: golden,
      arguments: ["compare", "--dir", tree] + arguments,
      status: status
    )
  }

  @Test(arguments: [
    compare("compare-backend-mobile.txt", "backend", "mobile"),
    compare("compare-backend-mobile-wide.txt", "backend", "mobile", "--width", "100"),
    compare("compare-backend-mobile-narrow.txt", "backend", "mobile", "--width", "99"),
    compare("compare-backend-mobile.md", "backend", "mobile", "-f", "markdown"),
    compare("compare-backend-mobile.json", "backend", "mobile", "-f", "json"),
    compare("compare-level-2.txt", "backend", "mobile", "--level", "2"),
    compare("compare-level-2.md", "backend", "mobile", "--level", "2", "-f", "markdown"),
    compare("compare-level-2.json", "backend", "mobile", "--level", "2", "-f", "json"),
    compare("compare-itself.txt", "backend", "backend"),
    compare("compare-itself-level-3.txt", "backend", "Fixtures/compare/backend.md", "--level", "3"),
    compare(
      "compare-itself-spelled-twice.txt",
      "Fixtures/compare/backend.md",
      "./Fixtures/compare/../compare/backend.md",
      "--level",
      "1"
    ),
    compare("compare-prose-only-itself.txt", "about", "about"),
    compare("compare-prose-only.txt", "mobile", "about"),
    compare("compare-prose-only.md", "mobile", "about", "-f", "markdown"),
    compare("compare-prose-only.json", "mobile", "about", "-f", "json"),
    compare(
      "compare-same-name.txt",
      "engineering/backend",
      "platform/backend",
      in: CompanyTreeTests.tree
    ),
  ])
  func output(_ golden: CompanyTreeTests.TreeCase) {
    golden.check()
  }

  @Test(arguments: [
    compare("compare-level-missing.txt", "backend", "mobile", "--level", "3", status: .usageError),
    compare("compare-level-prose-only.txt", "about", "mobile", "--level", "1", status: .usageError),
    compare(
      "compare-level-malformed.txt",
      "backend",
      "mobile",
      "--level",
      "x",
      status: .usageError
    ),
    compare(
      "compare-width-malformed.txt",
      "backend",
      "mobile",
      "--width",
      "-1",
      status: .usageError
    ),
    compare("compare-two-standard-inputs.txt", "-", "-", status: .usageError),
    compare("compare-missing-b.txt", "backend", status: .usageError),
    compare("compare-unknown-framework.txt", "backend", "web", status: .failure),
    compare(
      "compare-ambiguous.txt",
      "backend",
      "web",
      in: CompanyTreeTests.tree,
      status: .usageError
    ),
    CompanyTreeTests.TreeCase(
      golden: "compare-broken-file.txt",
      arguments: ["compare", "Fixtures/list-broken/broken.md", "backend"],
      status: .failure
    ),
    CompanyTreeTests.TreeCase(golden: "compare-help.txt", arguments: ["compare", "--help"]),
  ])
  func errors(_ golden: CompanyTreeTests.TreeCase) {
    golden.check()
  }

  @Test func standardInputIsOneOfTheTwo() {
    let run = ToolRun(
      ["compare", "-", "Fixtures/compare/mobile.md", "-f", "json"],
      standardInput: """
        ---
        title: Piped
        levels: 1
        topics:
          - name: craft
            content:
              - level: 1
                criteria:
                  - Writes tests for the code they change
        ---

        """
    )
    #expect(run.status == .success)
    #expect(run.standardError == "")
    #expect(run.standardOutput.contains("\"same\": 1,\n    \"reworded\": 0,\n    \"onlyA\": 0,"))
  }

  @Test func colourMarksTheMarkersAndWordsInBothLayouts() {
    for width in ["80", "120"] {
      let run = ToolRun(
        ["compare", "--dir", Self.tree, "backend", "mobile", "--color", "always", "--width", width]
      )
      #expect(run.status == .success)
      #expect(run.standardOutput.contains("\u{1B}[31m<\u{1B}[0m"), "width \(width)")
      #expect(run.standardOutput.contains("\u{1B}[32m>\u{1B}[0m"), "width \(width)")
      #expect(run.standardOutput.contains("\u{1B}[32m{+merge+}\u{1B}[0m"), "width \(width)")
    }
    // Into a pipe, 'auto' does not colour; 'always' beats NO_COLOR.
    let arguments = ["compare", "--dir", Self.tree, "backend", "mobile", "--width", "120"]
    #expect(!ToolRun(arguments).standardOutput.contains("\u{1B}"))
    let always = ToolRun(arguments + ["--color", "always"], variables: ["NO_COLOR": "1"])
    #expect(always.standardOutput.contains("\u{1B}[33m~\u{1B}[0m"))
  }

  /// Colour changes no column: the wide layout lines up the same with and without it.
  @Test func colouredColumnsLineUpAsPlainOnes() {
    let arguments = ["compare", "--dir", Self.tree, "backend", "mobile", "--width", "120"]
    let plain = ToolRun(arguments).standardOutput
    let coloured = ToolRun(arguments + ["--color", "always"]).standardOutput
    #expect(Self.strippingEscapes(coloured) == plain)
  }

  @Test func hostileTextNeverReachesTheTerminalRaw() {
    let options = [["-f", "text"], ["--width", "120"], ["-f", "markdown"], ["-f", "json"]]
    for other in ["Fixtures/show/hostile.md", "Fixtures/show/backend.md"] {
      for options in options {
        let run = ToolRun(["compare", "Fixtures/show/hostile.md", other] + options)
        #expect(run.status == .success, "\(options)")
        expectNoRawControls(in: run.standardOutput, "\(options) against \(other)")
      }
    }
  }

  /// `text` without its SGR escape sequences.
  static func strippingEscapes(_ text: String) -> String {
    var result = ""
    var inEscape = false
    for scalar in text.unicodeScalars {
      if inEscape {
        if scalar == "m" { inEscape = false }
      } else if scalar == "\u{1B}" {
        inEscape = true
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
