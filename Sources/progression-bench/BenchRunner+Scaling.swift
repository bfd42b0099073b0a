import ProgressionCore

/// Fixes and findings at 10,000, 20,000 and 40,000: time that doubles with the count is linear,
/// time that quadruples is quadratic. `validate --fix` and `--dry-run` once took 20 s for 40,000
/// fixes, and 20,000 findings on one line 12 s in every format.
extension BenchRunner {
  /// The counts measured, each twice the one before.
  static let scalingCounts = [10_000, 20_000, 40_000]

  /// The operations measured at each count, on which input, with which arguments.
  static let scalingOperations: [(name: String, onOneLine: Bool, arguments: [String])] = [
    ("validate --fix", false, ["validate", "--fix"]),
    ("validate --dry-run", false, ["validate", "--dry-run"]),
    ("validate (text)", true, ["validate"]),
    ("validate --format json", true, ["validate", "--format", "json"]),
    ("validate --format github", true, ["validate", "--format", "github"]),
  ]

  /// The input label for `count` fixes, or `count` findings on one line.
  static func scalingInputName(_ count: Int, onOneLine: Bool) -> String {
    "\(count / 1000)k \(onOneLine ? "on one line" : "fixes")"
  }

  /// Generates the inputs and times every operation on them as a process; `--fix` gets the
  /// original file back before each run, untimed.
  mutating func measureScaling() throws(BenchError) -> [Measurement] {
    var results: [Measurement] = []
    for count in Self.scalingCounts {
      for onOneLine in [false, true] {
        let name = Self.scalingInputName(count, onOneLine: onOneLine)
        progress("generating \(name)")
        let input = BenchInput(
          name: name,
          fileName: "scaling-\(count)-\(onOneLine ? "line" : "fixes").md",
          shape: .other,
          seed: 200 + UInt64(count)
        ) {
          if onOneLine { $0.writeFindingsOnOneLine(count) } else { $0.writeFixes(count) }
        }
        let file = try input.generate(in: directory)
        let original: [UInt8]
        do {
          original = try SourceFile(reading: file.path).bytes
        } catch {
          throw BenchError(error.message)
        }
        let summary = BenchInput.Summary(name: name, shape: .other, bytes: file.bytes)
        for operation in Self.scalingOperations where operation.onOneLine == onOneLine {
          progress("\(operation.name) \(name)")
          let process = ChildProcess(
            executable: progression,
            arguments: operation.arguments + [file.path],
            errorPath: errorPath
          )
          var measurement = Measurement(operation: operation.name, kind: .process, input: summary)
          for run in 0...options.runs {
            let restored = try OutputFile(creating: file.path)
            restored.write(original)
            try restored.close()
            let timed = try process.run()
            if run > 0 { record(timed, of: process, in: &measurement) }
          }
          results.append(measurement)
        }
      }
    }
    return results
  }
}

extension BenchReport {
  /// Each scaling operation's median at each count, and the ratio to the count before:
  /// about 2 is linear, about 4 quadratic.
  var scalingTable: [String] {
    var lines = ["scaling (median; ×: time / time at half the count; 2 is linear, 4 quadratic):"]
    for operation in BenchRunner.scalingOperations {
      var line = Formatting.pad(operation.name, 26, right: false)
      var previous: Double?
      for count in BenchRunner.scalingCounts {
        let name = BenchRunner.scalingInputName(count, onOneLine: operation.onOneLine)
        guard let median = measurement(operation.name, input: name)?.median else { continue }
        line += "  \(name): \(Formatting.duration(median))"
        if let previous, previous > 0 { line += " (\(Formatting.significant(median / previous))×)" }
        previous = median
      }
      lines.append(line)
    }
    return lines
  }
}
