#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The benchmark as a command: options in, report out.
enum BenchCommand {
  /// Runs the benchmark with the process's arguments and returns the exit status: 0 when it
  /// ran (whatever the targets' verdicts), 1 when it could not, 2 for a usage error.
  static func main(arguments: [String]) -> Int32 {
    let options: BenchOptions
    do {
      options = try BenchOptions(arguments: arguments)
    } catch {
      printToStandardError("progression-bench: error: \(error)\n")
      return 2
    }
    if options.showHelp {
      print(BenchOptions.usage)
      return 0
    }
    do {
      let folder = executableFolder()
      let progression = options.progressionPath ?? "\(folder)/progression"
      let baseline = options.baselinePath ?? "\(folder)/bench-hello"
      for program in [progression, baseline] where access(program, X_OK) != 0 {
        throw BenchError(
          "cannot run '\(program)'; build it with 'swift build -c release' or pass its path"
        )
      }
      let directory = try TemporaryDirectory()
      defer {
        if options.keepInputs {
          printToStandardError("progression-bench: inputs kept in \(directory.path)\n")
        } else {
          directory.remove()
        }
      }
      var runner = BenchRunner(
        options: options,
        progression: progression,
        baseline: baseline,
        directory: directory
      )
      try runner.run()
      let report = BenchReport(
        options: options,
        progressionPath: progression,
        baselinePath: baseline,
        measurements: runner.measurements,
        processors: sysconf(Int32(_SC_NPROCESSORS_ONLN)),
        ownPeakMemory: runner.ownPeakMemoryWhileSpawning
      )
      print(options.json ? report.json : report.table, terminator: "")
      return 0
    } catch {
      printToStandardError("progression-bench: error: \(error)\n")
      return 1
    }
  }

  /// The folder holding the running executable, where SwiftPM also puts `progression` and
  /// `bench-hello` (the benchmark's dependencies, built with the same configuration).
  private static func executableFolder() -> String {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    let path =
      length > 0
      ? String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      : CommandLine.arguments.first ?? "."
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return String(path[..<slash])
  }
}
