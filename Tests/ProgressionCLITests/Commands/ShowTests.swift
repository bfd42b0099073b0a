import ProgressionCLI
import Testing

@Suite struct ShowTests {
  /// `show backend` from the fixture folder (a copy of `frameworks/backend.md`), plus `extra`.
  static func backend(_ golden: String, _ extra: String...) -> GoldenCase {
    GoldenCase(golden: golden, arguments: ["show", "backend", "--dir", "Fixtures/show"] + extra)
  }

  static func hostile(_ golden: String, _ extra: String...) -> GoldenCase {
    GoldenCase(golden: golden, arguments: ["show", "Fixtures/show/hostile.md"] + extra)
  }

  static func mobile(_ golden: String, _ extra: String...) -> GoldenCase {
    GoldenCase(
      golden: golden,
      arguments: ["show", "mobile", "--dir", "Fixtures/show-inherit"] + extra
    )
  }

  @Test(arguments: [
    backend("show-backend.txt"),
    backend("show-backend-level-3.txt", "--level", "3"),
    backend("show-backend-levels-2-4.txt", "--level", "2-4"),
    backend("show-backend-topic-mastery.txt", "--topic", "mast"),
    backend(
      "show-backend-topics-by-title.txt",
      "--topic",
      "COMMUNICATION",
      "--topic",
      "🛠️ mastery",
      "--level",
      "1"
    ),
    backend("show-backend-by-topic.txt", "--by", "topic", "--level", "5-6"),
    backend("show-backend-examples.txt", "--examples", "--level", "2"),
    backend("show-backend-about.txt", "--about", "--level", "1"),
    backend("show-backend-width-40.txt", "--level", "3", "--width", "40"),
    backend("show-backend-width-100.txt", "--level", "2", "--examples", "--width", "100"),
    backend("show-backend-width-0.txt", "--level", "1", "--width", "0"),
    backend("show-backend-color.txt", "--level", "1", "--topic", "impact", "--color", "always"),
    hostile("show-hostile.txt", "--examples", "--about"),
    hostile("show-hostile-width-40.txt", "--examples", "--width", "40"),
    mobile("show-mobile-inherited.txt"),
    mobile("show-mobile-no-inherit.txt", "--no-inherit"),
    backend("show-backend-cumulative-3.txt", "--cumulative", "--level", "3", "--topic", "comm"),
    backend(
      "show-backend-cumulative-by-topic.txt",
      "--cumulative",
      "--level",
      "2",
      "--by",
      "topic"
    ),
    mobile("show-mobile-cumulative.txt", "--cumulative", "--level", "3", "--examples"),
    mobile("show-mobile-cumulative-no-inherit.txt", "--cumulative", "--no-inherit"),
  ])
  func text(_ golden: GoldenCase) {
    golden.check()
  }

  @Test(arguments: [
    backend("show-backend.md", "--format", "markdown"),
    backend("show-backend-level-3.md", "-f", "markdown", "--level", "3"),
    backend("show-backend-by-topic.md", "-f", "markdown", "--by", "topic", "--topic", "impact"),
    backend(
      "show-backend-examples-about.md",
      "-f",
      "markdown",
      "--examples",
      "--about",
      "--level",
      "2"
    ),
    hostile("show-hostile.md", "-f", "markdown", "--examples", "--about"),
    mobile("show-mobile-inherited.md", "-f", "markdown"),
    mobile("show-mobile-cumulative.md", "-f", "markdown", "--cumulative", "--level", "3"),
  ])
  func markdown(_ golden: GoldenCase) {
    golden.check()
  }

  @Test(arguments: [
    backend("show-backend.json", "--format", "json"),
    backend("show-backend-level-3.json", "-f", "json", "--level", "3"),
    backend(
      "show-backend-by-topic.json",
      "-f",
      "json",
      "--by",
      "topic",
      "--topic",
      "comm",
      "--topic",
      "impact",
      "--level",
      "2-3",
      "--examples"
    ),
    backend("show-backend-about.json", "-f", "json", "--about", "--level", "6", "--topic", "lead"),
    hostile("show-hostile.json", "-f", "json", "--examples", "--about"),
    mobile("show-mobile-inherited.json", "-f", "json", "--level", "1"),
    mobile("show-mobile-cumulative.json", "-f", "json", "--cumulative", "--level", "3"),
  ])
  func json(_ golden: GoldenCase) {
    golden.check()
  }

  @Test(arguments: [
    GoldenCase(
      golden: "show-level-outside.txt",
      arguments: ["show", "backend", "--dir", "Fixtures/show", "--level", "9"],
      status: .usageError
    ),
    GoldenCase(
      golden: "show-level-range-outside.txt",
      arguments: ["show", "backend", "--dir", "Fixtures/show", "--level", "5-7"],
      status: .usageError
    ),
    GoldenCase(
      golden: "show-level-reversed.txt",
      arguments: ["show", "backend", "--dir", "Fixtures/show", "--level", "4-2"],
      status: .usageError
    ),
    GoldenCase(
      golden: "show-level-malformed.txt",
      arguments: ["show", "backend", "--dir", "Fixtures/show", "--level", "x"],
      status: .usageError
    ),
    GoldenCase(
      golden: "show-topic-unknown.txt",
      arguments: ["show", "backend", "--dir", "Fixtures/show", "--topic", "design"],
      status: .usageError
    ),
    GoldenCase(
      golden: "show-topic-ambiguous.txt",
      arguments: ["show", "backend", "--dir", "Fixtures/show", "--topic", "i"],
      status: .usageError
    ),
    GoldenCase(
      golden: "show-width-malformed.txt",
      arguments: ["show", "backend", "--dir", "Fixtures/show", "--width", "-5"],
      status: .usageError
    ),
    GoldenCase(
      golden: "show-format-unknown.txt",
      arguments: ["show", "backend", "--dir", "Fixtures/show", "-f", "yaml"],
      status: .usageError
    ),
    GoldenCase(golden: "show-missing-argument.txt", arguments: ["show"], status: .usageError),
    GoldenCase(golden: "show-help.txt", arguments: ["show", "--help"], status: .success),
    GoldenCase(
      golden: "show-unknown-framework.txt",
      arguments: ["show", "frontend", "--dir", "Fixtures/show"],
      status: .failure
    ),
    GoldenCase(
      golden: "show-invalid-framework.txt",
      arguments: ["show", "Fixtures/list-broken/broken.md"],
      status: .failure
    ),
  ])
  func errors(_ golden: GoldenCase) {
    golden.check()
  }

