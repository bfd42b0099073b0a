/// The report as a table for people.
extension BenchReport {
  var table: String {
    var lines: [String] = []
    lines.append(
      "progression-bench: median of \(options.runs) runs (start-up: \(options.startupRuns)),"
        + " \(processors) processors\(options.quick ? ", --quick" : "")"
    )
    lines.append("progression: \(progressionPath)")
    lines.append("baseline:    \(baselinePath)")
    lines.append(
      "benchmark's own peak memory by its last spawn: \(Formatting.size(ownPeakMemory))"
        + " (a child's peak memory may include up to this)"
    )
    lines.append("")
    lines.append(Self.row(Self.columns.map(\.heading), columns: Self.columns))
    var previousInput: String?
    for measurement in measurements {
      let inputLabel = measurement.input.name == previousInput ? "" : measurement.input.name
      if inputLabel != "" && previousInput != nil { lines.append("") }
      previousInput = measurement.input.name
      lines.append(Self.row(cells(for: measurement, inputLabel: inputLabel), columns: Self.columns))
      if let failure = measurement.failure {
        lines.append("    \(measurement.operation): \(failure)")
      }
    }
    lines.append("")
    lines += scalingTable
    lines.append("")
    lines += legend
    lines.append("")
    lines.append(Self.row(Self.targetColumns.map(\.heading), columns: Self.targetColumns))
    for check in targets {
      let measured = check.value.map { "\(Formatting.significant($0))" } ?? "-"
      let limit =
        "\(check.atLeast ? "≥" : "≤") \(Formatting.significant(check.limit)) \(check.unit)"
      var line = Self.row(
        [check.name, measured, limit, check.verdict.rawValue],
        columns: Self.targetColumns
      )
      if let note = check.note { line += "  (\(note))" }
      lines.append(line)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A column of a table: its heading, width and alignment.
  private struct Column {
    var heading: String
    var width: Int
    var rightAligned = true
  }

  private static let columns = [
    Column(heading: "input", width: 18, rightAligned: false),
    Column(heading: "size", width: 9),
    Column(heading: "operation", width: 20, rightAligned: false),
    Column(heading: "median", width: 9),
    Column(heading: "MB/s", width: 8),
    Column(heading: "ns/B", width: 7),
    Column(heading: "of floor", width: 8),
    Column(heading: "× start", width: 7),
    Column(heading: "per B", width: 7),
    Column(heading: "peak mem", width: 9),
    Column(heading: "mem/B", width: 6),
    Column(heading: "exit", width: 4),
  ]

  private static let targetColumns = [
    Column(heading: "target", width: 38, rightAligned: false),
    Column(heading: "measured", width: 9),
    Column(heading: "limit", width: 22, rightAligned: false),
    Column(heading: "verdict", width: 7, rightAligned: false),
  ]

  private func cells(for measurement: Measurement, inputLabel: String) -> [String] {
    let operation =
      measurement.kind == .process ? "\(measurement.operation) (process)" : measurement.operation
    let perByte = measurement.operation == "floor" ? nil : perByteRatio(of: measurement)
    return [
      inputLabel,
      inputLabel.isEmpty || measurement.input.bytes == 0
        ? "" : Formatting.size(measurement.input.bytes),
      operation,
      measurement.median.map(Formatting.duration) ?? "-",
      measurement.megabytesPerSecond.map(Formatting.significant) ?? "",
      measurement.nanosecondsPerByte.map(Formatting.significant) ?? "",
      floorFraction(of: measurement).map(Formatting.significant) ?? "",
      startUpRatio(of: measurement).map { "\(Formatting.significant($0))×" } ?? "",
      perByte.map { "\(Formatting.significant($0))×" } ?? "",
      measurement.peakMemory.map(Formatting.size) ?? "",
      measurement.memoryPerInputByte.map(Formatting.significant) ?? "",
      measurement.status.map(String.init) ?? "",
    ]
  }

  private var legend: [String] {
    [
      "floor: `for byte in bytes where byte == 10 { count += 1 }` over the same in-memory bytes.",
      "of floor: the floor's time on the same bytes / this time (0.10 = a tenth of",
      "  the floor's speed). per B: time per byte / the same operation's on the \(referenceInput) file.",
      "× start: time / the baseline program's start-up (show runs alternately with it).",
      "peak mem: the child's ru_maxrss (max over runs); mem/B: per input byte.",
      "Peers on this kind of machine (from the issue, not measured here): PyYAML+libyaml 4 MB/s,",
      "  Yams 5.5 MB/s, newline loop about 1.5 GB/s, a bare Swift hello about 3 ms.",
    ]
  }

  private static func row(_ cells: [String], columns: [Column]) -> String {
    var line = ""
    for (index, (cell, column)) in zip(cells, columns).enumerated() {
      if index > 0 { line += " " }
      line += Formatting.pad(cell, column.width, right: column.rightAligned)
    }
    while line.hasSuffix(" ") { line.removeLast() }
    return line
  }
}
