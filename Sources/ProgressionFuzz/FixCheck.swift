import ProgressionCore

/// The promises of `validate --fix`, checked on one file: a fix changes only the bytes it names
/// and no line break, and the fixed file is clean of what was fixed and otherwise unchanged.
///
/// Where an error of the reader (front matter, YAML, a document that is not a mapping) stopped
/// the validator, a fix may repair that error too (mojibake whose bytes hold a control
/// character), and the checks after it then run: the fixed file must still be clean of what was
/// fixed and still have every other finding, but may have that error no more, and more findings.
/// Likewise, a repair of mojibake may reveal a look-alike space or an invisible character the
/// text really holds, and what follows from it (see `revealedByRepair`).
package enum FixCheck {
  /// The broken promises when the fixes of `findings` are applied to `file`.
  ///
  /// - Parameter stoppedBy: the reader's error that stopped the validator, if one did.
  package static func problems(
    fixing findings: [Diagnostic],
    of file: SourceFile,
    format: FrameworkFormat,
    stoppedBy: Diagnostic?
  ) -> [String] {
    let fixed = FixedFile(applying: findings, to: file.bytes)
    guard fixed.hasChanges else { return [] }
    var problems = editProblems(fixed, original: file.bytes).map { "\(format): \($0)" }
    let again = FrameworkValidator.validate(
      SourceFile(path: file.path, bytes: fixed.bytes),
      format: format
    )
    var expected = Self.counts(of: findings)
    for finding in fixed.fixed { expected[Key(finding), default: 0] -= 1 }
    expected = expected.filter { $0.value != 0 }
    let found = Self.counts(of: again)
    var gained = found.filter { $0.value > expected[$0.key, default: 0] }.keys.sorted()
    var lost = expected.filter { $0.value > found[$0.key, default: 0] }.keys.sorted()
    if let stoppedBy {
      let fixedKeys = Set(fixed.fixed.map(Key.init))
      gained.removeAll { !fixedKeys.contains($0) }
      lost.removeAll { $0 == Key(stoppedBy) }
    }
    gained.removeAll { revealedByRepair($0, fixed: fixed.fixed) }
    if !gained.isEmpty || !lost.isEmpty {
      problems.append(
        "\(format): validating the fixed bytes finds \(gained) more and \(lost) "
          + "fewer than before, besides the \(fixed.fixed.count) fixed"
      )
    }
    return problems
  }

  /// Whether `finding` may be new because a repair of mojibake revealed what a text really
  /// says: a look-alike space or an invisible character (and the white space or the duplicate
  /// its removal then makes) on a repaired line, or a text repeated anywhere.
  private static func revealedByRepair(_ finding: Key, fixed: [Diagnostic]) -> Bool {
    let repaired = fixed.filter { $0.ruleID == ValidationRule.mojibake.id }
    guard !repaired.isEmpty else { return false }
    switch finding.ruleID {
    case ValidationRule.duplicateCriterion.id: return true
    case ValidationRule.invisibleCharacter.id, ValidationRule.whitespace.id,
      ValidationRule.emptyCriterion.id, ValidationRule.emptyExample.id:
      return repaired.contains { $0.position?.line == finding.line }
    default: return false
    }
  }

  /// What is wrong with the edits of `fixed`: one that overlaps another, reaches outside the
  /// file or touches a line break, or a byte outside the edits that changed.
  private static func editProblems(_ fixed: FixedFile, original: [UInt8]) -> [String] {
    var problems: [String] = []
    var copied = 0
    var result = 0
    for edit in fixed.edits {
      let range = edit.range
      guard range.lowerBound >= copied, range.upperBound <= original.count else {
        return ["the edit of \(range) overlaps another or leaves the file"]
      }
      let kept = range.lowerBound - copied
      if !fixed.bytes[result..<result + kept].elementsEqual(original[copied..<range.lowerBound]) {
        problems.append("bytes before the edit of \(range) changed")
      }
      if original[range].contains(where: isLineBreak)
        || edit.replacement.utf8.contains(where: isLineBreak)
      {
        problems.append("the edit of \(range) changes a line break")
      }
      result += kept + edit.replacement.utf8.count
      copied = range.upperBound
    }
    if !fixed.bytes[result...].elementsEqual(original[copied...]) {
      problems.append("bytes after the last edit changed")
    }
    return problems
  }

  private static func isLineBreak(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
  }

  /// How many findings there are of each kind.
  private static func counts(of findings: [Diagnostic]) -> [Key: Int] {
    findings.reduce(into: [:]) { counts, finding in counts[Key(finding), default: 0] += 1 }
  }

  /// What identifies a finding across a fix: its rule, severity and line. Columns move when a
  /// fix deletes bytes before them on their line, and messages quote text a fix may repair.
  private struct Key: Hashable, Comparable, CustomStringConvertible {
    var ruleID: String
    var severity: String
    var line: Int

    init(_ finding: Diagnostic) {
      ruleID = finding.ruleID
      severity = finding.severity.rawValue
      line = finding.position?.line ?? 0
    }

    var description: String { "\(severity) [\(ruleID)] on line \(line)" }

    static func < (lhs: Key, rhs: Key) -> Bool {
      (lhs.line, lhs.ruleID, lhs.severity) < (rhs.line, rhs.ruleID, rhs.severity)
    }
  }
}
