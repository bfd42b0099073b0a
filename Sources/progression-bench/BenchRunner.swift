#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Generates the inputs, runs every measurement and collects them into a report.
struct BenchRunner {
  let options: BenchOptions
  /// The `progression` binary under test.
  let progression: String
  /// The minimal program whose start-up `show` is compared with.
  let baseline: String
  let directory: TemporaryDirectory
  private(set) var measurements: [Measurement] = []
  /// Where children's standard error goes; read back when one fails.
  private var errorPath: String { "\(directory.path)/stderr.txt" }

  init(options: BenchOptions, progression: String, baseline: String, directory: TemporaryDirectory)
  {
    self.options = options
    self.progression = progression
    self.baseline = baseline
    self.directory = directory
  }

  /// Runs everything, printing progress to standard error.
  mutating func run() throws(BenchError) {
    try directory.write([], to: "stderr.txt")
    try measureStartUp()
    for input in BenchInput.standard(quick: options.quick) {
      progress("generating \(input.name)")
      let bytes = input.make()
      let file = try directory.write(bytes, to: input.fileName)
      let summary = BenchInput.Summary(name: input.name, shape: input.shape, bytes: bytes.count)
      for operation in InProcessOperation.all {
        progress("\(operation.name) \(input.name)")
        measurements.append(measureInProcess(operation, on: bytes, input: summary))
      }
      progress("dump \(input.name)")
      measurements.append(
        try measureProcess("dump", arguments: ["dump", file], input: summary, runs: options.runs)
      )
    }
    try measureValidate()
  }

  /// The baseline program and `show backend --level 3`, run alternately so that both see the
  /// same machine load.
  private mutating func measureStartUp() throws(BenchError) {
    progress("start-up: \(baseline) and show backend --level 3")
    let none = BenchInput.Summary(name: "", shape: .other, bytes: 0)
    var hello = Measurement(operation: "start-up", kind: .process, input: none)
    let backend = "\(options.frameworksPath)/backend.md"
    let showBytes = fileSize(backend)
    var show = Measurement(
      operation: "show",
      kind: .process,
      input: BenchInput.Summary(name: "backend --level 3", shape: .other, bytes: showBytes ?? 0)
    )
    let helloProcess = ChildProcess(executable: baseline, arguments: [], errorPath: errorPath)
    let showProcess = ChildProcess(
      executable: progression,
      arguments: ["show", "backend", "--level", "3"],
      errorPath: errorPath
    )
    for run in 0...options.startupRuns {
      let helloRun = try helloProcess.run()
      let showRun = try showProcess.run()
      if run == 0 { continue }
      record(helloRun, of: helloProcess, in: &hello)
      record(showRun, of: showProcess, in: &show)
    }
    if showBytes == nil { show.failure = "no '\(backend)'; run from the package root" }
    measurements += [hello, show]
  }

  /// `validate` over many seed-sized files in one call; "n/a" while the command doesn't exist.
  private mutating func measureValidate() throws(BenchError) {
    let count = options.quick ? 100 : 1000
    progress("generating \(count) seed-sized files")
    try directory.makeFolder("validate")
    var files: [String] = []
    var total = 0
    for index in 1...count {
      let bytes = FrameworkGenerator.framework(size: 17_500, seed: 1000 + UInt64(index))
      total += bytes.count
      files.append(try directory.write(bytes, to: "validate/framework-\(index).md"))
    }
    progress("validate \(count) files")
    let summary = BenchInput.Summary(name: "\(count) files", shape: .other, bytes: total)
    var measurement = try measureProcess(
      "validate",
      arguments: ["validate"] + files,
      input: summary,
      runs: options.runs
    )
    if measurement.status == 2 {
      measurement.seconds = []
      measurement.failure = "n/a: \(measurement.failure ?? "usage error")"
    }
    measurements.append(measurement)
  }

  /// Times an in-process operation: one untimed warm-up run, then `options.runs` timed ones.
  private func measureInProcess(
    _ operation: InProcessOperation,
    on bytes: [UInt8],
    input: BenchInput.Summary
  ) -> Measurement {
    var measurement = Measurement(operation: operation.name, kind: .inProcess, input: input)
    do {
      let body = try operation.prepare(bytes)
      blackHole(try body())
      for _ in 0..<options.runs {
        let (seconds, result) = try MonotonicClock.time(body)
        blackHole(result)
        measurement.seconds.append(seconds)
      }
    } catch {
      measurement.seconds = []
      measurement.failure = "\(error)"
    }
    return measurement
  }

  /// Times `progression` as a child process: one untimed warm-up run, then `runs` timed ones.
  /// A run that fails is still timed (an invalid pathological file costs its parse), and the
  /// measurement keeps the exit status and first error line.
  private func measureProcess(
    _ operation: String,
    arguments: [String],
    input: BenchInput.Summary,
    runs: Int
  ) throws(BenchError) -> Measurement {
    var measurement = Measurement(operation: operation, kind: .process, input: input)
    let process = ChildProcess(executable: progression, arguments: arguments, errorPath: errorPath)
    _ = try process.run()
    for _ in 0..<runs {
      record(try process.run(), of: process, in: &measurement)
    }
    return measurement
  }

  private func record(
    _ run: ChildProcess.Run,
    of process: ChildProcess,
    in measurement: inout Measurement
  ) {
    measurement.seconds.append(run.seconds)
    measurement.peakMemory = max(measurement.peakMemory ?? 0, run.peakMemory)
    if run.status != 0 && (measurement.status ?? 0) == 0 {
      measurement.status = run.status
      measurement.failure = process.firstErrorLine()
    } else if measurement.status == nil {
      measurement.status = run.status
    }
  }

  private func progress(_ message: String) {
    printToStandardError("progression-bench: \(message)\n")
  }
}

/// The size of the file at `path`, or `nil` if there is none.
private func fileSize(_ path: String) -> Int? {
  var status = stat()
  guard stat(path, &status) == 0 else { return nil }
  return Int(status.st_size)
}

/// Keeps `value` alive as far as the optimizer can tell, so that the work producing it stays.
@inline(never)
func blackHole(_ value: Int) {
  _ = value
}
