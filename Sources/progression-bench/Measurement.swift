/// One measured thing: an operation on an input, timed several times.
struct Measurement {
  /// Where the operation ran.
  enum Kind: String {
    /// Called as a library function inside the benchmark's process.
    case inProcess = "in-process"
    /// The whole tool run as a child process, start-up and output included.
    case process
  }

  /// `floor`, `parse`, `dump`, `show`, `start-up`, ...
  var operation: String
  var kind: Kind
  var input: BenchInput.Summary
  /// The duration of each timed run, in seconds (the warm-up run excluded); empty when the
  /// operation could not run.
  var seconds: [Double] = []
  /// For a process: the largest peak resident set size over its runs, in bytes.
  var peakMemory: Int?
  /// For a process: its exit status (the first non-zero one, if any run failed).
  var status: Int32?
  /// Why the operation failed or could not run: an error, or a child's first line on stderr.
  var failure: String?

  /// The median duration in seconds; `nil` when nothing was timed.
  var median: Double? { seconds.isEmpty ? nil : Statistics.median(seconds) }

  /// The input's size in megabytes (10⁶ bytes) per second of the median.
  var megabytesPerSecond: Double? {
    guard input.bytes > 0 else { return nil }
    return median.map { Double(input.bytes) / $0 / 1e6 }
  }

  /// Nanoseconds per input byte, at the median.
  var nanosecondsPerByte: Double? {
    guard input.bytes > 0 else { return nil }
    return median.map { $0 * 1e9 / Double(input.bytes) }
  }

  /// Peak memory per input byte.
  var memoryPerInputByte: Double? {
    guard input.bytes > 0 else { return nil }
    return peakMemory.map { Double($0) / Double(input.bytes) }
  }

  /// Whether the operation read its whole input: it succeeded, or (for a process) it exited with
  /// status 1, the tool's "invalid input", after parsing a file the model refuses.
  var completedParse: Bool {
    !seconds.isEmpty && (kind == .process ? (status ?? 0) <= 1 : failure == nil)
  }

  /// Whether the operation ran and succeeded.
  var succeeded: Bool { !seconds.isEmpty && failure == nil && (status ?? 0) == 0 }
}
