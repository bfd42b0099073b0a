#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program as a child process the way a shell would, and measures that one child.
///
/// The child gets `/dev/null` as standard input and output (so that writing its output costs what
/// writing to a file or pipe costs, without the benchmark reading it) and a file as standard
/// error, read back only when it fails. It is started with `posix_spawn` and reaped with `wait4`,
/// which reports the child's own peak resident set size, not the benchmark's.
struct ChildProcess {
  /// What one run of a child cost.
  struct Run {
    /// From just before `posix_spawn` to just after `wait4` returned.
    var seconds: Double
    /// The child's peak resident set size (`ru_maxrss`), in bytes.
    var peakMemory: Int
    /// The exit status, or 128 plus the signal number if a signal ended it.
    var status: Int32
  }

  /// The program's path; `argv[0]` too.
  var executable: String
  var arguments: [String]
  /// Where the child's standard error goes.
  var errorPath: String

  /// Runs the program once and waits for it.
  func run() throws(BenchError) -> Run {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(
      &actions,
      STDERR_FILENO,
      errorPath,
      O_WRONLY | O_CREAT | O_TRUNC,
      0o600
    )
    let argv = ([executable] + arguments).map { strdup($0) }
    defer { for argument in argv { free(argument) } }
    var pid = pid_t()
    let start = MonotonicClock.nanoseconds()
    let spawned = posix_spawn(&pid, executable, &actions, nil, argv + [nil], environ)
    guard spawned == 0 else {
      throw BenchError("cannot run '\(executable)': \(String(cString: strerror(spawned)))")
    }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 {
      guard errno == EINTR else { throw BenchError("cannot wait for '\(executable)'") }
    }
    let end = MonotonicClock.nanoseconds()
    let signal = status & 0x7F
    return Run(
      seconds: Double(end - start) / 1e9,
      peakMemory: Int(usage.ru_maxrss) * 1024,
      status: signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    )
  }

  /// The first line the last run wrote to standard error, for reporting a failure.
  func firstErrorLine() -> String {
    guard let file = fopen(errorPath, "r") else { return "" }
    defer { fclose(file) }
    var line = [CChar](repeating: 0, count: 512)
    guard fgets(&line, Int32(line.count), file) != nil else { return "" }
    let text = String(
      decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) },
      as: UTF8.self
    )
    return text.hasSuffix("\n") ? String(text.dropLast()) : text
  }
}
