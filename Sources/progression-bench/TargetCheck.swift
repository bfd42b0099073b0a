/// One of the issue's performance targets, checked against this run's figures.
struct TargetCheck {
  /// The outcome.
  enum Verdict: String {
    case pass
    case fail
    /// Not measured in this run: `--quick`, a command that doesn't exist yet, or an error.
    case notAvailable = "n/a"
  }

  /// What is checked, such as `dump 10 MB throughput`.
  var name: String
  /// The measured figure, or `nil` when it could not be measured.
  var value: Double?
  /// The limit it must meet.
  var limit: Double
  /// Whether the figure must be at least (`true`) or at most (`false`) the limit.
  var atLeast: Bool
  /// The unit shown after both numbers, such as `MB/s` or `× floor`.
  var unit: String
  /// Why the figure is missing or what to keep in mind, if anything.
  var note: String?

  var verdict: Verdict {
    guard let value else { return .notAvailable }
    return (atLeast ? value >= limit : value <= limit) ? .pass : .fail
  }
}

extension BenchReport {
  /// The issue's targets, in its order.
  var targets: [TargetCheck] {
    var checks: [TargetCheck] = []
    for size in ["10 MB", "50 MB"] {
      let measured = measurement("dump", input: size)
      let dump = measured?.succeeded == true ? measured : nil
      let note = Self.note(for: measured)
      checks.append(
        TargetCheck(
          name: "dump \(size) throughput",
          value: dump?.megabytesPerSecond,
          limit: 150,
          atLeast: true,
          unit: "MB/s",
          note: note
        )
      )
      checks.append(
        TargetCheck(
          name: "dump \(size) vs newline floor",
          value: dump.flatMap(floorFraction),
          limit: 0.1,
          atLeast: true,
          unit: "× floor",
          note: note
        )
      )
    }
    let dump50 = measurement("dump", input: "50 MB")
    checks.append(
      TargetCheck(
        name: "dump 50 MB peak memory",
        value: dump50?.succeeded == true ? dump50?.memoryPerInputByte : nil,
        limit: 4,
        atLeast: false,
        unit: "B per input B",
        note: Self.note(for: dump50)
      )
    )
    let show = measurement("show", input: "backend --level 3")
    checks.append(
      TargetCheck(
        name: "show backend --level 3 start-up",
        value: show?.succeeded == true ? show.flatMap(startUpRatio) : nil,
        limit: 1.5,
        atLeast: false,
        unit: "× baseline",
        note: Self.note(for: show)
      )
    )
    let validate = measurements.first { $0.operation == "validate" }
    checks.append(
      TargetCheck(
        name: "validate \(validate?.input.name ?? "files") aggregate",
        value: validate?.succeeded == true ? validate?.megabytesPerSecond : nil,
        limit: 100,
        atLeast: true,
        unit: "MB/s",
        note: Self.note(for: validate)
      )
    )
    for (operation, limit) in [("search", 2.0), ("site", 8.0)] {
      let measured = measurements.first { $0.operation == operation }
      checks.append(
        TargetCheck(
          name: "\(operation) \(measured?.input.name ?? "files") vs validate",
          value: Self.ratio(of: measured, to: validate),
          limit: limit,
          atLeast: false,
          unit: "× validate",
          note: Self.note(for: measured)
        )
      )
    }
    checks += checklistChecks
    checks.append(versusShow(InProcessOperation.runMatrixJSON.name, label: "matrix"))
    checks.append(
      versusShow(InProcessOperation.runCompareJSON.name, label: "compare", filesShown: 2)
    )
    checks += shapeChecks
    return checks
  }

  /// The median time of `measured` over that of `validate`, when both succeeded.
  private static func ratio(of measured: Measurement?, to validate: Measurement?) -> Double? {
    guard measured?.succeeded == true, validate?.succeeded == true else { return nil }
    return measured?.median.flatMap { time in validate?.median.map { time / $0 } }
  }

  /// `checklist` and `checklist --update` on the framework of about 1,000 criteria, as ratios
  /// to `validate` of the same file in the same run (the issue asks for the ratios; the
  /// limits are the ones measured when they were added, with room for noise).
  private var checklistChecks: [TargetCheck] {
    let validate = measurements.first {
      $0.operation == "validate" && $0.input.name.hasSuffix("criteria")
    }
    return [("checklist", 3.0), ("checklist --update", 10.0)].map { operation, limit in
      let measured = measurements.first { $0.operation == operation }
      return TargetCheck(
        name: "\(operation) \(measured?.input.name ?? "criteria") vs validate",
        value: Self.ratio(of: measured, to: validate),
        limit: limit,
        atLeast: false,
        unit: "× validate",
        note: Self.note(for: measured)
      )
    }
  }

  /// `operation` (`matrix`, `compare`) on the largest generated framework of the run, within
  /// 2× of `show`'s time on it (all in-process, JSON, so that process start-up does not hide the
  /// difference).
  ///
  /// `filesShown` is how many frameworks of that size the operation reads and writes: `compare`
  /// reads the file and its sister (the same bytes but ` the ` → ` our `, so the same size and
  /// shape) and writes both sides of every criterion, so the note also gives its time against
  /// showing both, twice `show`'s time on one.
  private func versusShow(_ operation: String, label: String, filesShown: Int = 1) -> TargetCheck {
    let largest = measurements.filter {
      $0.operation == operation && $0.input.shape == .normal
    }
    .max { $0.input.bytes < $1.input.bytes }
    let show = largest.flatMap {
      measurement(InProcessOperation.runShowJSON.name, input: $0.input.name)
    }
    let ratio =
      largest?.succeeded == true && show?.succeeded == true
      ? largest?.median.flatMap { time in show?.median.map { time / $0 } } : nil
    let againstAllShown =
      filesShown == 1
      ? nil
      : ratio.map { "\(Formatting.fixed($0 / Double(filesShown), 2))× show of all it reads" }
    let notes = [Self.note(for: largest), againstAllShown].compactMap { $0 }
    return TargetCheck(
      name: "\(label) \(largest?.input.name ?? "largest file") vs show",
      value: ratio,
      limit: 2,
      atLeast: false,
      unit: "× show",
      note: notes.isEmpty ? nil : notes.joined(separator: "; ")
    )
  }

  /// Per-byte time of the larger sizes and of each pathological shape, for `parse` and `dump`,
  /// within 2× of the reference input's.
  private var shapeChecks: [TargetCheck] {
    measurements.compactMap { measurement in
      guard measurement.operation == "parse" || measurement.operation == "dump",
        measurement.input.shape == .pathological
          || (measurement.input.shape == .normal && measurement.input.name == "50 MB")
      else { return nil }
      return TargetCheck(
        name: "\(measurement.operation) \(measurement.input.name) per byte",
        value: measurement.completedParse ? perByteRatio(of: measurement) : nil,
        limit: 2,
        atLeast: false,
        unit: "× \(referenceInput)",
        note: Self.note(for: measurement)
      )
    }
  }

  /// The failure of `measurement`, with its exit status for a process; for a missing one, why.
  private static func note(for measurement: Measurement?) -> String? {
    guard let measurement else { return "not measured with --quick" }
    guard let failure = measurement.failure else { return nil }
    guard let status = measurement.status, measurement.kind == .process else { return failure }
    return "exit \(status): \(failure)"
  }
}
