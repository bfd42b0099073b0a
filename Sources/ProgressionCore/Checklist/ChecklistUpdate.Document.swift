extension ChecklistUpdate {
  /// An item's line with the lines the person wrote under it, moved as one piece.
  struct Chunk {
    /// The item's line and the lines after it, each with its line break.
    var lines: [[UInt8]]

    /// The chunk's bytes.
    var bytes: [UInt8] { lines.flatMap { $0 } }

    /// Replaces the item's line by `line`, keeping its line break, its bullet (`-`, `*` or `+`)
    /// and the box as the person ticked it (`x` or `X`).
    mutating func rewrite(as line: String) {
      guard let first = lines.first else { return }
      var new = LineBreak.line(line, LineBreak.ending(of: first))
      if first.count > 3, new.count > 3 {
        new[0] = first[0]
        new[3] = first[3]
      }
      lines[0] = new
    }

    /// Inserts `line` right under the item's line, with the item line's break.
    mutating func insertAfterItem(_ line: String) {
      guard let first = lines.first else { return }
      lines.insert(LineBreak.line(line, LineBreak.ending(of: first)), at: 1)
    }
  }

  /// A checklist's lines cut into sections: the preamble, then one section per `#` or `##`
  /// heading, each topic section cut into the lines before its first item, one chunk per item
  /// and its trailing blank lines; other sections (the retired one, the person's own) are kept
  /// whole.
  struct Document {
    enum Kind: Equatable {
      case topic(String)
      case retired
      case other
    }

    struct Section {
      var kind: Kind
      /// The heading line (absent for the preamble).
      var heading: [UInt8]?
      /// Lines after the heading, before the first item.
      var prefix: [[UInt8]] = []
      /// The blank lines at the end of the section.
      var suffix: [[UInt8]] = []
      /// For a section that is not a topic, every line after the heading (for the retired
      /// section, those before its first item); else empty.
      var body: [[UInt8]] = []
      /// For the retired section, the lines of its items, in order: each is a chunk.
      var items: [Int] = []
    }

    var sections: [Section] = []
    /// The line break of the lines added: the one most lines of the file end with.
    let lineBreak: [UInt8]
    /// The bullet of the items added: the one most items of the file start with, `-` on a tie.
    let bullet: UInt8
    /// The file's last line when it has no line break; `nil` when it has one.
    private var unterminatedLastLine: [UInt8]?
    /// Each item's chunk, by the item's 1-based line.
    private var chunks: [Int: Chunk] = [:]

    init(lines: [ArraySlice<UInt8>], old: Checklist) {
      lineBreak = LineBreak.mostCommon(in: lines)
      let topicLines = Dictionary(
        old.topics.compactMap { topic in topic.line.map { ($0, topic.name) } },
        uniquingKeysWith: { first, _ in first }
      )
      let itemLines = Set((old.items + old.retired).compactMap(\.line))
      bullet = Self.mostCommonBullet(
        of: itemLines.compactMap { $0 <= lines.count ? lines[$0 - 1].first : nil }
      )
      let headerEnd = old.header.keyLines.values.max() ?? 0
      var current = Section(kind: .other, heading: nil)
      var currentItem: Int?
      var fence = MarkdownFence()
      func close() {
        current.suffix = trailingBlanks(of: currentItem)
        sections.append(current)
      }
      func trailingBlanks(of item: Int?) -> [[UInt8]] {
        guard let item, var chunk = chunks[item] else { return [] }
        var blanks: [[UInt8]] = []
        while chunk.lines.count > 1, let last = chunk.lines.last, Self.isBlank(last) {
          blanks.insert(chunk.lines.removeLast(), at: 0)
        }
        chunks[item] = chunk
        return blanks
      }
      for (index, slice) in lines.enumerated() {
        var line = Array(slice)
        if index == lines.count - 1, LineBreak.ending(of: line).isEmpty {
          // A last line without a line break gets one, so that it can move; `assemble` takes
          // it off again when the line is still last.
          unterminatedLastLine = line
          line += lineBreak
        }
        let number = index + 1
        // A fenced code block's lines are the person's text, never a heading.
        let isFenced = number > headerEnd && fence.read(line)
        if number > headerEnd, !isFenced, Self.isHeading(line) {
          close()
          currentItem = nil
          let kind: Kind =
            if let name = topicLines[number] { .topic(name) } else if Self.isRetiredHeading(line) {
              .retired
            } else { .other }
          current = Section(kind: kind, heading: line)
        } else if case .topic = current.kind, itemLines.contains(number) {
          currentItem = number
          chunks[number] = Chunk(lines: [line])
        } else if case .retired = current.kind, itemLines.contains(number) {
          // Retired items are chunks too, so that one back in the framework can be restored.
          currentItem = number
          chunks[number] = Chunk(lines: [line])
          current.items.append(number)
        } else if let item = currentItem {
          chunks[item]?.lines.append(line)
        } else if case .topic = current.kind {
          current.prefix.append(line)
        } else {
          current.body.append(line)
        }
      }
      close()
    }

    /// The line of a new item, `line` with the file's bullet and line break.
    func newItem(_ line: String) -> [UInt8] {
      var bytes = LineBreak.line(line, lineBreak)
      if bytes.first == UInt8(ascii: "-") { bytes[0] = bullet }
      return bytes
    }

    /// The bullet most of `bullets` are: `-`, `*` or `+`, preferred in that order on a tie.
    private static func mostCommonBullet(of bullets: [UInt8]) -> UInt8 {
      let choices = Array("-*+".utf8)
      var best = UInt8(ascii: "-")
      var bestCount = 0
      for choice in choices {
        let count = bullets.count { $0 == choice }
        if count > bestCount {
          best = choice
          bestCount = count
        }
      }
      return best
    }

    /// The chunk of the item on `line`.
    func chunk(ofItemAtLine line: Int) -> Chunk {
      chunks[line] ?? Chunk(lines: [])
    }

    /// The updated document: sections in their order, topic sections filled with `chunks` in
    /// the framework's order, new topics after the last topic, and `retired` in the retired
    /// section (made at the end when there is none), without the retired items on the lines
    /// `restored`, which are back in the framework.
    func assemble(
      fresh: Checklist,
      chunks: [String: [[UInt8]]],
      retired: [UInt8],
      restored: Set<Int> = [],
      writer: Writer,
      summary: inout Summary
    ) -> [UInt8] {
      let freshTopics = Dictionary(
        fresh.topics.map { ($0.name, $0) },
        uniquingKeysWith: { first, _ in first }
      )
      var retired = retired
      let oldNames = Set(
        sections.compactMap { if case .topic(let name) = $0.kind { name } else { nil } }
      )
      let lastTopic = sections.lastIndex { if case .topic = $0.kind { true } else { false } }
      var output: [UInt8] = []
      var wroteRetired = false
      for (index, section) in sections.enumerated() {
        switch section.kind {
        case .topic(let name):
          if let topic = freshTopics[name] {
            var heading = section.heading ?? []
            if Self.title(of: heading) != writer.heading(topic) {
              summary.retitled += 1
              heading = LineBreak.line(writer.heading(topic), LineBreak.ending(of: heading))
            }
            output += heading
            output += section.prefix.flatMap { $0 }
            output += (chunks[name] ?? []).flatMap { $0 }
            output += section.suffix.flatMap { $0 }
          } else {
            // A topic the framework dropped: its items are retired, the person's lines kept
            // (the blank lines around the heading are the layout's, not theirs).
            retired += section.prefix.filter { !Self.isBlank($0) }.flatMap { $0 }
          }
        case .retired:
          output += section.heading ?? []
          if section.items.isEmpty {
            output += Self.insertingBeforeTrailingBlanks(retired, into: section.body)
          } else {
            // The lines before the first item, the items still retired, the newly retired,
            // then the section's closing blank lines.
            output += section.body.flatMap { $0 }
            output += section.items.filter { !restored.contains($0) }
              .flatMap { self.chunks[$0]?.bytes ?? [] }
            output += retired
            output += section.suffix.flatMap { $0 }
          }
          wroteRetired = true
        case .other:
          output += section.heading ?? []
          output += section.body.flatMap { $0 }
        }
        if index == lastTopic ?? sections.count - 1 {
          for topic in fresh.topics
          where !oldNames.contains(topic.name) && chunks[topic.name] != nil {
            output += lineBreak + LineBreak.line(writer.heading(topic), lineBreak) + lineBreak
            output += (chunks[topic.name] ?? []).flatMap { $0 }
          }
        }
      }
      if !wroteRetired, !retired.isEmpty {
        output += lineBreak + LineBreak.line(ChecklistSyntax.retiredHeading, lineBreak) + lineBreak
        output += retired
      }
      if let last = unterminatedLastLine, output.count >= last.count + lineBreak.count,
        output.suffix(last.count + lineBreak.count).elementsEqual(last + lineBreak)
      {
        output.removeLast(lineBreak.count)
      }
      return output
    }

    private static func insertingBeforeTrailingBlanks(
      _ bytes: [UInt8],
      into body: [[UInt8]]
    ) -> [UInt8] {
      var end = body.count
      while end > 0, isBlank(body[end - 1]) { end -= 1 }
      return body[..<end].flatMap { $0 } + bytes + body[end...].flatMap { $0 }
    }

    private static func title(of heading: [UInt8]) -> String {
      var text = String(decoding: heading, as: UTF8.self)
      // CR LF is one `Character`, which is neither "\r" nor "\n".
      while text.last?.isNewline == true { text.removeLast() }
      return text
    }

    static func isBlank(_ line: [UInt8]) -> Bool {
      line.allSatisfy {
        $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == 0x0A || $0 == 0x0D
      }
    }

    static func isHeading(_ line: [UInt8]) -> Bool {
      line.starts(with: "# ".utf8) || line.starts(with: "## ".utf8)
    }

    static func isRetiredHeading(_ line: [UInt8]) -> Bool {
      title(of: line).hasSuffix(ChecklistSyntax.retiredMark)
    }
  }
}
