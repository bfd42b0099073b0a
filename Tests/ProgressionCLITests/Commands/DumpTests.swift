import ProgressionCLI
import TestSupport
import Testing

@Suite struct DumpTests {
  @Test(arguments: [
    GoldenCase(golden: "dump-seed.json", arguments: ["dump", PackagePaths.seedFromTestTarget]),
    GoldenCase(golden: "dump-scalars.json", arguments: ["dump", "Fixtures/scalars.yml"]),
    GoldenCase(golden: "dump-empty.json", arguments: ["dump", "Fixtures/empty.yml"]),
    GoldenCase(
      golden: "dump-empty-front-matter.json",
      arguments: ["dump", "Fixtures/empty-front-matter.md"]
    ),
    GoldenCase(golden: "dump-crlf.json", arguments: ["dump", "Fixtures/crlf.md"]),
    GoldenCase(
      golden: "dump-stdin-yaml.json",
      arguments: ["dump", "-"],
      standardInput: "name: stdin\nlevels: [1, 2]\n"
    ),
    GoldenCase(
      golden: "dump-stdin-markdown.json",
      arguments: ["dump", "--markdown", "-"],
      standardInput: "---\nname: stdin\n---\n# Body\n"
    ),
  ])
  func dumps(_ golden: GoldenCase) {
    golden.check()
  }

  @Test(arguments: [
    GoldenCase(
      golden: "dump-duplicate-key.txt",
      arguments: ["dump", "Fixtures/duplicate-key.md"],
      status: .failure
    ),
    GoldenCase(
      golden: "dump-anchor.txt",
      arguments: ["dump", "Fixtures/anchor.md"],
      status: .failure
    ),
    GoldenCase(
      golden: "dump-stdin-markdown-without-flag.txt",
      arguments: ["dump", "-"],
      standardInput: "---\nname: stdin\n---\n# Body\n",
      status: .failure
    ),
    GoldenCase(
      golden: "dump-stdin-missing-front-matter.txt",
      arguments: ["dump", "--markdown", "-"],
      standardInput: "name: stdin\n",
      status: .failure
    ),
    GoldenCase(
      golden: "dump-missing-front-matter.txt",
      arguments: ["dump", "Fixtures/no-front-matter.md"],
      status: .failure
    ),
    GoldenCase(
      golden: "dump-unclosed-front-matter.txt",
      arguments: ["dump", "Fixtures/unclosed-front-matter.md"],
      status: .failure
    ),
    GoldenCase(
      golden: "dump-missing-file.txt",
      arguments: ["dump", "Fixtures/missing.md"],
      status: .failure
    ),
    GoldenCase(golden: "dump-directory.txt", arguments: ["dump", "Fixtures"], status: .failure),
    GoldenCase(
      golden: "dump-unknown-flag.txt",
      arguments: ["dump", "--markdwon", "Fixtures/crlf.md"],
      status: .usageError
    ),
    GoldenCase(golden: "dump-missing-argument.txt", arguments: ["dump"], status: .usageError),
    GoldenCase(
      golden: "dump-extra-argument.txt",
      arguments: ["dump", "a.md", "b.md"],
      status: .usageError
    ),
  ])
  func errors(_ golden: GoldenCase) {
    golden.check()
  }

  @Test func markdownFlagReadsAnyPathAsMarkdown() {
    let run = ToolRun(["dump", "--markdown", "Fixtures/scalars.yml"])
    #expect(run.status == .failure)
    #expect(
      run.standardError.hasPrefix("Fixtures/scalars.yml:1:1: error: the file has no front matter")
    )
  }

  @Test(arguments: [
    ("a.md", true), ("A.MD", true), ("notes.markdown", true), ("a.yml", false),
    ("a.yaml", false), ("md", false), ("a.md.txt", false), ("-", false),
  ])
  func markdownIsChosenByExtension(_ path: String, _ expected: Bool) {
    #expect(Dump.isMarkdown(path) == expected)
  }
}
