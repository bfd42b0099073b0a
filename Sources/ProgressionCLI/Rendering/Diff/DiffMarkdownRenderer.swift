import ProgressionCore

/// Renders level and version diffs as CommonMark, ready to paste into a pull-request comment.
///
/// The document starts with a `##` heading and the summary in bold, then one `###` heading per
/// topic that says what changed in it, then lists. All framework text goes through
/// `MarkdownEscaping`, so it renders exactly as written; in rewordings the removed words are
/// marked `[-…-]` and the added ones `{+…+}`, as in text output.
enum DiffMarkdownRenderer {
  /// Appends a heading of `depth` `#`s with escaped `text`.
  static func heading(_ depth: Int, _ text: String, into bytes: inout [UInt8]) {
    bytes.append(contentsOf: repeatElement(UInt8(ascii: "#"), count: depth))
    bytes.append(UInt8(ascii: " "))
    MarkdownEscaping.append(text, to: &bytes)
    bytes.append(UInt8(ascii: "\n"))
  }

  /// Appends raw Markdown.
  static func raw(_ markdown: String, into bytes: inout [UInt8]) {
    bytes.append(contentsOf: markdown.utf8)
  }

  /// Appends escaped text.
  static func text(_ text: String, into bytes: inout [UInt8]) {
    MarkdownEscaping.append(text, to: &bytes)
  }

  /// Appends the examples of a criterion as a nested list, `indent` spaces in.
  static func examples(of criterion: Criterion, indent: Int, into bytes: inout [UInt8]) {
    for example in criterion.examples {
      raw(String(repeating: " ", count: indent) + "- _e.g._ ", into: &bytes)
      text(example.text, into: &bytes)
      raw("\n", into: &bytes)
    }
  }

  /// Appends a word diff: kept words as they are, `[-removed-]` and `{+added+}`.
  static func words(_ diff: WordDiff, into bytes: inout [UInt8]) {
    for (index, segment) in diff.segments.enumerated() {
      if index > 0 { raw(" ", into: &bytes) }
      switch segment.operation {
      case .equal:
        text(segment.text, into: &bytes)
      case .removed:
        raw("\\[-", into: &bytes)
        text(segment.text, into: &bytes)
        raw("-\\]", into: &bytes)
      case .added:
        raw("{+", into: &bytes)
        text(segment.text, into: &bytes)
        raw("+}", into: &bytes)
      }
    }
  }
}
