import ProgressionCore

/// Renders frameworks as CommonMark to paste into a promotion document or a wiki.
///
/// `show` writes the title as `#`, each group (a level, or a topic with `--by topic`) as `##`,
/// each section under it as `###`, one `-` bullet per criterion and its examples as nested
/// bullets. Inherited criteria end with ` _(inherited)_`; with `--cumulative`, each criterion
/// ends with the level it comes from, ` _(level 2)_`. All framework text goes through
/// `MarkdownEscaping`, so it renders exactly as written; the `--about` body is Markdown already
/// and is copied as is, with only control characters escaped.
enum MarkdownRenderer {
  /// The Markdown of `selected`, as UTF-8.
  static func render(_ selected: SelectedCriteria) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(TextRenderer.estimatedSize(of: selected))
    heading(1, selected.framework.title, into: &bytes)
    if selected.selection.includesAbout {
      bytes.append(UInt8(ascii: "\n"))
      heading(2, "About", into: &bytes)
      appendBody(selected.framework.body, into: &bytes)
    }
    for group in selected.groups {
      bytes.append(UInt8(ascii: "\n"))
      switch group.heading {
      case .level(let level): heading(2, "Level \(level)", into: &bytes)
      case .topic(let topic): heading(2, topic.displayTitle, into: &bytes)
      }
      if group.sections.isEmpty { noCriteria(into: &bytes) }
      for section in group.sections {
        bytes.append(UInt8(ascii: "\n"))
        switch selected.selection.grouping {
        case .level: heading(3, section.topic.displayTitle, into: &bytes)
        case .topic: heading(3, "Level \(section.level)", into: &bytes)
        }
        appendCriteria(of: section, selection: selected.selection, into: &bytes)
      }
    }
    return bytes
  }

  private static func heading(_ depth: Int, _ text: String, into bytes: inout [UInt8]) {
    bytes.append(contentsOf: repeatElement(UInt8(ascii: "#"), count: depth))
    bytes.append(UInt8(ascii: " "))
    MarkdownEscaping.append(text, to: &bytes)
    bytes.append(UInt8(ascii: "\n"))
  }

  private static func noCriteria(into bytes: inout [UInt8]) {
    bytes.append(contentsOf: "\n_No criteria at this level._\n".utf8)
  }

  private static func appendCriteria(
    of section: SelectedCriteria.Section,
    selection: Selection,
    into bytes: inout [UInt8]
  ) {
    guard !section.criteria.isEmpty else { return noCriteria(into: &bytes) }
    bytes.append(UInt8(ascii: "\n"))
    for (criterion, level) in section.sourcedCriteria {
      bytes.append(contentsOf: "- ".utf8)
      MarkdownEscaping.append(criterion.text, to: &bytes)
      if selection.isCumulative { bytes.append(contentsOf: " _(level \(level))_".utf8) }
      if criterion.origin == .inherited { bytes.append(contentsOf: " _(inherited)_".utf8) }
      bytes.append(UInt8(ascii: "\n"))
      guard selection.includesExamples else { continue }
      for example in criterion.examples {
        bytes.append(contentsOf: "  - ".utf8)
        MarkdownEscaping.append(example.text, to: &bytes)
        bytes.append(UInt8(ascii: "\n"))
      }
    }
  }

  /// Copies the body without its leading and trailing blank lines, escaping control characters
  /// other than tab and line breaks.
  private static func appendBody(_ body: String, into bytes: inout [UInt8]) {
    var lines = body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    while let first = lines.first, first.allSatisfy(\.isWhitespace) { lines.removeFirst() }
    while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
    guard !lines.isEmpty else { return }
    bytes.append(UInt8(ascii: "\n"))
    for line in lines {
      TerminalSafety.append(line.unicodeScalars, to: &bytes, keepingTabs: true)
      bytes.append(UInt8(ascii: "\n"))
    }
  }
}
