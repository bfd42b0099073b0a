import Foundation
import TestSupport
import Testing

/// What `validate --fix` refuses, and how it cleans up when killed, checked on the built
/// executable: signals, standard input and links belong to a real process.
@Suite struct ValidateFixSafetyEndToEndTests {
  /// A framework with one fixable finding (a space at the end of a criterion).
  static let fixable = """
    ---
    title: "T"
    levels: 1
    topics:
      - name: "t"
        content:
          - level: 1
            criteria: ["Ships. "]
    ---
    Body.

    """

  /// A signal sent while `--fix` writes must not leave `.a.md.progression-PID.tmp` behind.
  ///
  /// The child starts with the three signals blocked and one already sent, so it arrives
  /// exactly when the writer unblocks them, right after creating the temporary file: no race.
  @Test(arguments: [SIGTERM, SIGINT, SIGHUP])
  func aSignalDuringTheWriteRemovesTheTemporaryFile(signalNumber: Int32) throws {
    #if canImport(Glibc)
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let file = try directory.write(Self.fixable, to: "a.md")
    let arguments = [
      try BinaryRun.executable().path(percentEncoded: false), "validate", "--fix", file,
    ]
    var signals = sigset_t()
    sigemptyset(&signals)
    for number in [SIGTERM, SIGINT, SIGHUP] { sigaddset(&signals, number) }
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    posix_spawnattr_setsigmask(&attributes, &signals)
    posix_spawnattr_setsigdefault(&attributes, &signals)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { for argument in argv { free(argument) } }
    var pid: pid_t = 0
    #expect(posix_spawn(&pid, arguments[0], &actions, &attributes, &argv, environ) == 0)
    #expect(kill(pid, signalNumber) == 0)
    var status: Int32 = 0
    #expect(waitpid(pid, &status, 0) == pid)
    // Ended by the signal itself (WIFSIGNALED and WTERMSIG), as without a handler.
    #expect(status & 0x7F == signalNumber)
    #expect(try directory.text(of: "a.md") == Self.fixable)
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["a.md"])
    #endif
  }

  /// `/dev/stdin` on a pipe is a link to the pipe: renaming over it would make it a file.
  @Test func standardInputOnAPipeIsRefused() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let file = try directory.write(Self.fixable, to: "a.md")
    let run = try BinaryRun(
      [
        "-c", #"cat "$1" | "$0" validate --fix /dev/stdin"#, try BinaryRun.executable().path(),
        file,
      ],
      executable: URL(filePath: "/bin/bash")
    )
    #expect(run.status == 1)
    #expect(
      run.standardOutput.hasPrefix(
        "/dev/stdin: error: cannot write '/dev/stdin': it is a FIFO, not a regular file; the "
          + "file is left as it was [unwritable-file]\n"
      )
    )
    let destination = try FileManager.default.destinationOfSymbolicLink(atPath: "/dev/stdin")
    #expect(destination == "/proc/self/fd/0")
  }

  @Test func aHardLinkedFileNeedsBreakHardLinks() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let file = try directory.write(Self.fixable, to: "a.md")
    try FileManager.default.linkItem(atPath: file, toPath: directory.path + "/b.md")
    let refused = try BinaryRun(["validate", "--fix", file])
    #expect(refused.status == 1)
    #expect(
      refused.standardOutput.hasPrefix(
        "\(file): error: cannot write '\(file)': it has 2 hard links, and replacing it would "
          + "leave the other names with the old contents; the file is left as it was; pass "
          + "--break-hard-links to replace it anyway [unwritable-file]\n"
      )
    )
    #expect(try directory.text(of: "a.md") == Self.fixable)
    let fixed = try BinaryRun(["validate", "--fix", "--break-hard-links", file])
    #expect(fixed.status == 0)
    #expect(
      try directory.text(of: "a.md") == Self.fixable.replacingOccurrences(of: ". \"", with: ".\"")
    )
    #expect(try directory.text(of: "b.md") == Self.fixable)
  }
}
