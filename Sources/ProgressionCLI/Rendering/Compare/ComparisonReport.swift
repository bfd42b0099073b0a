import ProgressionCore

/// What `compare` prints: the comparison of two frameworks and the facts the renderers put
/// around it.
struct ComparisonReport: Sendable {
  /// One of the two frameworks compared.
  struct Side: Sendable {
    /// The framework, as its site shows it.
    var framework: Framework
    /// The path of its file, as given or found.
    var source: String
    /// The command-line argument that named it.
    var argument: String
    /// How the output names it: its name, or the argument that named it when both frameworks
    /// have the same name (`engineering/backend` and `platform/backend`).
    var label: String

    /// The side of a loaded framework, named on the command line by `argument`.
    init(_ loaded: LoadedFramework, argument: String) {
      framework = loaded.framework
      source = loaded.file.source.path
      self.argument = argument
      label = loaded.framework.name
    }

    /// The framework's name, such as `backend`.
    var name: String { framework.name }
    /// How many levels it has.
    var levelCount: Int { framework.levelCount }
    /// Whether it is prose only (`yaml: false`): it has no criteria.
    var isProseOnly: Bool { framework.isProseOnly }
  }

  /// The first framework, on the left.
  var a: Side
  /// The second framework, on the right.
  var b: Side
  /// What both expect and what only one does.
  var comparison: FrameworkComparison

  /// A report on `comparison` of `a` with `b`, naming each by its argument when their names are
  /// the same but their files and arguments are not.
  init(a: Side, b: Side, comparison: FrameworkComparison) {
    self.a = a
    self.b = b
    self.comparison = comparison
    if a.name == b.name && FilePath.normalized(a.source) != FilePath.normalized(b.source)
      && a.argument != b.argument
    {
      self.a.label = a.argument
      self.b.label = b.argument
    }
  }

  /// The notes said before the comparison: one file twice, a prose-only framework, levels
  /// compared that only one framework has.
  var notes: [String] {
    var notes: [String] = []
    let isOneFile = FilePath.normalized(a.source) == FilePath.normalized(b.source)
    if isOneFile {
      notes.append("both name the same file: every criterion is the same")
    }
    for side in isOneFile ? [a] : [a, b] where side.isProseOnly {
      notes.append("'\(side.label)' is prose only (yaml: false): it has no criteria")
    }
    if a.levelCount != b.levelCount, !a.isProseOnly, !b.isProseOnly,
      let last = comparison.levels.last, last > min(a.levelCount, b.levelCount)
    {
      let (longer, shorter) = a.levelCount > b.levelCount ? (a, b) : (b, a)
      let extra =
        longer.levelCount - shorter.levelCount == 1
        ? "level \(longer.levelCount) is"
        : "levels \(shorter.levelCount + 1) to \(longer.levelCount) are"
      notes.append(
        "'\(longer.label)' has \(longer.levelCount) levels and '\(shorter.label)' "
          + "\(shorter.levelCount): \(extra) only in '\(longer.label)'"
      )
    }
    return notes
  }

  /// `levels 1 to 3`, `level 2`, or `no levels`: what was compared.
  var levelsCompared: String {
    let levels = comparison.levels
    guard let first = levels.first, let last = levels.last else { return "no levels" }
    return first == last ? "level \(first)" : "levels \(first) to \(last)"
  }

  /// `9 of 14 criteria shared (64%): 7 same, 2 reworded, 3 only in backend, 2 only in mobile`.
  func summary(of overlap: FrameworkComparison.Overlap) -> String {
    let criteria = overlap.union == 1 ? "criterion" : "criteria"
    return "\(overlap.shared) of \(overlap.union) \(criteria) shared\(Self.percent(of: overlap)): "
      + "\(overlap.same) same, \(overlap.reworded) reworded, "
      + "\(overlap.onlyA) only in \(a.label), \(overlap.onlyB) only in \(b.label)"
  }

  /// `3 of 5 shared (60%)`: a topic's overlap.
  static func shortSummary(of overlap: FrameworkComparison.Overlap) -> String {
    "\(overlap.shared) of \(overlap.union) shared" + percent(of: overlap)
  }

  /// ` (60%)`, or nothing when neither framework expects anything.
  private static func percent(of overlap: FrameworkComparison.Overlap) -> String {
    overlap.percent.map { " (\($0)%)" } ?? ""
  }

  /// `= same  ~ reworded: [-backend-] {+mobile+}  < only in backend  > only in mobile`: what the
  /// markers of text output mean.
  var legend: String {
    "= same, ~ reworded ([-\(a.label)-] {+\(b.label)+}), < only in \(a.label), "
      + "> only in \(b.label)"
  }

  /// The heading of a topic: its title, and which framework has it when only one does.
  func heading(of topic: FrameworkComparison.TopicComparison) -> String {
    guard topic.isInA != topic.isInB else { return topic.title }
    return topic.title + " (only in \(topic.isInA ? a.label : b.label))"
  }

  /// What a topic with nothing at the compared levels says instead of its criteria.
  var nothingCompared: String {
    "no criteria at \(levelsCompared) in either"
  }
}
