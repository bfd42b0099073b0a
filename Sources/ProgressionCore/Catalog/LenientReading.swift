import YAMLSubset

/// A framework read as its site shows it, with what was left out.
///
/// Readers (`show`, `list`, `diff`) display what the site displays, while `validate` reports
/// every problem. The site offers levels `1...levels` and never shows content at any other
/// level, so content outside them, and a `levels` below 1, are left out with one diagnostic per
/// file instead of refusing the whole file. Every other problem still makes the file unreadable.
struct LenientReading {
  /// The framework, without content at levels outside its own.
  var framework: Framework
  /// What was left out, at most one diagnostic per kind.
  var omissions: [Diagnostic]

  /// Reads `file` leniently, keeping its YAML tree in `keepAlive`.
  ///
  /// - Throws: `.invalid` with the first problem that is not about levels outside the
  ///   framework's.
  static func read(
    _ file: FrameworkFile,
    keepingDocumentIn keepAlive: KeepAlive?
  ) throws(FrameworkCatalogError) -> LenientReading {
    var decoder = FrameworkDecoder(collectingErrors: true, keepingDocumentsIn: keepAlive)
    var framework: Framework
    do {
      framework = try decoder.decode(file.source.bytes, name: file.name, format: file.format)
    } catch {
      throw .invalid(error, file: file.source)
    }
    var outOfRange: [FrameworkError] = []
    var notPositive: FrameworkError?
    for error in decoder.errors {
      switch error.reason {
      case .levelOutOfRange: outOfRange.append(error)
      case .levelsNotPositive: notPositive = error
      default: throw .invalid(error, file: file.source)
      }
    }
    var omissions: [Diagnostic] = []
    let path = file.source.path
    // What to pass `validate` for this file: standard input is '-'.
    let argument = path == SourceFile.standardInputPath ? "-" : path
    if let notPositive, case .levelsNotPositive(let count) = notPositive.reason {
      framework.levelCount = 0
      omissions.append(
        Diagnostic(
          severity: .warning,
          ruleID: notPositive.reason.ruleID,
          message: "'levels: \(count)' gives the framework no level to show, so none of its "
            + "criteria are shown; run 'progression validate \(argument)' for details",
          path: path,
          position: notPositive.position
        )
      )
    }
    if let first = outOfRange.first {
      let levels = Set(
        outOfRange.compactMap { error -> Int? in
          guard case .levelOutOfRange(let level, _, _) = error.reason else { return nil }
          return level
        }
      )
      omissions.append(
        Diagnostic(
          severity: .warning,
          ruleID: first.reason.ruleID,
          message: "content at \(LevelRanges.describe(levels)) is outside the framework's "
            + "\(LevelRanges.describe(framework.levels)) and is not shown, as on the site; "
            + "'progression validate \(argument)' points at each",
          path: path,
          position: first.position
        )
      )
    }
    if !omissions.isEmpty {
      let shown = framework.levels
      for index in framework.topics.indices {
        framework.topics[index].levels.removeAll { shown?.contains($0.level) != true }
      }
    }
    return LenientReading(framework: framework, omissions: omissions)
  }

  /// Says that the `generic` framework in `file` could not be read, so nothing is inherited.
  static func unreadableGeneric(
    _ error: FrameworkCatalogError,
    file: FrameworkFile
  ) -> Diagnostic {
    var position: SourcePosition?
    var ruleID = "generic-unreadable"
    if case .invalid(let frameworkError, _) = error {
      position = frameworkError.position
      ruleID = frameworkError.reason.ruleID
    }
    return Diagnostic(
      severity: .warning,
      ruleID: ruleID,
      message: "the generic framework cannot be read (\(error.message)), so nothing is "
        + "inherited from it; run 'progression validate \(file.source.path)' for details",
      path: file.source.path,
      position: position
    )
  }

  /// Says that the `generic` framework in `file` has no levels, so nothing is inherited.
  static func genericWithoutLevels(_ file: FrameworkFile) -> Diagnostic {
    Diagnostic(
      severity: .note,
      ruleID: ValidationRule.levelsNotPositive.id,
      message: "the generic framework has no levels, so nothing is inherited from it",
      path: file.source.path,
      position: nil
    )
  }
}

/// Level numbers written compactly for messages: `level 6`, `levels 2, 4 and 6–9`.
enum LevelRanges {
  /// `levels` as ranges of consecutive numbers, with thousands grouped: `levels 2–99,999,999`.
  static func describe(_ levels: Set<Int>) -> String {
    let sorted = levels.sorted()
    guard !sorted.isEmpty else { return "no levels" }
    var ranges: [ClosedRange<Int>] = []
    for level in sorted {
      if let last = ranges.last, last.upperBound &+ 1 == level {
        ranges[ranges.count - 1] = last.lowerBound...level
      } else {
        ranges.append(level...level)
      }
    }
    let parts = ranges.map { range in
      range.count == 1
        ? grouped(range.lowerBound) : "\(grouped(range.lowerBound))–\(grouped(range.upperBound))"
    }
    let noun = sorted.count == 1 ? "level" : "levels"
    guard parts.count > 1, let last = parts.last else { return "\(noun) \(parts[0])" }
    return "\(noun) \(parts.dropLast().joined(separator: ", ")) and \(last)"
  }

  /// A framework's levels: `levels 1–5`, `level 1`, or `no levels`.
  static func describe(_ levels: ClosedRange<Int>?) -> String {
    guard let levels else { return "no levels" }
    if levels.lowerBound == levels.upperBound { return "level \(grouped(levels.lowerBound))" }
    return "levels \(grouped(levels.lowerBound))–\(grouped(levels.upperBound))"
  }

  /// `number` with a comma every three digits: `99,999,999`.
  static func grouped(_ number: Int) -> String {
    let digits = String(number.magnitude)
    var result = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
      result.append(digit)
    }
    return number < 0 ? "-" + result : result
  }
}
