import ProgressionCore

/// Renders a fresh checklist as the Markdown a person keeps in git, ticks and annotates.
///
/// A title, the header comment `ChecklistParser` reads back, a paragraph on how to use it, then
/// one `##` section per topic with one GitHub task-list item per criterion. Each heading and item
/// ends with an HTML comment (`<!-- topic:NAME -->`, `<!-- id:xxxxxxxx -->`), which renders as
/// nothing. Framework text goes through `MarkdownEscaping`.
enum ChecklistMarkdownRenderer {
  /// The Markdown of `checklist`, as UTF-8; `includesExamples` adds examples as indented notes.
  static func render(_ checklist: Checklist, includesExamples: Bool) -> [UInt8] {
    let header = checklist.header
    var bytes: [UInt8] = []
    bytes.append(contentsOf: "# Self-assessment: ".utf8)
    MarkdownEscaping.append(header.frameworkTitle, to: &bytes)
    let levels = header.isCumulative ? "levels 1 to \(header.level)" : "level \(header.level)"
    bytes.append(contentsOf: ", \(levels)\n\n".utf8)
    appendHeaderComment(header, to: &bytes)
    appendIntroduction(header, to: &bytes)
    for topic in checklist.topics {
      bytes.append(UInt8(ascii: "\n"))
      bytes.append(contentsOf: headingLine(topic).utf8)
      bytes.append(contentsOf: "\n\n".utf8)
      if topic.items.isEmpty { bytes.append(contentsOf: "_No criteria at this level._\n".utf8) }
      for item in topic.items {
        bytes.append(contentsOf: itemLine(item, isCumulative: header.isCumulative).utf8)
        bytes.append(UInt8(ascii: "\n"))
        guard includesExamples else { continue }
        for example in item.examples {
          bytes.append(contentsOf: "  - _Example:_ ".utf8)
          MarkdownEscaping.append(example, to: &bytes)
          bytes.append(UInt8(ascii: "\n"))
        }
      }
    }
    return bytes
  }

  private static func appendHeaderComment(_ header: Checklist.Header, to bytes: inout [UInt8]) {
    bytes.append(contentsOf: "\(ChecklistSyntax.headerStart)\n".utf8)
    for key in ChecklistSyntax.Key.allCases {
      let value: String
      switch key {
      case .framework: value = header.frameworkName
      case .title: value = header.frameworkTitle
      case .source: value = header.source
      case .level: value = String(header.level)
      case .cumulative: value = header.isCumulative ? "yes" : "no"
      case .topics:
        guard !header.topicNames.isEmpty else { continue }
        value = header.topicNames.joined(separator: ", ")
      }
      bytes.append(contentsOf: "\(key.rawValue): \(ChecklistSyntax.headerValue(value))\n".utf8)
    }
    bytes.append(contentsOf: "\(ChecklistSyntax.headerEnd)\n\n".utf8)
  }

  private static func appendIntroduction(_ header: Checklist.Header, to bytes: inout [UInt8]) {
    bytes.append(
      contentsOf: "A record of evidence for a conversation with your manager, not a ".utf8
    )
    bytes.append(
      contentsOf: "pass mark: the framework is not a checklist, and you can progress ".utf8
    )
    bytes.append(
      contentsOf: "without showing every behaviour. Tick an item (`- [x]`) when you ".utf8
    )
    bytes.append(contentsOf: "have evidence for it, and write the evidence (links, notes) as ".utf8)
    bytes.append(contentsOf: "indented lines under it. Anything you write is yours.\n\n".utf8)
    bytes.append(
      contentsOf: "Keep the `<!-- -->` comments: the one above names the framework ".utf8
    )
    bytes.append(contentsOf: "('".utf8)
    MarkdownEscaping.append(header.frameworkName, to: &bytes)
    bytes.append(contentsOf: "', read from '".utf8)
    MarkdownEscaping.append(header.source, to: &bytes)
    bytes.append(contentsOf: "') and the level, and the ones on headings and items say which ".utf8)
    bytes.append(contentsOf: "topic and criterion they are: that is what ".utf8)
    bytes.append(contentsOf: "`progression checklist --update FILE` needs to re-sync this ".utf8)
    bytes.append(contentsOf: "checklist with a later version of the framework, keeping your ".utf8)
    bytes.append(contentsOf: "ticks and notes.\n".utf8)
  }

  /// A topic's heading line, `## TITLE <!-- topic:NAME -->`, without its line break.
  static func headingLine(_ topic: Checklist.Topic) -> String {
    "## " + MarkdownEscaping.escaped(topic.title) + ChecklistSyntax.topicMark + topic.name
      + ChecklistSyntax.commentEnd
  }

  /// An item's line, `- [ ] TEXT <!-- id:xxxxxxxx -->`, without its line break.
  static func itemLine(_ item: Checklist.Item, isCumulative: Bool) -> String {
    var line = (item.isTicked ? "- [x] " : "- [ ] ") + MarkdownEscaping.escaped(item.text)
    if isCumulative {
      line += ChecklistSyntax.levelMarkStart + String(item.level) + ChecklistSyntax.levelMarkEnd
    }
    if item.kind == .inherited { line += ChecklistSyntax.inheritedMark }
    return line + ChecklistSyntax.idMark + item.id + ChecklistSyntax.commentEnd
  }

  /// The line makers `ChecklistUpdate` writes new and changed lines with.
  static func updateWriter(isCumulative: Bool) -> ChecklistUpdate.Writer {
    ChecklistUpdate.Writer(
      item: { itemLine($0, isCumulative: isCumulative) },
      heading: headingLine,
      previousWording: { "  - _Previously:_ " + MarkdownEscaping.escaped($0) }
    )
  }
}
