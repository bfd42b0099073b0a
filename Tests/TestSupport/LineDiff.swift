import Foundation

/// A readable line diff for golden mismatches: common lines with `  `, removed with `- `,
/// added with `+ `, and unchanged stretches longer than a few lines shortened to `...`.
public enum LineDiff {
  /// The lines of `expected` and `actual`, each marked as common, removed or added.
  public static func render(from expected: String, to actual: String) -> String {
    let old = lines(expected)
    let new = lines(actual)
    // Longest common subsequence table, from the end.
    var table = [[Int]](
      repeating: [Int](repeating: 0, count: new.count + 1),
      count: old.count + 1
    )
    for i in stride(from: old.count - 1, through: 0, by: -1) {
      for j in stride(from: new.count - 1, through: 0, by: -1) {
        table[i][j] =
          old[i] == new[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
      }
    }
    var rows: [(mark: Character, line: String)] = []
    var i = 0
    var j = 0
    while i < old.count || j < new.count {
      if i < old.count, j < new.count, old[i] == new[j] {
        rows.append((" ", old[i]))
        i += 1
        j += 1
      } else if i < old.count, j == new.count || table[i + 1][j] >= table[i][j + 1] {
        rows.append(("-", old[i]))
        i += 1
      } else {
        rows.append(("+", new[j]))
        j += 1
      }
    }
    return shortened(rows).joined(separator: "\n")
  }

  /// Lines with invisible differences made visible: a carriage return shows as `\r`, and the
  /// last line says whether the text ends with a line break.
  private static func lines(_ text: String) -> [String] {
    // Split bytes, not `Character`s: "\r\n" is one `Character`, and would hide the "\r".
    var lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
      .map { String(decoding: $0, as: UTF8.self).replacingOccurrences(of: "\r", with: "\\r") }
    if lines.last == "" {
      lines.removeLast()
    } else {
      lines.append("(no line break at end)")
    }
    return lines
  }

  /// Keeps up to three unchanged lines around each change.
  private static func shortened(_ rows: [(mark: Character, line: String)]) -> [String] {
    let context = 3
    let changed = rows.indices.filter { rows[$0].mark != " " }
    var output: [String] = []
    var skipped = false
    for index in rows.indices {
      let isNear = changed.contains { abs($0 - index) <= context }
      if isNear {
        output.append("\(rows[index].mark) \(rows[index].line)")
        skipped = false
      } else if !skipped {
        output.append("  ...")
        skipped = true
      }
    }
    return output
  }
}
