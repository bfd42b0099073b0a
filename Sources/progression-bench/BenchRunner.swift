import ProgressionCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
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
  var measurements: [Measurement] = []
  /// Where children's standard error goes; read back when one fails.
  var errorPath: String { "\(directory.path)/stderr.txt" }

  init(options: BenchOptions, progression: String, baseline: String, directory: TemporaryDirectory)
  {
    self.options = options
    self.progression = progression
    self.baseline = baseline
    self.directory = directory
  }

  /// The benchmark's own peak resident set size when it last spawned a child, in bytes.
  private(set) var ownPeakMemoryWhileSpawning = 0

  /// Runs everything, printing progress to standard error.
  ///
  /// The order matters for memory figures. On Linux a child started with `posix_spawn` (a
  /// `vfork`) inherits its parent's peak resident set size at `exec`, so a child's `ru_maxrss`
  /// can never read below the benchmark's own peak. So inputs are generated straight to files,
  /// every process is measured while the benchmark is still small, and only then are the files
  /// read back for the in-process measurements, which hold them and their parse trees in memory.
  mutating func run() throws(BenchError) {
    try directory.createFile("stderr.txt").close()
    var files: [(summary: BenchInput.Summary, path: String)] = []
    for input in BenchInput.standard(quick: options.quick) {
      progress("generating \(input.name)")
      let file = try input.generate(in: directory)
      files.append(
        (BenchInput.Summary(name: input.name, shape: input.shape, bytes: file.bytes), file.path)
      )
    }
    let validateFiles = try generateValidateFiles()
    try measureStartUp()
    var dumps: [Measurement] = []
    for file in files {
      progress("dump \(file.summary.name)")
      dumps.append(
        try measureProcess(
          "dump",
          arguments: ["dump", file.path],
          input: file.summary,
          runs: options.runs
        )
      )
    }
    let validate = try measureValidate(validateFiles)
    let search = try measureSearch(validateFiles)
    let site = try measureSite(validateFiles)
    let checklist = try measureChecklist()
    let scaling = try measureScaling()
    ownPeakMemoryWhileSpawning = ownPeakMemory()
    for (file, dump) in zip(files, dumps) {
      let bytes: [UInt8]
      do {
        bytes = try SourceFile(reading: file.path).bytes
      } catch {
        throw BenchError(error.message)
      }
      for operation in InProcessOperation.all {
        progress("\(operation.name) \(file.summary.name)")
        measurements.append(
          measureInProcess(
            operation,
            on: InProcessOperation.Input(bytes: bytes, path: file.path),
            summary: file.summary
          )
        )
      }
      measurements.append(dump)
    }
    measurements.append(validate)
    measurements.append(search)
    measurements.append(site)
    measurements += checklist
    measurements += scaling
  }

  /// The baseline program and `show backend --level 3`, run alternately so that both see the
  /// same machine load.
  private mutating func measureStartUp() throws(BenchError) {
    progress("start-up: \(baseline) and show backend --level 3")
    let none = BenchInput.Summary(name: "minimal program", shape: .other, bytes: 0)
    var hello = Measurement(operation: "start-up", kind: .process, input: none)
    var show = Measurement(
      operation: "show",
      kind: .process,
      input: BenchInput.Summary(name: "backend --level 3", shape: .other, bytes: 0)
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
    measurements += [hello, show]
  }

  /// Seed-sized files for `validate`: 1,000 of them (100 with `--quick`), each different, each
  /// with its own front matter `path` (two claiming one are an error).
  private func generateValidateFiles() throws(BenchError) -> (paths: [String], bytes: Int) {
    let count = options.quick ? 100 : 1000
    progress("generating \(count) seed-sized files")
    try directory.makeFolder("validate")
    var paths: [String] = []
    var total = 0
    for index in 1...count {
      let input = BenchInput(
        name: "",
        fileName: "validate/framework-\(index).md",
        shape: .other,
        seed: 1000 + UInt64(index)
      ) { $0.writeFramework(size: 17_500, name: "framework-\(index)") }
      let file = try input.generate(in: directory)
      paths.append(file.path)
      total += file.bytes
    }
    return (paths, total)
  }

  /// `validate` over the seed-sized files in one call; "n/a" while the command doesn't exist.
  private func measureValidate(
    _ files: (paths: [String], bytes: Int)
  ) throws(BenchError) -> Measurement {
    progress("validate \(files.paths.count) files")
    let summary = BenchInput.Summary(
      name: "\(files.paths.count) files",
      shape: .other,
      bytes: files.bytes
    )
    var measurement = try measureProcess(
      "validate",
      arguments: ["validate"] + files.paths,
      input: summary,
      runs: options.runs
    )
    if measurement.status == 2 {
      measurement.seconds = []
      measurement.failure = "n/a: \(measurement.failure ?? "usage error")"
    }
    return measurement
  }

  /// `search` over the folder of the seed-sized files, for two common words, to compare with
  /// `validate` on the same files.
  private func measureSearch(
    _ files: (paths: [String], bytes: Int)
  ) throws(BenchError) -> Measurement {
    try measureOnFolder("search", of: files) {
      ["search", "--dir", $0, "--no-built-in", "feedback", "code"]
    }
  }

  /// `site` of the folder of the seed-sized files (a page each, every file validated first),
  /// written over the same output folder each run, to compare with `validate` on the same files.
  private func measureSite(
    _ files: (paths: [String], bytes: Int)
  ) throws(BenchError) -> Measurement {
    try measureOnFolder("site", of: files) {
      ["site", directory.path + "/site", "--dir", $0, "--no-built-in"]
    }
  }

  /// `operation` run on the folder holding `files`, with the arguments `arguments` gives for
  /// that folder.
  private func measureOnFolder(
    _ operation: String,
    of files: (paths: [String], bytes: Int),
    arguments: (String) -> [String]
  ) throws(BenchError) -> Measurement {
    progress("\(operation) \(files.paths.count) files")
    let folder = files.paths.first.map { String($0[..<($0.lastIndex(of: "/") ?? $0.endIndex)]) }
    return try measureProcess(
      operation,
      arguments: arguments(folder ?? "."),
      input: BenchInput.Summary(
        name: "\(files.paths.count) files",
        shape: .other,
        bytes: files.bytes
      ),
      runs: options.runs
    )
  }

  /// Times an in-process operation: one untimed warm-up run, then `options.runs` timed ones.
  private func measureInProcess(
    _ operation: InProcessOperation,
    on input: InProcessOperation.Input,
    summary: BenchInput.Summary
  ) -> Measurement {
    var measurement = Measurement(operation: operation.name, kind: .inProcess, input: summary)
    do {
      let body = try operation.prepare(input)
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
  func measureProcess(
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

  func record(
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

  func progress(_ message: String) {
    printToStandardError("progression-bench: \(message)\n")
  }
}

/// The benchmark's own peak resident set size so far, in bytes: the high-water mark of its
/// address space (`VmHWM` in `/proc/self/status`), which is what a spawned child inherits.
///
/// Not `getrusage`: its `ru_maxrss` survives `exec`, so under `swift run` it reports SwiftPM's
/// peak rather than the benchmark's.
private func ownPeakMemory() -> Int {
  if let file = fopen("/proc/self/status", "r") {
    defer { fclose(file) }
    var line = [CChar](repeating: 0, count: 256)
    while fgets(&line, Int32(line.count), file) != nil {
      let text = String(
        decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) },
        as: UTF8.self
      )
      guard text.hasPrefix("VmHWM:") else { continue }
      let digits = text.dropFirst(6).filter { $0.isASCII && $0.isNumber }
      if let kilobytes = Int(digits) { return kilobytes * 1024 }
    }
  }
  var usage = rusage()
  getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
  return Int(usage.ru_maxrss) * 1024
}

/// Keeps `value` alive as far as the optimizer can tell, so that the work producing it stays.
@inline(never)
func blackHole(_ value: Int) {
  _ = value
}
