package import YAMLSubset

/// What a `ValidationRun` found, file by file: what `validate`'s renderers lay out.
package struct ValidationReport {
  /// One checked file, or one path that could not be checked.
  package struct File {
    /// The path shown.
    package var path: String
    /// The bytes the findings point into (the file as written, after any fix), for excerpts;
    /// empty when none are shown.
    package var source: [UInt8] = []
    /// The line index of `source`, built when findings need excerpts.
    package var lines: LineIndex?
    /// What is wrong, in file order.
    package var findings: [Diagnostic] = []
    /// The findings `--fix` repaired, or would repair with `--dry-run`, positioned in the file
    /// as it was before.
    package var fixed: [Diagnostic] = []
    /// The unified diff of the fixes, with `--dry-run`.
    package var diff: String?

    /// A file at `path` with `findings`.
    package init(path: String, findings: [Diagnostic] = []) {
      self.path = path
      self.findings = findings
    }
  }

  /// The files, in the order they were checked.
  package var files: [File] = []
  /// Whether fixes were only shown, not written.
  package var isDryRun = false

  /// An empty report, of a run that writes its fixes or (`isDryRun`) only shows them.
  package init(isDryRun: Bool = false) {
    self.isDryRun = isDryRun
  }

  package var errorCount: Int { count(of: .error) }
  package var warningCount: Int { count(of: .warning) }
  package var fixedCount: Int { files.reduce(0) { $0 + $1.fixed.count } }

  private func count(of severity: Diagnostic.Severity) -> Int {
    files.reduce(0) { total, file in total + file.findings.count { $0.severity == severity } }
  }

  /// `2 errors, 3 warnings in 4 files`, `no problems in 1 file`, with what was fixed after it.
  package var summary: String {
    var parts: [String] = []
    if errorCount > 0 { parts.append(Self.counted(errorCount, "error")) }
    if warningCount > 0 { parts.append(Self.counted(warningCount, "warning")) }
    var text = parts.isEmpty ? "no problems" : parts.joined(separator: ", ")
    text += " in " + Self.counted(files.count, "file")
    if fixedCount > 0 {
      let problems = Self.counted(fixedCount, "problem")
      text += isDryRun ? "; --fix would fix \(problems)" : "; fixed \(problems)"
    }
    return text
  }

  /// `PATH: fixed 38 problems: 36 mojibake, 2 whitespace`, or `nil` when nothing was fixed.
  package static func fixedLine(for file: File) -> String? {
    guard !file.fixed.isEmpty else { return nil }
    var rules: [(id: String, count: Int)] = []
    for diagnostic in file.fixed {
      if let index = rules.firstIndex(where: { $0.id == diagnostic.ruleID }) {
        rules[index].count += 1
      } else {
        rules.append((diagnostic.ruleID, 1))
      }
    }
    let breakdown = rules.map { "\($0.count) \($0.id)" }.joined(separator: ", ")
    return "\(file.path): fixed \(counted(file.fixed.count, "problem")): \(breakdown)"
  }

  /// `1 file`, `2 files`.
  package static func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
  }
}