  @Test func malformedFlagsFailBeforeTheFrameworkIsRead() {
    // The framework does not exist: a bad --level is reported first, as a usage error.
    let run = ToolRun(["show", "nowhere", "--level", "two"])
    #expect(run.status == .usageError)
    #expect(run.standardError.contains("invalid value 'two' for option '--level'"))
  }

  @Test func noColorTurnsColourOffUnlessAlwaysIsGiven() {
    let arguments = ["show", "backend", "--dir", "Fixtures/show", "--level", "1"]
    let noColor = ["NO_COLOR": "1"]
    #expect(!ToolRun(arguments, variables: noColor).standardOutput.contains("\u{1B}"))
    #expect(
      !ToolRun(arguments + ["--color", "auto"], variables: noColor).standardOutput.contains(
        "\u{1B}"
      )
    )
    let always = ToolRun(arguments + ["--color", "always"], variables: noColor)
    #expect(always.standardOutput.contains("\u{1B}[1;36mLevel 1\u{1B}[0m"))
  }

  @Test func onlyTheTextFormatIsColoured() {
    let arguments = [
      "show", "backend", "--dir", "Fixtures/show", "--level", "1", "--color", "always",
    ]
    #expect(!ToolRun(arguments + ["-f", "markdown"]).standardOutput.contains("\u{1B}"))
    #expect(!ToolRun(arguments + ["-f", "json"]).standardOutput.contains("\u{1B}"))
  }

  @Test func hostileFileNeverReachesTheTerminalRaw() {
    for format in ["text", "markdown", "json"] {
      let run = ToolRun(["show", "Fixtures/show/hostile.md", "--examples", "--about", "-f", format])
      #expect(run.status == .success)
      let bytes = Array(run.standardOutput.utf8)
      #expect(!bytes.contains(0x1B), "ESC in \(format)")
      #expect(!bytes.contains(0x07), "BEL in \(format)")
      #expect(!bytes.contains(0x7F), "DEL in \(format)")
      #expect(!run.standardOutput.unicodeScalars.contains { (0x80...0x9F).contains($0.value) })
      #expect(
        !run.standardOutput.unicodeScalars.contains { $0.value == 0x202E },
        "RLO in \(format)"
      )
    }
  }

  @Test func widthWrapsEveryLineWithinTheWidthUnlessAWordIsLonger() {
    let run = ToolRun(["show", "backend", "--dir", "Fixtures/show", "--examples", "--width", "40"])
    for line in run.standardOutput.split(separator: "\n") where line.count > 40 {
      let words = line.split(separator: " ")
      #expect(words.count <= 2, "line over 40 columns with a break opportunity: '\(line)'")
    }
  }
}

/// `show` as it runs on a terminal, which `ToolRun` does not simulate.
@Suite struct ShowTerminalTests {
  static func run(
    _ extra: [String] = [],
    variables: [String: String] = [:],
    terminalWidth: Int? = 50
  ) -> String {
    let result = Tool.run(
      Tool.Environment(
        arguments: [
          "show", "backend", "--dir", "Fixtures/show", "--level", "1", "--topic", "impact",
        ]
          + extra,
        variables: variables,
        currentDirectory: TestPaths.testDirectory.path(percentEncoded: false),
        isStandardOutputTerminal: true,
        terminalWidth: terminalWidth
      )
    )
    return String(decoding: result.standardOutput, as: UTF8.self)
  }

  static let wrappedAt50 = """
    🛠️ Backend Engineering Framework

    Level 1

      Impact
        - Delivers assigned tasks, working with a more
          senior team member, and able to take PR
          feedback to improve their work

    """

  @Test func wrapsToTheTerminalWidthAndColours() {
    let output = Self.run()
    #expect(output.contains("\u{1B}[1;36mLevel 1\u{1B}[0m"))
    let plain = output.replacing("\u{1B}[1;36m", with: "").replacing("\u{1B}[1m", with: "")
      .replacing("\u{1B}[0m", with: "")
    #expect(plain == Self.wrappedAt50)
  }

  @Test func columnsBeatsTheReportedWidthAndWidthBeatsBoth() {
    #expect(
      Self.run(["--color", "never"], variables: ["COLUMNS": "50"], terminalWidth: 120)
        == Self.wrappedAt50
    )
    #expect(
      Self.run(["--color", "never", "--width", "50"], variables: ["COLUMNS": "90"])
        == Self.wrappedAt50
    )
  }

  @Test func unknownWidthWrapsAt80() {
    let output = Self.run(["--color", "never"], terminalWidth: nil)
    #expect(
      output.contains(
        "    - Delivers assigned tasks, working with a more senior team member, and able\n"
      )
    )
  }

  @Test(arguments: [["NO_COLOR": "1"], ["TERM": "dumb"]])
  func autoColourIsOffWith(_ variables: [String: String]) {
    #expect(!Self.run(variables: variables).contains("\u{1B}"))
    #expect(Self.run(["--color", "always"], variables: variables).contains("\u{1B}"))
  }
}
