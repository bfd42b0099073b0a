import Foundation
import ProgressionCLI
import Testing

/// Each completion script, loaded in its real shell, offers what a user expects at the end of
/// a command line. Runs in `Fixtures/completion`, whose `frameworks/` holds `android` and
/// `platform`; `backend` is built into the tool.
@Suite struct CompletionScriptTests {
  /// A command line and the words offered at its end, sorted.
  struct Case: CustomTestStringConvertible, Sendable {
    var line: String
    var offers: [String]
    var testDescription: String { "'\(line)'" }
  }

  static let cases: [Case] = [
    Case(line: "progression sh", offers: ["show"]),
    Case(line: "progression show --fo", offers: ["--format"]),
    Case(line: "progression show --format ", offers: ["json", "markdown", "text"]),
    Case(line: "progression show ", offers: ["android", "backend", "platform"]),
    Case(
      line: "progression show --dir ../show ",
      offers: ["android", "backend", "hostile", "platform"]
    ),
    Case(line: "progression validate --rule mo", offers: ["mojibake"]),
    Case(
      line: "progression validate --ignore empty-c",
      offers: ["empty-criteria", "empty-criterion"]
    ),
    Case(line: "progression show --by ", offers: ["level", "topic"]),
    Case(line: "progression list --color a", offers: ["always", "auto"]),
    Case(line: "progression help d", offers: ["diff", "dump"]),
    Case(line: "progression completion ", offers: ["bash", "fish", "zsh"]),
    // Files where a file is expected (zsh offers the names within the folder).
    Case(line: "progression show frameworks/", offers: ["android.md", "platform.md"]),
    Case(line: "progression validate frameworks/pl", offers: ["platform.md"]),
  ]

  static let folder = TestPaths.fixtures.appending(path: "completion")
  static let harness = TestPaths.fixtures.appending(path: "completion-harness")

  @Test(arguments: cases)
  func bash(_ example: Case) throws {
    try expectOffers(.bash, example)
  }

  @Test(
    .enabled(if: InstalledProgram.zsh.isTested, "zsh is not installed; .ci/run installs it"),
    arguments: cases
  )
  func zsh(_ example: Case) throws {
    try expectOffers(.zsh, example)
  }

  @Test(
    .enabled(if: InstalledProgram.fish.isTested, "fish is not installed; .ci/run installs it"),
    arguments: cases
  )
  func fish(_ example: Case) throws {
    try expectOffers(.fish, example)
  }

  /// Loads the script in `shell`, completes `example.line` and compares what is offered.
  private func expectOffers(
    _ shell: CompletionShell,
    _ example: Case,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let executable = try #require(
      InstalledProgram(rawValue: shell.rawValue)?.executable,
      "\(shell.rawValue) is not installed; .ci/run installs it (apt-get install \(shell.rawValue))",
      sourceLocation: sourceLocation
    )
    let scripts = try TemporaryDirectory()
    defer { scripts.remove() }
    let script = try scripts.write(
      ToolRun(["completion", shell.rawValue]).standardOutput,
      to: shell == .zsh ? "_progression" : "progression.\(shell.rawValue)"
    )
    let arguments: [String] =
      switch shell {
      case .bash: ["--norc", "--noprofile", path("capture.bash"), script, example.line]
      case .zsh: ["-f", path("capture.zsh"), scripts.path, example.line]
      case .fish:
        ["--no-config", "-c", "source $argv[1]; complete -C$argv[2]", script, example.line]
      }
    var environment = ProcessInfo.processInfo.environment
    let tool = try BinaryRun.executable().deletingLastPathComponent().path(percentEncoded: false)
    environment["PATH"] = tool + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
    environment["PROGRESSION_FRAMEWORKS"] = nil
    // Under timeout(1): a shell that waits for input that never comes must not hang the tests.
    let run = try BinaryRun(
      executable: URL(filePath: "/usr/bin/timeout"),
      ["60", executable.path(percentEncoded: false)] + arguments,
      environment: environment,
      currentDirectory: Self.folder
    )
    #expect(run.status == 0, "\(run.standardError)", sourceLocation: sourceLocation)
    // fish prints a description after a tab; zsh and fish give files by their last component
    // or whole path, so the last component is compared.
    let offered = run.standardOutput.split(separator: "\n").map { line in
      let word = line.split(separator: "\t", omittingEmptySubsequences: false)[0]
      return word.hasSuffix("/") ? String(word) : String(word.split(separator: "/").last ?? word)
    }
    #expect(
      Set(offered).sorted() == example.offers,
      "\(shell.rawValue): \(run.standardOutput)\n\(run.standardError)",
      sourceLocation: sourceLocation
    )
  }

  /// bash splits `--format=value` at `=`; its script completes the value all the same.
  @Test func bashCompletesAValueAfterAnEqualsSign() throws {
    let executable = try #require(InstalledProgram.bash.executable)
    let scripts = try TemporaryDirectory()
    defer { scripts.remove() }
    let script = try scripts.write(ToolRun(["completion", "bash"]).standardOutput, to: "p.bash")
    let run = try BinaryRun(
      executable: executable,
      ["--norc", "--noprofile", path("capture.bash"), script, "progression validate --format=s"],
      environment: ProcessInfo.processInfo.environment,
      currentDirectory: Self.folder
    )
    #expect(run.standardOutput == "sarif\n")
  }

  private func path(_ name: String) -> String {
    Self.harness.appending(path: name).path(percentEncoded: false)
  }
}
