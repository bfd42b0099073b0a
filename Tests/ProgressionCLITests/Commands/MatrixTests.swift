import ProgressionCLI
import Testing

/// `matrix` over the company-shaped tree (whose frameworks inherit from a `generic`, and whose
/// `about` is prose only) and over the built-in backend; each golden holds standard output and,
/// after a marker line, standard error.
@Suite struct MatrixTests {
  static func company(
    _ golden: String,
    _ arguments: String...,
    status: ProgressionCLI.ExitStatus = .success
  ) -> CompanyTreeTests.TreeCase {
    CompanyTreeTests.TreeCase(
      golden: golden,
      arguments: ["matrix", "--dir", CompanyTreeTests.tree] + arguments,
      status: status
    )
  }

  static func builtIn(_ golden: String, _ arguments: String...) -> CompanyTreeTests.TreeCase {
    CompanyTreeTests.TreeCase(golden: golden, arguments: ["matrix", "backend"] + arguments)
  }

  @Test(arguments: [
    company("matrix-company.txt", "engineering/backend"),
    company("matrix-company-width-30.txt", "engineering/backend", "--width", "30"),
    company("matrix-company.md", "engineering/backend", "-f", "markdown"),
    company("matrix-company-text.md", "engineering/backend", "-f", "markdown", "--text"),
    company("matrix-company.json", "engineering/backend", "-f", "json"),
    company("matrix-company-text.json", "engineering/backend", "-f", "json", "--text"),
    company("matrix-company.csv", "engineering/backend", "-f", "csv"),
    company("matrix-company-text.csv", "engineering/backend", "-f", "csv", "--text"),
    company("matrix-prose-only.csv", "about", "-f", "csv"),
    company("matrix-prose-only.txt", "about"),
    company("matrix-prose-only.md", "about", "-f", "markdown"),
    company("matrix-prose-only.json", "about", "-f", "json"),
    builtIn("matrix-backend.txt"),
    builtIn("matrix-backend-width-20.txt", "--width", "20"),
    builtIn("matrix-backend.md", "-f", "markdown"),
    builtIn("matrix-backend.json", "-f", "json"),
  ])
  func output(_ golden: CompanyTreeTests.TreeCase) {
    golden.check()
  }

  @Test(arguments: [
    company("matrix-text-as-text.txt", "engineering/backend", "--text", status: .usageError),
    company(
      "matrix-width-malformed.txt",
      "engineering/backend",
      "--width",
      "x",
      status: .usageError
    ),
    company("matrix-missing-framework.txt", status: .usageError),
    company("matrix-unknown-framework.txt", "web-next", status: .failure),
    CompanyTreeTests.TreeCase(
      golden: "matrix-broken-file.txt",
      arguments: ["matrix", "Fixtures/list-broken/broken.md"],
      status: .failure
    ),
    CompanyTreeTests.TreeCase(golden: "matrix-help.txt", arguments: ["matrix", "--help"]),
  ])
  func errors(_ golden: CompanyTreeTests.TreeCase) {
    golden.check()
  }

  @Test func theStandardInputFrameworkIsTabulated() {
    let run = ToolRun(
      ["matrix", "-", "-f", "json"],
      standardInput: """
        ---
        title: Piped
        levels: 2
        topics:
          - name: impact
            title: Impact
            content:
              - level: 2
                criteria:
                  - Ships
                  - Measures
        ---

        """
    )
    #expect(run.status == .success)
    #expect(run.standardOutput.contains("\"counts\": [\n        0,\n        2\n      ]"))
    #expect(run.standardOutput.contains("\"levelTotals\": [\n    0,\n    2\n  ]"))
  }

  @Test func csvFieldsAreQuotedAndNeverRunAsFormulas() {
    let run = ToolRun(
      ["matrix", "-", "-f", "csv", "--text"],
      standardInput: """
        ---
        title: Sheet
        levels: 1
        topics:
          - name: sums
            title: "=SUM(A1:A9)"
            content:
              - level: 1
                criteria:
                  - "@cmd, with a comma"
                  - 'Says "hello"'
          - name: plain
            title: "+1 plain"
            content:
              - level: 1
                criteria:
                  - "-2 and a tab\there"
        ---

        """
    )
    #expect(run.status == .success)
    let rows = [
      "topic,level 1,total",
      "'=SUM(A1:A9),\"'@cmd, with a comma\nSays \"\"hello\"\"\",2",
      "'+1 plain,'-2 and a tab\\u{9}here,1",
      "Total,3,3",
    ]
    #expect(run.standardOutput == rows.map { $0 + "\r\n" }.joined())
  }

  @Test func hostileTextNeverReachesTheTerminalRaw() {
    for format in ["text", "markdown", "csv", "json"] {
      let run = ToolRun(["matrix", "Fixtures/show/hostile.md", "-f", format])
      #expect(run.status == .success, "\(format)")
      expectNoRawControls(in: run.standardOutput, format)
    }
  }
}
