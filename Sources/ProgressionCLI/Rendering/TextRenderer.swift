import ProgressionCore

/// Renders frameworks as text for a person at a terminal.
///
/// `show` prints a title line, then one block per group: a heading (a level, or a topic with
/// `--by topic`), then each section under it with a subheading and one bullet per criterion,
/// wrapped to the style's width with a hanging indent:
///
/// ```
/// 🛠️ Backend Engineering Framework
///
/// Level 3
///
///   Communication
///     - Transparent about mistakes they've made, early
///     - Provides helpful and actionable feedback in code reviews (inherited)
///       e.g. Take a look at the levelling up your code reviews talk
/// ```
enum TextRenderer {
  /// The text of `selected`, as UTF-8.
  static func render(_ selected: SelectedCriteria, style: TextStyle) -> [UInt8] {
    var writer = TextWriter(style: style, reservingCapacity: estimatedSize(of: selected))
    writer.paragraph(selected.framework.title, emphasis: .title)
    if selected.selection.includesAbout {
      writer.blankLine()
      writer.paragraph("About", emphasis: .heading)
      writeBody(selected.framework.body, into: &writer)
    }
    for group in selected.groups {
      writer.blankLine()
      writer.paragraph(heading(of: group), emphasis: .heading)
      if group.sections.isEmpty {
        writer.paragraph(
          "no criteria at this level",
          prefix: "  ",
          hangingIndent: 2,
          emphasis: .subtle
        )
      }
      for section in group.sections {
        writer.blankLine()
        let subheading =
          selected.selection.grouping == .level
          ? section.topic.displayTitle : "Level \(section.level)"
        writer.paragraph(subheading, prefix: "  ", hangingIndent: 2, emphasis: .subheading)
        writeCriteria(of: section, selection: selected.selection, into: &writer)
      }
    }
    if selected.groups.isEmpty && !selected.selection.includesAbout {
      writer.blankLine()
      writer.paragraph("no levels or topics to show", emphasis: .subtle)
    }
    return writer.bytes
  }

  private static func heading(of group: SelectedCriteria.Group) -> String {
    switch group.heading {
    case .level(let level): return "Level \(level)"
    case .topic(let topic): return topic.displayTitle
    }
  }

  private static func writeCriteria(
    of section: SelectedCriteria.Section,
    selection: Selection,
    into writer: inout TextWriter
  ) {
    if section.criteria.isEmpty {
      writer.paragraph(
        "no criteria at this level",
        prefix: "    ",
        hangingIndent: 4,
        emphasis: .subtle
      )
      return
    }
    for (criterion, level) in section.sourcedCriteria {
      writer.beginParagraph(prefix: "    - ", hangingIndent: 6)
      writer.words(criterion.text)
      if selection.isCumulative { writer.words("(level \(level))", emphasis: .subtle) }
      if criterion.origin == .inherited { writer.words("(inherited)", emphasis: .subtle) }
      writer.endParagraph()
      guard selection.includesExamples else { continue }
      for example in criterion.examples {
        writer.beginParagraph(prefix: "      ", hangingIndent: 11)
        writer.words("e.g.", emphasis: .subtle)
        writer.words(example.text)
        writer.endParagraph()
      }
    }
  }

  /// Writes the Markdown body indented by two columns, one paragraph per line: ATX headings lose
  /// their `#` marks, are emphasised and set off by a blank line, list items keep a hanging indent under their marker,
  /// fenced code blocks are copied verbatim.
  private static func writeBody(_ body: String, into writer: inout TextWriter) {
    var lines = body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    while let first = lines.first, first.allSatisfy(\.isWhitespace) { lines.removeFirst() }
    while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
    guard !lines.isEmpty else {
      writer.blankLine()
      writer.paragraph("no about text", prefix: "  ", hangingIndent: 2, emphasis: .subtle)
      return
    }
    writer.blankLine()
    var inFence = false
    var previousIsBlank = true
    for line in lines {
      defer { previousIsBlank = line.allSatisfy(\.isWhitespace) }
      let trimmed = line.drop { $0 == " " }
      if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
        inFence.toggle()
        writer.verbatimLine(String(line), indent: 2)
      } else if inFence {
        writer.verbatimLine(String(line), indent: 2)
      } else if trimmed.isEmpty {
        writer.blankLine()
      } else {
        let indent = line.count - trimmed.count
        let prefix = String(repeating: " ", count: 2 + indent)
        let hashes = trimmed.prefix { $0 == "#" }
        if (1...6).contains(hashes.count), trimmed.dropFirst(hashes.count).first == " " {
          let title = trimmed.dropFirst(hashes.count + 1)
          if !previousIsBlank { writer.blankLine() }
          writer.paragraph(
            String(title),
            prefix: prefix,
            hangingIndent: 2 + indent,
            emphasis: .subheading
          )
          continue
        }
        let marker = listMarker(of: trimmed)
        writer.paragraph(
          String(trimmed.dropFirst(marker.count)),
          prefix: prefix + marker,
          hangingIndent: prefix.count + marker.count
        )
      }
    }
  }

  /// The list or quote marker that starts `line` with its following space (`- `, `12. `, `> `),
  /// or an empty string.
  private static func listMarker(of line: Substring) -> String {
    for bullet in ["- ", "* ", "+ ", "> "] where line.hasPrefix(bullet) { return bullet }
    let digits = line.prefix { $0.isASCII && $0.isNumber }
    guard (1...9).contains(digits.count) else { return "" }
    let rest = line.dropFirst(digits.count)
    guard rest.hasPrefix(". ") || rest.hasPrefix(") ") else { return "" }
    return String(line.prefix(digits.count + 2))
  }

  /// A guess at the output size, so the buffer rarely grows.
  static func estimatedSize(of selected: SelectedCriteria) -> Int {
    var size = 256
    for group in selected.groups {
      for section in group.sections {
        size += 64
        for criterion in section.criteria {
          size += criterion.text.utf8.count + 24
          for example in criterion.examples { size += example.text.utf8.count + 24 }
        }
      }
    }
    if selected.selection.includesAbout { size += selected.framework.body.utf8.count * 2 }
    return size
  }
}
