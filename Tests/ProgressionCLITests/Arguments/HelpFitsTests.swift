import ProgressionCLI
import Testing

/// Help fits the terminal: every screen within 80 columns when not on a terminal, within the
/// terminal's width when on one, with a short usage line and examples for every command.
@Suite struct HelpFitsTests {
  /// Every help screen: the overview and each command's help.
  static let screens: [[String]] =
    [["--help"]] + CommandRegistry.specifications.map { ["help", $0.name] }

  /// The commands whose examples are still to be written: `list` is being rewritten
  /// elsewhere, and gets its examples with that change.
  static let commandsWithoutExamples: Set<String> = []

  @Test(arguments: screens)
  func fitsEightyColumns(_ arguments: [String]) {
    let help = ToolRun(arguments).standardOutput
    for line in help.split(separator: "\n") {
      #expect(line.count <= 80, "\(line.count) columns: \(line)")
    }
  }

  /// `progression help show` with standard output on a terminal `columns` wide.
  private func helpOnTerminal(columns: Int) -> String {
    let result = Tool.run(
      Tool.Environment(
        arguments: ["help", "show"],
        variables: ["COLUMNS": "\(columns)"],
        isStandardOutputTerminal: true
      )
    )
    return String(decoding: result.standardOutput, as: UTF8.self)
  }

  @Test func wrapsToTheTerminalsWidth() {
    let help = helpOnTerminal(columns: 60)
    let examples = CommandRegistry.specification(named: "show")?.examples ?? []
    let commandLines = Set(examples.map { "  " + $0.commandLine })
    for line in help.split(separator: "\n") where !commandLines.contains(String(line)) {
      #expect(line.count <= 60, "\(line.count) columns: \(line)")
    }
    #expect(help.contains("\nEXAMPLES:\n"))
    // A width the option table cannot use is raised to the narrowest that works.
    #expect(helpOnTerminal(columns: 10) == helpOnTerminal(columns: 40))
  }

  @Test(arguments: CommandRegistry.specifications.map(\.name))
  func usageLineIsShort(_ name: String) throws {
    let command = try #require(CommandRegistry.specification(named: name))
    let usage = HelpGenerator.usageLine(for: command)
    #expect(usage.count <= 72, "\(usage)")
    #expect(!usage.contains("--"), "\(usage)")
  }

  /// Every command has examples, and each `progression` invocation in them parses.
  @Test(arguments: CommandRegistry.specifications.map(\.name))
  func examplesAreRealInvocations(_ name: String) throws {
    let command = try #require(CommandRegistry.specification(named: name))
    guard !Self.commandsWithoutExamples.contains(command.name) else { return }
    #expect(command.examples.count >= 2)
    for example in command.examples {
      #expect(example.summary.first?.isUppercase == true && example.summary.hasSuffix("."))
      // The words from `progression COMMAND` up to a pipe, a redirection or a parenthesis.
      var words = example.commandLine.split(separator: " ").map(String.init)
      let start = try #require(words.firstIndex { $0.hasSuffix("progression") }, "\(example)")
      words = Array(words[(start + 1)...].prefix { !["|", ">", "<"].contains($0) })
      if words.last?.hasSuffix(")") == true { words[words.count - 1].removeLast() }
      #expect(words.first == command.name, "\(example.commandLine)")
      #expect(throws: Never.self, "\(example.commandLine)") {
        try ArgumentParser.parse(Array(words.dropFirst()), for: command)
      }
    }
  }
}
