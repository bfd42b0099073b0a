import ProgressionCore

extension DiffMarkdownRenderer {
  /// The Markdown of a version diff:
  ///
  /// ```
  /// ## Framework changes: old.md → new.md
  ///
  /// **4 changes:** 1 added, 1 moved, 1 reworded, 1 setting changed
  ///
  /// ### Framework settings
  ///
  /// - **title:** 'Backend' → 'Backend Engineering'
  ///
  /// ### Communication: 1 added, 1 moved, 1 reworded
  ///
  /// **Level 2**
  ///
  /// - **reworded:** Accepts feedback graciously {+and acts on it+}
  /// - **moved** from level 3: Considers the opinions of others before defending their own
  /// - **added:** Writes clear PR descriptions
  /// ```
  static func render(_ comparison: VersionComparison) -> [UInt8] {
    let diff = comparison.diff
    var bytes: [UInt8] = []
    bytes.reserveCapacity(4096)
    heading(2, "Framework changes: \(comparison.oldSource) → \(comparison.newSource)", into: &bytes)
    raw("\n", into: &bytes)
    if diff.isEmpty {
      raw("**No differences.**\n", into: &bytes)
      return bytes
    }
    let summary = diff.summary
    raw("**\(summary.total) \(summary.total == 1 ? "change" : "changes"):** ", into: &bytes)
    text(DiffWording.counts(of: summary).joined(separator: ", "), into: &bytes)
    raw("\n", into: &bytes)
    if !diff.metadataChanges.isEmpty {
      raw("\n", into: &bytes)
      heading(3, "Framework settings", into: &bytes)
      raw("\n", into: &bytes)
      for change in diff.metadataChanges {
        raw("- **\(change.field.rawValue):** ", into: &bytes)
        text(DiffWording.value(change.old, field: change.field), into: &bytes)
        raw(" → ", into: &bytes)
        text(DiffWording.value(change.new, field: change.field), into: &bytes)
        raw("\n", into: &bytes)
      }
    }
    for topic in diff.topics {
      raw("\n", into: &bytes)
      let heading = DiffWording.heading(of: topic, in: comparison)
      let title = heading.note.map { "\(heading.title) (\($0))" } ?? heading.title
      Self.heading(
        3,
        heading.counts.isEmpty ? title : title + ": " + heading.counts,
        into: &bytes
      )
      for row in VersionComparison.Row.rows(of: topic) {
        switch row {
        case .level(let level):
          raw("\n**Level \(level)**\n\n", into: &bytes)
        case .examplesOf(let criterion):
          raw("- examples of: ", into: &bytes)
          text(criterion.text, into: &bytes)
          raw("\n", into: &bytes)
        case .change(let change):
          write(change, comparison: comparison, into: &bytes)
        }
      }
    }
    return bytes
  }

  private static func write(
    _ change: VersionDiff.Change,
    comparison: VersionComparison,
    into bytes: inout [UInt8]
  ) {
    switch change {
    case .added(let criterion, _), .removed(let criterion, _):
      raw(change.kind == .added ? "- **added:** " : "- **removed:** ", into: &bytes)
      text(criterion.text, into: &bytes)
      raw("\n", into: &bytes)
      examples(of: criterion, indent: 2, into: &bytes)
    case .moved(_, let new, let from, let to):
      raw("- **moved** ", into: &bytes)
      text(DiffWording.origin(of: from, to: to, in: comparison), into: &bytes)
      raw(": ", into: &bytes)
      text(new.text, into: &bytes)
      raw("\n", into: &bytes)
    case .reworded(_, _, _, let wordDiff):
      raw("- **reworded:** ", into: &bytes)
      words(wordDiff, into: &bytes)
      raw("\n", into: &bytes)
    case .exampleAdded(let example, _, _), .exampleRemoved(let example, _, _):
      raw(change.kind == .exampleAdded ? "  - **added:** " : "  - **removed:** ", into: &bytes)
      text(example.text, into: &bytes)
      raw("\n", into: &bytes)
    case .exampleReworded(_, _, _, _, let wordDiff):
      raw("  - **reworded:** ", into: &bytes)
      words(wordDiff, into: &bytes)
      raw("\n", into: &bytes)
    }
  }
}
