import Foundation
import TestSupport
import Testing

/// Runs the built `progression` executable as a user would, checking what `Tool.main` adds to
/// `Tool.run`: real arguments, standard input, the exit status, and writing to pipes.
@Suite struct EndToEndTests {
  private func golden(_ name: String) throws -> String {
    String(decoding: try Data(contentsOf: TestPaths.golden.appending(path: name)), as: UTF8.self)
  }

  @Test func success() throws {
    let run = try BinaryRun(["dump", "Fixtures/crlf.md"])
    #expect(run.status == 0)
    #expect(run.standardOutput == (try golden("dump-crlf.json")))
    #expect(run.standardError == "")
  }

  @Test func standardInput() throws {
    let run = try BinaryRun(
      ["dump", "--markdown", "-"],
      standardInput: "---\nname: stdin\n---\n# Body\n"
    )
    #expect(run.status == 0)
    #expect(run.standardOutput == (try golden("dump-stdin-markdown.json")))
    #expect(run.standardError == "")
  }

  @Test func invalidYAML() throws {
    let run = try BinaryRun(["dump", "Fixtures/duplicate-key.md"])
    #expect(run.status == 1)
    #expect(run.standardOutput == "")
    #expect(run.standardError == (try golden("dump-duplicate-key.txt")))
  }

  @Test func missingFrontMatter() throws {
    let run = try BinaryRun(["dump", "Fixtures/no-front-matter.md"])
    #expect(run.status == 1)
    #expect(run.standardOutput == "")
    #expect(run.standardError == (try golden("dump-missing-front-matter.txt")))
  }

  @Test func missingFile() throws {
    let run = try BinaryRun(["dump", "Fixtures/missing.md"])
    #expect(run.status == 1)
    #expect(run.standardOutput == "")
    #expect(
      run.standardError
        == "progression: error: cannot read 'Fixtures/missing.md': no such file or directory\n"
    )
  }

  @Test func unknownFlag() throws {
    let run = try BinaryRun(["dump", "--markdwon", "Fixtures/crlf.md"])
    #expect(run.status == 2)
    #expect(run.standardOutput == "")
    #expect(run.standardError == (try golden("dump-unknown-flag.txt")))
  }

  @Test func helpAndVersion() throws {
    let help = try BinaryRun([])
    #expect(help.status == 0)
    #expect(help.standardOutput == (try golden("help-overview.txt")))
    let version = try BinaryRun(["--version"])
    #expect(version.status == 0)
    #expect(version.standardOutput == "progression 0.1.0\n")
  }

  /// Standard input far larger than the first read buffer (64 KiB) is read whole, through
  /// every doubling of the buffer, and gives what the same text gives in-process.
  @Test func largeStandardInputIsReadWhole() throws {
    let entries = (0..<20_000).map { "- name: \"entry \($0)\"\n  level: \($0)\n" }.joined()
    #expect(entries.utf8.count > 8 * 64 * 1024)
    let run = try BinaryRun(["dump", "-"], standardInput: entries)
    #expect(run.status == 0)
    #expect(run.standardError == "")
    #expect(run.standardOutput == ToolRun(["dump", "-"], standardInput: entries).standardOutput)
    #expect(run.standardOutput.contains("\"entry 19999\""))
  }

  /// `progression dump big.yml | head -c 100` must end quietly: no crash, no message, status 0.
  @Test func aClosedPipeEndsTheOutputQuietly() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let entries = (0..<20_000).map { "- name: \"entry \($0)\"\n  level: \($0)\n" }.joined()
    let big = try directory.write(entries, to: "big.yml")

    let process = Process()
    process.executableURL = URL(filePath: "/bin/bash")
    process.arguments = [
      "-c", #"set -o pipefail; "$0" dump "$1" 2>"$2" | head -c 100 >/dev/null"#,
      try BinaryRun.executable().path(percentEncoded: false),
      big,
      directory.path("stderr"),
    ]
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(try directory.bytes(of: "stderr").isEmpty)
  }

  /// Output that cannot be written is an error, not a silent success: `git` exits 128 on
  /// "fatal: write failure", `jq` 2; we say so on standard error and exit 4.
  @Test(arguments: [
    ["show", "backend", "--dir", "Fixtures/show"],
    ["dump", "Fixtures/crlf.md"],
    ["list", "--format", "json", "--dir", "Fixtures/show"],
    ["validate", "Fixtures/validate/rules"],
  ])
  func aFullDiskIsAWriteFailure(arguments: [String]) throws {
    guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
    let run = try shell(#""$0" "$@" >/dev/full"#, arguments)
    #expect(run.status == 4)
    #expect(
      run.standardError.hasSuffix(
        "progression: error: cannot write to standard output: no space left on device\n"
      )
    )
  }

  /// When standard error is full too, there is nowhere to say so: the status alone does.
  @Test func aFullStandardErrorIsAWriteFailureToo() throws {
    guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
    let run = try shell(#""$0" "$@" 2>/dev/full"#, ["dump", "Fixtures/missing.md"])
    #expect(run.status == 4)
  }

  /// Inputs larger than the cap are refused before memory is spent on them, whether files,
  /// endless devices or standard input; the error names the input and how to raise the cap.
  @Test(arguments: [
    (["dump", "/dev/zero"], "/dev/zero"),
    (["validate", "/dev/zero"], "/dev/zero"),
    (["dump", "-"], "<stdin>"),
    (["diff", "-", "Fixtures/crlf.md"], "<stdin>"),
    (["show", "Fixtures/show/backend.md"], "Fixtures/show/backend.md"),
  ])
  func inputsLargerThanTheCapAreRefused(arguments: [String], name: String) throws {
    guard FileManager.default.fileExists(atPath: "/dev/zero") else { return }
    let run = try shell(
      #""$0" "$@" </dev/zero"#,
      arguments,
      variables: ["PROGRESSION_MAX_INPUT_BYTES": "4096"]
    )
    #expect(run.status == 1)
    #expect(
      (run.standardOutput + run.standardError).contains(
        "cannot read '\(name)': it is larger than 4096 bytes, the most an input may be; set "
          + "PROGRESSION_MAX_INPUT_BYTES to a larger number of bytes to read it"
      )
    )
  }

  /// Runs `script` with bash in the test folder, `$0` the built executable and `$@` the
  /// arguments, with `variables` set, capturing standard output and error in files.
  private func shell(
    _ script: String,
    _ arguments: [String],
    variables: [String: String] = [:]
  ) throws -> BinaryRun {
    try BinaryRun(
      ["-c", script, try BinaryRun.executable().path(percentEncoded: false)] + arguments,
      variables: variables,
      executable: URL(filePath: "/bin/bash")
    )
  }
}
