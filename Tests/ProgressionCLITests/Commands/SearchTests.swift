import Foundation
import ProgressionCLI
import Testing

/// `search` over `Fixtures/search` (a `generic`, a backend in a subfolder with accents, a
/// decomposed `é`, mixed scripts and example criteria, and a mobile framework with fewer
/// levels) and over the company-shaped tree; each golden holds standard output and, after a
/// marker line, standard error.
@Suite struct SearchTests {
  static func search(
    _ golden: String,
    _ arguments: String...,
    status: ProgressionCLI.ExitStatus = .success
  ) -> CompanyTreeTests.TreeCase {
    CompanyTreeTests.TreeCase(
      golden: golden,
      arguments: ["search", "--dir", "Fixtures/search", "--no-built-in"] + arguments,
      status: status
    )
  }

  static func company(_ golden: String, _ arguments: String...) -> CompanyTreeTests.TreeCase {
    CompanyTreeTests.TreeCase(
      golden: golden,
      arguments: ["search", "--dir", CompanyTreeTests.tree, "--no-built-in"] + arguments
    )
  }

  @Test(arguments: [
    search("search-review.txt", "review"),
    search("search-accents.txt", "CAFE"),
    search("search-accents-in-term.txt", "łódź", "zurich", "aesir"),
    search("search-inherited-only.txt", "care"),
    search("search-phrase.txt", "code review"),
    search("search-phrase-punctuation.txt", "\"code-review sessions\""),
    search("search-mixed-scripts.txt", "日本", "ελλην", "english"),
    search("search-topic-level.txt", "review", "--topic", "craft", "--level", "2-3"),
    search(
      "search-framework.txt",
      "communication",
      "--framework",
      "mobile",
      "--framework",
      "mobile"
    ),
    search("search-width-40.txt", "explains", "--width", "40"),
    search("search-color.txt", "review", "--color", "always", "--topic", "comm"),
    search("search-review.md", "review", "-f", "markdown"),
    search("search-review.json", "review", "-f", "json"),
    search("search-no-match.txt", "kubernetes", status: .nothingFound),
    search("search-no-match.json", "kubernetes", "-f", "json", status: .nothingFound),
    search(
      "search-no-match-level.txt",
      "communication",
      "--level",
      "3",
      "--topic",
      "reviewing",
      status: .nothingFound
    ),
    CompanyTreeTests.TreeCase(
      golden: "search-generic-by-site-path.txt",
      arguments: ["search", "--dir", "Fixtures/search-site-path", "--no-built-in", "ships"]
    ),
    company("search-company.txt", "demo"),
    company("search-company.md", "incident", "-f", "markdown"),
    company("search-company.json", "ship", "-f", "json"),
  ])
  func output(_ golden: CompanyTreeTests.TreeCase) {
    golden.check()
  }

  @Test(arguments: [
    search("search-empty-term.txt", "", status: .usageError),
    search("search-punctuation-term.txt", "care", "?!", status: .usageError),
    search("search-punctuation-topic.txt", "care", "--topic", "🛠️", status: .usageError),
    search("search-level-malformed.txt", "care", "--level", "3-1", status: .usageError),
    search("search-missing-terms.txt", status: .usageError),
    search("search-unknown-framework.txt", "care", "--framework", "web", status: .failure),
    CompanyTreeTests.TreeCase(
      golden: "search-broken-file.txt",
      arguments: ["search", "--dir", "Fixtures/list-broken", "--no-built-in", "a"],
      status: .failure
    ),
    CompanyTreeTests.TreeCase(
      golden: "search-help.txt",
      arguments: ["search", "--help"]
    ),
  ])
  func errors(_ golden: CompanyTreeTests.TreeCase) {
    golden.check()
  }

  @Test func onlyTheTextFormatIsColoured() {
    for format in ["markdown", "json"] {
      let run = ToolRun([
        "search", "--dir", "Fixtures/search", "--no-built-in", "review", "--color", "always",
        "-f", format,
      ])
      #expect(run.status == .success)
      #expect(!run.standardOutput.contains("\u{1B}"), "ESC in \(format)")
    }
  }

  @Test func noColorTurnsHighlightingOffUnlessAlwaysIsGiven() {
    let arguments = ["search", "--dir", "Fixtures/search", "--no-built-in", "review"]
    let noColor = ["NO_COLOR": "1"]
    #expect(!ToolRun(arguments, variables: noColor).standardOutput.contains("\u{1B}"))
    let always = ToolRun(arguments + ["--color", "always"], variables: noColor)
    #expect(always.standardOutput.contains("\u{1B}[1;4mreviews\u{1B}[0m"))
  }

  @Test func hostileTextNeverReachesTheTerminalRaw() {
    for format in ["text", "markdown", "json"] {
      for term in ["retitles", "bidi", "stars", "not", "invisible"] {
        let run = ToolRun([
          "search", "--framework", "Fixtures/show/hostile.md", term, "-f", format,
        ])
        #expect(run.status == .success, "\(term) in \(format)")
        let scalars = run.standardOutput.unicodeScalars
        #expect(!scalars.contains { $0.value == 0x1B }, "ESC: \(term) in \(format)")
        #expect(!scalars.contains { $0.value == 0x07 }, "BEL: \(term) in \(format)")
        #expect(!scalars.contains { $0.value == 0x7F }, "DEL: \(term) in \(format)")
        #expect(!scalars.contains { (0x80...0x9F).contains($0.value) }, "C1: \(term)")
        #expect(!scalars.contains { $0.value == 0x202E }, "RLO: \(term) in \(format)")
      }
    }
  }
}
