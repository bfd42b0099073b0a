/// The benchmark's command-line options.
struct BenchOptions {
  /// Timed runs per measurement; the report shows their median.
  var runs = 5
  /// Runs of each start-up measurement (the baseline program and `show`).
  var startupRuns = 20
  /// Small inputs only, for a smoke run.
  var quick = false
  /// Print JSON instead of the table.
  var json = false
  /// The `progression` binary to measure; by default the one beside the benchmark.
  var progressionPath: String?
  /// The minimal baseline program; by default `bench-hello` beside the benchmark.
  var baselinePath: String?
  /// Keep the generated inputs instead of removing them at the end.
  var keepInputs = false
  /// Print the usage and do nothing else.
  var showHelp = false

  static let usage = """
    USAGE: swift run -c release progression-bench [options]

    Measures the `progression` and `bench-hello` binaries beside it. `swift run -c release
    progression-bench` builds both (they are its dependencies) with the same flags. `swift run`
    has no --static-swift-stdlib; to measure the static binary CI ships, run
      swift build -c release --static-swift-stdlib --product progression-bench
      .build/release/progression-bench
    Generates framework-shaped inputs (1, 10, 50 MB and pathological shapes) under /tmp, times
    each stage in-process and the tool as a child process, and prints a table.

    OPTIONS:
      --runs <n>            timed runs per measurement, median reported (default: 5)
      --startup-runs <n>    runs of each start-up measurement (default: 20)
      --quick               1 MB inputs and smaller pathological shapes, for a smoke run
      --json                print machine-readable JSON instead of the table
      --progression <path>  the progression binary to measure (default: beside the benchmark)
      --baseline <path>     the minimal program to compare start-up with (default: bench-hello)
      --keep                keep the generated inputs and print where they are
      -h, --help            show this help
    """

  /// Parses the arguments after the program name.
  init(arguments: [String]) throws(BenchError) {
    var rest = arguments[...]
    while let argument = rest.popFirst() {
      switch argument {
      case "--runs": runs = try Self.count(after: argument, from: &rest)
      case "--startup-runs": startupRuns = try Self.count(after: argument, from: &rest)
      case "--quick": quick = true
      case "--json": json = true
      case "--progression": progressionPath = try Self.value(after: argument, from: &rest)
      case "--baseline": baselinePath = try Self.value(after: argument, from: &rest)
      case "--keep": keepInputs = true
      case "-h", "--help": showHelp = true
      default: throw BenchError("unknown option '\(argument)'; see --help")
      }
    }
  }

  init() {}

  private static func value(
    after option: String,
    from rest: inout ArraySlice<String>
  ) throws(BenchError) -> String {
    guard let value = rest.popFirst() else { throw BenchError("'\(option)' needs a value") }
    return value
  }

  private static func count(
    after option: String,
    from rest: inout ArraySlice<String>
  ) throws(BenchError) -> Int {
    let text = try value(after: option, from: &rest)
    guard let count = Int(text), count > 0 else {
      throw BenchError("'\(option)' needs a positive whole number, not '\(text)'")
    }
    return count
  }
}
