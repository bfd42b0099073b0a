import YAMLSubset

/// A unified diff of the edits to a file, as `diff -u` and `git diff` print it, for
/// `validate --fix --dry-run`.
///
/// The diff is built from the edits themselves, not by comparing texts: the lines an edit
/// touches are the changed lines, so building it is linear in the size of the file. Hunks have
/// three lines of context and are merged when their context would touch, as `diff -u` does:
/// ```
/// --- a/frameworks/backend.md
/// +++ b/frameworks/backend.md
/// @@ -1,6 +1,6 @@
/// ```
public enum UnifiedDiff {
  /// Lines of unchanged context around each change.
  public static let contextLines = 3

  /// The diff of `edits` to `original`, or the empty string when there are none.
  ///
  /// - Parameters:
  ///   - path: the path shown after `a/` and `b/`.
  ///   - original: the file's bytes.
  ///   - edits: non-overlapping edits, with ranges into `original`, as `FixedFile` applies them.
  public static func render(
    path: String,
    original: [UInt8],
    edits: [Diagnostic.Fix.Edit]
  ) -> String {
    let edits = edits.sorted { $0.range.lowerBound < $1.range.lowerBound }
    guard !edits.isEmpty else { return "" }
    let lines = LineIndex(original)
    // A final line break ends the last line; it does not start an empty one.
    let lineCount = original.last == UInt8(ascii: "\n") ? lines.lineCount - 1 : lines.lineCount
    let changes = self.changes(of: edits, lines: lines, original: original)
    var text = "--- a/\(path)\n+++ b/\(path)\n"
    var delta = 0
    var index = 0
    while index < changes.count {
      // The changes whose contexts touch form one hunk.
      var last = index
      while last + 1 < changes.count,
        changes[last + 1].oldLines.lowerBound - changes[last].oldLines.upperBound
          <= 2 * contextLines + 1
      {
        last += 1
      }
      let hunk = changes[index...last]
      let start = max(1, hunk[index].oldLines.lowerBound - contextLines)
      let end = min(lineCount, hunk[last].oldLines.upperBound + contextLines)
      let hunkDelta = hunk.reduce(0) { $0 + $1.newLines.count - $1.oldLines.count }
      let oldCount = end - start + 1
      text += "@@ -\(start),\(oldCount) +\(start + delta),\(oldCount + hunkDelta) @@\n"
      var line = start
      for change in hunk {
        while line < change.oldLines.lowerBound {
          text += row(" ", line: line, lines: lines, original: original)
          line += 1
        }
        for old in change.oldLines {
          text += row("-", line: old, lines: lines, original: original)
        }
        for new in change.newLines {
          text += row("+", bytes: new[...])
        }
        line = change.oldLines.upperBound + 1
      }
      while line <= end {
        text += row(" ", line: line, lines: lines, original: original)
        line += 1
      }
      delta += hunkDelta
      index = last + 1
    }
    return text
  }

  /// A run of old lines replaced by new ones.
  private struct Change {
    /// The 1-based numbers of the old lines, first to last.
    var oldLines: ClosedRange<Int>
    /// The new lines, each with its line break (the last one may have none).
    var newLines: [[UInt8]]
  }

  /// The edits grouped by the lines they touch, each group with its lines rewritten.
  private static func changes(
    of edits: [Diagnostic.Fix.Edit],
    lines: LineIndex,
    original: [UInt8]
  ) -> [Change] {
    // Edits on the same or neighbouring lines form one change, so that removed lines come
    // before added ones, as diff prints them.
    // Each group holds a run of `edits` by index: appending to an array inside the last group
    // would copy it on each edit, making a file where every line changes quadratic.
    var groups: [(lines: ClosedRange<Int>, edits: Range<Int>)] = []
    for (index, edit) in edits.enumerated() {
      let first = lines.line(containing: edit.range.lowerBound)
      let last = lines.line(containing: max(edit.range.lowerBound, edit.range.upperBound - 1))
      if let previous = groups.last, previous.lines.upperBound + 1 >= first {
        let upper = max(last, previous.lines.upperBound)
        groups[groups.count - 1] = (
          previous.lines.lowerBound...upper, previous.edits.lowerBound..<index + 1
        )
      } else {
        groups.append((first...last, index..<index + 1))
      }
    }
    return groups.map { group in
      let start = lines.starts[group.lines.lowerBound - 1]
      let upper = group.lines.upperBound
      let end = upper < lines.lineCount ? lines.starts[upper] : original.count
      var bytes: [UInt8] = []
      var copied = start
      for edit in edits[group.edits] {
        bytes += original[copied..<edit.range.lowerBound]
        bytes += edit.replacement.utf8
        copied = edit.range.upperBound
      }
      bytes += original[copied..<end]
      var newLines: [[UInt8]] = []
      var lineStart = 0
      for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
        newLines.append(Array(bytes[lineStart...index]))
        lineStart = index + 1
      }
      if lineStart < bytes.count { newLines.append(Array(bytes[lineStart...])) }
      return Change(oldLines: group.lines, newLines: newLines)
    }
  }

  /// One line of the original, marked.
  private static func row(
    _ mark: Character,
    line: Int,
    lines: LineIndex,
    original: [UInt8]
  ) -> String {
    let start = lines.starts[line - 1]
    let end = line < lines.lineCount ? lines.starts[line] : original.count
    return row(mark, bytes: original[start..<end])
  }

  /// A marked line; a last line without a line break gets one, and diff's note that it had none.
  private static func row(_ mark: Character, bytes: ArraySlice<UInt8>) -> String {
    let text = String(mark) + String(decoding: bytes, as: UTF8.self)
    guard bytes.last != UInt8(ascii: "\n") else { return text }
    return text + "\n\\ No newline at end of file\n"
  }
}
