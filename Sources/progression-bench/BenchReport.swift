/// Everything one run of the benchmark measured, with the figures derived from it.
struct BenchReport {
  var options: BenchOptions
  var progressionPath: String
  var baselinePath: String
  var measurements: [Measurement]
  /// Online processors, for the reader comparing figures across machines.
  var processors: Int
  /// The benchmark's own peak resident set size while it spawned children, in bytes: no child's
  /// peak memory can read below it (see `BenchRunner.run()`).
  var ownPeakMemory: Int

  /// The normal input that pathological shapes and other sizes are compared with per byte.
  var referenceInput: String { options.quick ? "1 MB" : "10 MB" }

  /// The measurement of `operation` on the input named `input`.
  func measurement(_ operation: String, input: String) -> Measurement? {
    measurements.first { $0.operation == operation && $0.input.name == input }
  }

  /// The minimal program's start-up.
  var startUp: Measurement? { measurement("start-up", input: "minimal program") }

  /// The fraction of the newline-count floor's throughput that `measurement` reaches on the same
  /// input: floor time / its time. 0.1 means ten times slower than the floor.
  func floorFraction(of measurement: Measurement) -> Double? {
    guard measurement.input.shape != .other,
      let floor = self.measurement("floor", input: measurement.input.name)?.median,
      let median = measurement.median
    else { return nil }
    return floor / median
  }

  /// How many times the minimal program's start-up time `measurement` takes.
  func startUpRatio(of measurement: Measurement) -> Double? {
    guard let startUp = startUp?.median, let median = measurement.median, startUp > 0 else {
      return nil
    }
    return median / startUp
  }

  /// Time per byte relative to the same operation on the reference input: 1 is as fast per byte,
  /// 2 twice as slow.
  func perByteRatio(of measurement: Measurement) -> Double? {
    guard measurement.input.shape != .other,
      let reference = self.measurement(measurement.operation, input: referenceInput),
      reference.succeeded,
      let referencePerByte = reference.nanosecondsPerByte,
      let perByte = measurement.nanosecondsPerByte
    else { return nil }
    return perByte / referencePerByte
  }
}
