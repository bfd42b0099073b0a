import YAMLSubset

/// Reads a checklist back from the Markdown `progression checklist` wrote and a person then
/// ticked and annotated.
///
/// Only three kinds of line are read: the header comment, topic headings (`## TITLE <!-- topic:NAME
/// -->`) and items (`- [ ] TEXT <!-- id:xxxxxxxx -->`, ticked with `[x]` or `[X]`, with `*` or
/// `+` as the bullet too, as CommonMark allows). Every other line is the person's (evidence,
/// notes, their own lists and headings, and anything in a fenced code block) and is passed over.
public struct ChecklistParser {
  /// What kind of section the lines being read are in.
  private enum Section {
    case topic, retired, other
  }

  private let lines: [(text: Substring, offset: Int)]

  /// Prepares to read `bytes`, a checklist's Markdown.
  public init(bytes: [UInt8]) {
    var lines: [(Substring, Int)] = []
    let text = String(decoding: bytes, as: UTF8.self)
    var offset = 0
    // Split on bytes: CR LF is one `Character`, which a split on "\n" would not see.
    for bytes in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      let line = Substring(bytes)
      let length = bytes.count
      lines.append((line.hasSuffix("\r") ? line.dropLast() : line, offset))
      offset += length + 1
    }
    self.lines = lines
  }

  /// Reads the checklist.
  ///
  /// - Throws: `ChecklistError` at the first line that cannot be read, at a fenced code block
  ///   never closed, or for a file with no checklist header.
  public func parse() throws(ChecklistError) -> Checklist {
    let (header, bodyStart) = try parseHeader()
    var checklist = Checklist(header: header, topics: [])
    var section = Section.other
    var firstPositions: [String: SourcePosition] = [:]
    var fence = MarkdownFence()
    var fenceStart = 0
    for index in bodyStart..<lines.count {
      let line = lines[index].text
      let wasFenced = fence.isOpen
      if fence.read(line.utf8) {
        if !wasFenced { fenceStart = index }
        continue
      } else if line.hasPrefix("# ") || line.hasPrefix("## ") {
        section = .other
        if line.hasPrefix("## "), line.hasSuffix(ChecklistSyntax.retiredMark) {
          section = .retired
        } else if line.hasPrefix("## "), line.contains(ChecklistSyntax.topicMark) {
          var topic = try topic(line.dropFirst(3), at: index)
          if let first = checklist.topics.first(where: { $0.name == topic.name })?.line {
            throw ChecklistError(
              .duplicateTopic(topic.name, first: position(ofLine: first - 1)),
              at: position(ofLine: index)
            )
          }
          topic.line = index + 1
          checklist.topics.append(topic)
          section = .topic
        }
      } else if Self.idComment(in: line) != nil {
        let position = self.position(ofLine: index)
        var item = try item(line, at: index, defaultLevel: header.level)
        if let first = firstPositions[item.id] {
          throw ChecklistError(.duplicateID(item.id, first: first), at: position)
        }
        firstPositions[item.id] = position
        item.line = index + 1
        switch section {
        case .topic: checklist.topics[checklist.topics.count - 1].items.append(item)
        case .retired: checklist.retired.append(item)
        case .other: throw ChecklistError(.itemOutsideTopic, at: position)
        }
      }
    }
    if fence.isOpen {
      // The rest of the file would be code: an update could only add its lines inside it.
      throw ChecklistError(.unclosedCodeBlock, at: position(ofLine: fenceStart))
    }
    return checklist
  }

  private func position(ofLine index: Int, column: Int = 1) -> SourcePosition {
    let line = lines[index]
    let prefix = line.text.prefix(column - 1)
    return SourcePosition(line: index + 1, column: column, offset: line.offset + prefix.utf8.count)
  }

  /// The header and the index of the line after it.
  private func parseHeader() throws(ChecklistError) -> (Checklist.Header, Int) {
    guard
      let start = lines.firstIndex(where: {
        $0.text == ChecklistSyntax.headerStart || $0.text.hasPrefix("## ")
      }), lines[start].text == ChecklistSyntax.headerStart
    else {
      throw ChecklistError(.notAChecklist, at: position(ofLine: 0))
    }
    var values: [String: (value: String, line: Int)] = [:]
    var index = start + 1
    while index < lines.count, lines[index].text != ChecklistSyntax.headerEnd {
      let line = lines[index].text
      if let colon = line.firstIndex(of: ":") {
        let key = String(line[..<colon])
        let value = line[line.index(after: colon)...].drop { $0 == " " }
        values[key] = (String(value), index)
      }
      index += 1
    }
    guard index < lines.count else {
      throw ChecklistError(.unclosedHeader, at: position(ofLine: start))
    }
    func value(_ key: ChecklistSyntax.Key) throws(ChecklistError) -> (value: String, line: Int) {
      guard let entry = values[key.rawValue] else {
        throw ChecklistError(.missingHeaderKey(key.rawValue), at: position(ofLine: start))
      }
      return entry
    }
    let level = try value(.level)
    guard let number = Int(level.value), number > 0 else {
      throw ChecklistError(
        .invalidHeaderValue(key: "level", expected: "a level number, such as 3"),
        at: position(ofLine: level.line)
      )
    }
    let cumulative = values[ChecklistSyntax.Key.cumulative.rawValue]
    if let cumulative, cumulative.value != "yes", cumulative.value != "no" {
      throw ChecklistError(
        .invalidHeaderValue(key: "cumulative", expected: "'yes' or 'no'"),
        at: position(ofLine: cumulative.line)
      )
    }
    let topicNames = values[ChecklistSyntax.Key.topics.rawValue]?.value ?? ""
    var header = Checklist.Header(
      frameworkName: try value(.framework).value,
      frameworkTitle: values[ChecklistSyntax.Key.title.rawValue]?.value ?? "",
      source: values[ChecklistSyntax.Key.source.rawValue]?.value ?? "",
      level: number,
      isCumulative: cumulative?.value == "yes",
      topicNames: topicNames.split(separator: ",").map {
        String($0.drop { $0 == " " })
      }
    )
    header.keyLines = values.mapValues { $0.line + 1 }
    return (header, index + 1)
  }

  /// The topic a heading (after its `## `) opens.
  private func topic(_ heading: Substring, at index: Int) throws(ChecklistError) -> Checklist.Topic
  {
    guard let mark = heading.firstRange(of: ChecklistSyntax.topicMark),
      heading.hasSuffix(ChecklistSyntax.commentEnd)
    else {
      throw ChecklistError(.mangledTopic, at: position(ofLine: index))
    }
    let name = heading[mark.upperBound...].dropLast(ChecklistSyntax.commentEnd.count)
    guard !name.isEmpty else { throw ChecklistError(.mangledTopic, at: position(ofLine: index)) }
    return Checklist.Topic(
      name: String(name),
      title: Self.unescaped(heading[..<mark.lowerBound]),
      items: []
    )
  }

  /// The item on a line that carries an id mark.
  private func item(
    _ line: Substring,
    at index: Int,
    defaultLevel: Int
  ) throws(ChecklistError) -> Checklist.Item {
    func mangled(_ problem: String) -> ChecklistError {
      ChecklistError(.mangledItem(problem), at: position(ofLine: index))
    }
    guard let bullet = line.first, ChecklistSyntax.bullets.contains(bullet),
      line.dropFirst().hasPrefix(" ["), line.count >= 6
    else {
      throw mangled("it does not start with '- [ ] ' or '- [x] ' ('*' or '+' for '-' will do)")
    }
    let box = line[line.index(line.startIndex, offsetBy: 3)]
    guard ["x", "X", " "].contains(box), line.dropFirst(4).hasPrefix("] ") else {
      throw mangled("its box is not '[ ]', '[x]' or '[X]'")
    }
    guard let comment = Self.idComment(in: line), line.hasSuffix("-->") else {
      throw mangled("its id mark is not at the end of the line")
    }
    var id = line[comment.id...].dropLast(3)
    while id.last == " " { id = id.dropLast() }
    guard ChecklistID.isWellFormed(id) else {
      throw mangled("its id '\(id)' is not \(ChecklistID.length) lowercase hex digits")
    }
    var text = line[line.index(line.startIndex, offsetBy: 6)..<comment.start]
    if text.last == " " { text = text.dropLast() }
    var kind = Checklist.Item.Kind.own
    if text.hasSuffix(ChecklistSyntax.inheritedMark) {
      text = text.dropLast(ChecklistSyntax.inheritedMark.count)
      kind = .inherited
    }
    var level = defaultLevel
    if text.hasSuffix(ChecklistSyntax.levelMarkEnd),
      let start = text.ranges(of: ChecklistSyntax.levelMarkStart).last,
      let number = Int(text[start.upperBound...].dropLast(ChecklistSyntax.levelMarkEnd.count))
    {
      level = number
      text = text[..<start.lowerBound]
    }
    return Checklist.Item(
      id: String(id),
      level: level,
      text: Self.unescaped(text),
      kind: kind,
      isTicked: box != " "
    )
  }

  /// The last id comment on `line`: where its `<!--` starts and where the id after its `id:`
  /// starts. Spaces are optional, so `<!--id:xxxxxxxx-->`, as a person or their editor may
  /// write it, is read as `checklist` writes `<!-- id:xxxxxxxx -->`.
  static func idComment(in line: Substring) -> (start: Substring.Index, id: Substring.Index)? {
    for open in line.ranges(of: "<!--").reversed() {
      let rest = line[open.upperBound...].drop { $0 == " " }
      if rest.hasPrefix("id:") {
        return (open.lowerBound, rest.index(rest.startIndex, offsetBy: 3))
      }
    }
    return nil
  }

  /// `markdown` without the backslashes that escape ASCII punctuation and with `&#32;` and
  /// `&#9;` as a space and a tab: the text as the framework wrote it.
  static func unescaped(_ markdown: Substring) -> String {
    var text = ""
    var rest = markdown[...]
    while let first = rest.first {
      if first == "\\", let next = rest.dropFirst().first, next.isASCII,
        next.isPunctuation
          || next.isSymbol
      {
        text.append(next)
        rest = rest.dropFirst(2)
      } else if rest.hasPrefix("&#32;") {
        text.append(" ")
        rest = rest.dropFirst(5)
      } else if rest.hasPrefix("&#9;") {
        text.append("\t")
        rest = rest.dropFirst(4)
      } else {
        text.append(first)
        rest = rest.dropFirst()
      }
    }
    return text
  }
}
