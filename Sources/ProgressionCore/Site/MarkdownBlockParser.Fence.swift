extension MarkdownBlockParser {
  /// The opening line of a fenced code block: three or more backticks or tildes.
  struct Fence: Hashable, Sendable {
    /// `` ` `` or `~`.
    var character: Character
    /// How many there are; the closing fence needs as many or more.
    var length: Int
    /// The opening line's indentation, removed from the code's lines.
    var indent: Int
    /// The first word of the info string, such as `swift`.
    var language: String?

    /// The fence `content` opens, indented by `indent`; `nil` when it opens none.
    init?(opening content: Substring, indent: Int) {
      guard let first = content.first, first == "`" || first == "~" else { return nil }
      let length = content.prefix { $0 == first }.count
      guard length >= 3 else { return nil }
      let info = content.dropFirst(length)
      if first == "`", info.contains("`") { return nil }
      character = first
      self.length = length
      self.indent = indent
      let word = info.split(separator: " ").first.map(String.init)
      language = word?.isEmpty == false ? word : nil
    }

    /// Whether `content` (a line indented by less than 4) closes this fence.
    func isClosed(by content: Substring) -> Bool {
      let run = content.prefix { $0 == character }.count
      return run >= length && content.dropFirst(run).allSatisfy { $0 == " " }
    }
  }
}
