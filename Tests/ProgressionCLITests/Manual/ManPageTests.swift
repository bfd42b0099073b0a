import ProgressionCLI
import Testing

/// `progression help --man [COMMAND]`: the roff of every page pinned in goldens, and the
/// sections and source-line limits that keep the pages clean under groff and mandoc (which
/// `.ci/check-man-pages` runs on each).
@Suite struct ManPageTests {
  /// `[]` for the tool's page, then each command's name.
  static let pages: [[String]] = [[]] + CommandRegistry.specifications.map { [$0.name] }

  @Test(arguments: pages)
  func golden(_ command: [String]) {
    let name = (["progression"] + command).joined(separator: "-")
    GoldenCase(golden: "man-\(name).1", arguments: ["help", "--man"] + command).check()
  }

  @Test(arguments: pages)
  func hasEverySectionInOrder(_ command: [String]) {
    let page = ToolRun(["help", "--man"] + command).standardOutput
    let sections = page.split(separator: "\n").filter { $0.hasPrefix(".SH ") }.map {
      String($0.dropFirst(4))
    }
    var expected = ["NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "ENVIRONMENT", "FILES"]
    expected += ["EXIT STATUS", "EXAMPLES", "SEE ALSO"]
    if command.first.map(HelpFitsTests.commandsWithoutExamples.contains) == true {
      expected.removeAll { $0 == "EXAMPLES" }
    }
    #expect(sections.filter { $0 != "ARGUMENTS" } == expected)
  }

  @Test(arguments: pages)
  func sourceLinesAreShortASCIIAndNeverStartARequestByAccident(_ command: [String]) {
    let page = ToolRun(["help", "--man"] + command).standardOutput
    let macros: Set<String> = [
      ".\\\"", ".TH", ".SH", ".TP", ".PP", ".RS", ".RE", ".nf", ".fi", ".br", ".BR", ".nh", ".ad",
    ]
    for line in page.split(separator: "\n") {
      #expect(line.utf8.count <= 80, "\(line)")
      let isASCII = line.unicodeScalars.allSatisfy { $0.isASCII }
      #expect(isASCII, "\(line)")
      if line.hasPrefix(".") || line.hasPrefix("'") {
        #expect(macros.contains(String(line.prefix { $0 != " " })), "\(line)")
      }
    }
  }

  @Test func anUnknownCommandIsAUsageError() {
    let run = ToolRun(["help", "--man", "shwo"])
    #expect(run.status == .usageError)
    #expect(
      run.standardError.hasPrefix(
        "progression: error: unknown command 'shwo'; did you mean 'show'?\n"
      )
    )
  }

  @Test func textIsEscapedForRoff() {
    // A backslash, hyphens and a non-ASCII character from the help texts.
    let page = ToolRun(["help", "--man", "diff"]).standardOutput
    #expect(page.contains("moved (\\[u2192])"))
    #expect(page.contains("\\-\\-side\\-by\\-side"))
    let show = ToolRun(["help", "--man", "show"]).standardOutput
    #expect(show.contains("as \\eu{1B}"))
  }
}
