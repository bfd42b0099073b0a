import Foundation
import ProgressionCLI
import TestSupport
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
    // A name with a folder in it (the test compares the part after the last '/').
    Case(line: "progression show --dir ../company/frameworks engineering/", offers: ["backend"]),
    // Files where a file is expected (zsh offers the names within the folder).
    Case(line: "progression show frameworks/", offers: ["android.md", "platform.md"]),
    Case(line: "progression validate frameworks/pl", offers: ["platform.md"]),
  ]

  static let folder = TestPaths.fixtures.appending(path: "completion")
  static let harness = TestPaths.fixtures.appending(path: "completion-harness")

  @Test(arguments: cases)
  func bash(_ example: Case) {
    expectOffers(Session(.bash, lines: [example.line]), example, at: 0)
  }

  /// zsh's offers for every case, from one session: its completion system takes about a second
  /// to start, so it starts once.
  static let zshSession = Session(.zsh, lines: cases.map(\.line))

  @Test(
    .enabled(if: InstalledProgram.zsh.isTested, "zsh is not installed; .ci/run installs it"),
    arguments: cases
  )
  func zsh(_ example: Case) throws {
    let index = try #require(Self.cases.firstIndex { $0.line == example.line })
    expectOffers(Self.zshSession, example, at: index)
  }

  @Test(
    .enabled(if: InstalledProgram.fish.isTested, "fish is not installed; .ci/run installs it"),
    arguments: cases
  )
  func fish(_ example: Case) {
    expectOffers(Session(.fish, lines: [example.line]), example, at: 0)
  }

  private func expectOffers(
    _ session: Session,
    _ example: Case,
    at index: Int,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let offered = session.offers.indices.contains(index) ? session.offers[index] : []
    #expect(offered == example.offers, "\(session.log)", sourceLocation: sourceLocation)
  }

  /// A shell with the completion script loaded, asked to complete some lines, in
  /// `Fixtures/completion` with the built tool first on `PATH`.
  struct Session: Sendable {
    /// What was offered at the end of each line, sorted: words, or the last component of a
    /// path (zsh gives files by it, bash and fish by the whole path).
    var offers: [[String]] = []
    /// What the shell printed, or why it could not run, for a failing test to show.
    var log = ""

    init(_ shell: CompletionShell, lines: [String]) {
      do {
        let run = try Self.run(shell, lines: lines)
        log = "\(shell.rawValue) exited with \(run.status):\n\(run.standardOutput)\n"
        log += run.standardError
        offers = Self.parse(run.standardOutput, shell: shell, count: lines.count)
      } catch {
        log = "\(shell.rawValue) could not run: \(error)"
      }
    }

    /// zsh types every line in one session and prints `N<TAB>WORD`; bash and fish complete one
    /// line per run, and fish follows each word with a tab and its description.
    private static func parse(_ output: String, shell: CompletionShell, count: Int) -> [[String]] {
      var offers = Array(repeating: Set<String>(), count: count)
      for line in output.split(separator: "\n") {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        var index = 0
        var word = fields[0]
        if shell == .zsh, fields.count == 2, let number = Int(fields[0]) {
          index = number - 1
          word = fields[1]
        }
        let shown = word.hasSuffix("/") ? word : word.split(separator: "/").last ?? word
        if offers.indices.contains(index) { offers[index].insert(String(shown)) }
      }
      return offers.map { $0.sorted() }
    }

    private static func run(_ shell: CompletionShell, lines: [String]) throws -> BinaryRun {
      let shellPath = try #require(InstalledProgram(rawValue: shell.rawValue)?.executable)
      let scripts = try TemporaryDirectory()
      defer { scripts.remove() }
      let script = try scripts.write(
        ToolRun(["completion", shell.rawValue]).standardOutput,
        to: shell == .zsh ? "_progression" : "progression.\(shell.rawValue)"
      )
      let arguments: [String] =
        switch shell {
        case .bash: ["--norc", "--noprofile", path("capture.bash"), script] + lines
        case .zsh: ["-f", path("capture.zsh"), scripts.path] + lines
        case .fish: ["--no-config", "-c", "source $argv[1]; complete -C$argv[2]", script] + lines
        }
      var environment = ProcessInfo.processInfo.environment
      let tool = try BinaryRun.executable().deletingLastPathComponent().path(percentEncoded: false)
      environment["PATH"] = tool + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
      environment["PROGRESSION_FRAMEWORKS"] = nil
      // Under timeout(1): a shell waiting for input that never comes must not hang the tests.
      return try BinaryRun(
        executable: URL(filePath: "/usr/bin/timeout"),
        ["60", shellPath.path(percentEncoded: false)] + arguments,
        environment: environment,
        currentDirectory: CompletionScriptTests.folder
      )
    }
  }

  /// bash splits `--format=value` at `=`; its script completes the value all the same.
  @Test func bashCompletesAValueAfterAnEqualsSign() throws {
    let executable = try #require(InstalledProgram.bash.executable)
    let scripts = try TemporaryDirectory()
    defer { scripts.remove() }
    let script = try scripts.write(ToolRun(["completion", "bash"]).standardOutput, to: "p.bash")
    let run = try BinaryRun(
      executable: executable,
      [
        "--norc", "--noprofile", Self.path("capture.bash"), script,
        "progression validate --format=s",
      ],
      environment: ProcessInfo.processInfo.environment,
      currentDirectory: Self.folder
    )
    #expect(run.standardOutput == "sarif\n")
  }

  private static func path(_ name: String) -> String {
    harness.appending(path: name).path(percentEncoded: false)
  }
}
