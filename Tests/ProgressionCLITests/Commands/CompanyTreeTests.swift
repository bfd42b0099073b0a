import Foundation
import ProgressionCLI
import Testing

/// `list`, `show`, `diff` and `validate` over a tree in the shape of a company's fork of the
/// framework repository (`Fixtures/company`): subfolders, a spaced folder name, a root
/// `generic.md`, content beyond `levels`, one file name in two folders, two files claiming one
/// `path`, a prose-only framework, null titles with and without generic topics, a tab after
/// `-`, a README, hidden and `node_modules` folders; and a second tree whose `generic.md` is a
/// stub with `levels: 0`.
@Suite struct CompanyTreeTests {
  static let tree = "Fixtures/company/frameworks"
  static let stub = "Fixtures/company-stub/frameworks"

  /// A run checked against a golden holding standard output and, after a marker line, what
  /// was said on standard error.
  struct TreeCase: CustomTestStringConvertible, Sendable {
    var golden: String
    var arguments: [String]
    var status = ExitStatus.success
    var testDescription: String { golden }

    func check() {
      let run = ToolRun(arguments)
      #expect(run.status == status, "status")
      var text = run.standardOutput
      if !run.standardError.isEmpty {
        text += "--- standard error ---\n" + run.standardError
      }
      expectGolden(text, named: golden)
    }
  }

  @Test(arguments: [
    TreeCase(golden: "tree-list.txt", arguments: ["list", "--dir", tree, "--no-built-in"]),
    TreeCase(
      golden: "tree-list.md",
      arguments: ["list", "--dir", tree, "--no-built-in", "-f", "markdown"]
    ),
    TreeCase(
      golden: "tree-list.json",
      arguments: ["list", "--dir", tree, "--no-built-in", "-f", "json"]
    ),
    TreeCase(golden: "tree-list-narrow.txt", arguments: ["list", "--dir", tree, "--width", "60"]),
    TreeCase(golden: "tree-list-stub.txt", arguments: ["list", "--dir", stub, "--no-built-in"]),
    TreeCase(
      golden: "tree-show-backend.txt",
      arguments: ["show", "--dir", tree, "engineering/backend"]
    ),
    TreeCase(
      golden: "tree-show-backend.md",
      arguments: ["show", "--dir", tree, "/engineering/backend", "-f", "markdown"]
    ),
    TreeCase(
      golden: "tree-show-backend.json",
      arguments: ["show", "--dir", tree, "Engineering/Backend", "--level", "2", "-f", "json"]
    ),
    TreeCase(
      golden: "tree-show-web-levels.txt",
      arguments: ["show", "--dir", tree, "web", "--level", "1-2", "--examples"]
    ),
    TreeCase(
      golden: "tree-show-designer-by-path.txt",
      arguments: ["show", tree + "/product design/designer.md", "--by", "topic"]
    ),
    TreeCase(
      golden: "tree-show-ops-beyond-levels.txt",
      arguments: ["show", "--dir", tree, "ops-leadership"]
    ),
    TreeCase(golden: "tree-show-about-prose.txt", arguments: ["show", "--dir", tree, "about"]),
    TreeCase(golden: "tree-show-stub-generic.txt", arguments: ["show", "--dir", stub, "backend"]),
    TreeCase(
      golden: "tree-show-ambiguous.txt",
      arguments: ["show", "--dir", tree, "backend"],
      status: .usageError
    ),
    TreeCase(
      golden: "tree-show-same-site-path.txt",
      arguments: ["show", "--dir", tree, "/engineering/web"],
      status: .usageError
    ),
    TreeCase(
      golden: "tree-show-path-hint.txt",
      arguments: ["show", tree + "/engineering/web"],
      status: .failure
    ),
    TreeCase(
      golden: "tree-show-unknown.txt",
      arguments: ["show", "--dir", tree, "designr"],
      status: .failure
    ),
    TreeCase(
      golden: "tree-diff-backend-1-3.txt",
      arguments: ["diff", "--dir", tree, "engineering/backend", "1", "3"]
    ),
    TreeCase(golden: "tree-validate.txt", arguments: ["validate", tree], status: .failure),
    TreeCase(
      golden: "tree-validate.json",
      arguments: ["validate", "-f", "json", tree],
      status: .failure
    ),
    TreeCase(
      golden: "tree-validate-github.txt",
      arguments: ["validate", "-f", "github", tree],
      status: .failure
    ),
    TreeCase(
      golden: "tree-validate-fix-dry-run.txt",
      arguments: ["validate", "--dry-run", "--rule", "tab-after-indicator", tree],
      status: .success
    ),
    TreeCase(
      golden: "tree-diff-prose-text.txt",
      arguments: [
        "diff", "Fixtures/diff/prose-old.md", "Fixtures/diff/prose-new.md", "--exit-code",
      ],
      status: .differencesFound
    ),
    TreeCase(
      golden: "tree-diff-web-versions.txt",
      arguments: ["diff", tree + "/engineering/web-legacy.md", tree + "/engineering/web.md"]
    ),
  ])
  func readsTheTreeAsItsSiteShowsIt(_ treeCase: TreeCase) {
    treeCase.check()
  }

  @Test func showReadsStandardInputWithoutInheriting() throws {
    let path = TestPaths.testDirectory.appending(path: Self.tree + "/engineering/web.md")
    let text = try String(contentsOf: path, encoding: .utf8)
    let run = ToolRun(["show", "-", "--level", "1"], standardInput: text)
    #expect(run.status == .success)
    #expect(run.standardError == "")
    #expect(
      run.standardOutput == """
        🕸️ Web

        Level 1

          Communication
            - Demos UI changes with screenshots

          🎨 Craft
            - Writes accessible markup

        """
    )
  }
}
