/// A block of a Markdown text, as `MarkdownBlockParser` reads it: the CommonMark constructs
/// framework files use. Inline content (emphasis, links, code spans) is kept as raw text, for
/// `MarkdownInlineRenderer`.
enum MarkdownBlock: Hashable, Sendable {
  /// An ATX (`## Title`) or setext (`Title` over `===`) heading, with its written level (1–6).
  case heading(level: Int, text: String)
  /// Lines of text, joined with line feeds.
  case paragraph(String)
  /// A fenced or indented code block: its lines, verbatim, each ending in a line feed, and
  /// the first word of a fence's info string.
  case code(String, language: String?)
  /// A block quote's blocks.
  case quote([MarkdownBlock])
  /// A bullet or ordered list: its first number (`nil` for bullets), whether it is tight (no
  /// blank lines between its items, so their paragraphs have no `<p>`), and each item's blocks.
  case list(start: Int?, isTight: Bool, items: [[MarkdownBlock]])
  /// A thematic break (`---`, `***`, `___`).
  case thematicBreak
}
