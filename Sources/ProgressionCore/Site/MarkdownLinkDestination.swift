/// A link's destination that a page may link to: an `http:`, `https:` or `mailto:` URL, or a
/// relative reference (`../web/`, `#level-2`, `guide.html`). Any other scheme (`javascript:`,
/// `data:`, `file:`) is refused, and so is a destination with a control character; the
/// Markdown of such a link is then shown as text.
struct MarkdownLinkDestination: Hashable, Sendable {
  /// The destination as written (after backslash escapes).
  var text: String
  /// Whether it has a scheme (`https:`), rather than being relative.
  var isAbsolute: Bool

  /// The schemes allowed, lowercased, with their colon.
  static let allowedSchemes = ["http:", "https:", "mailto:"]

  /// `text` as a destination, or `nil` when it is not allowed.
  init?(_ text: String) {
    guard !text.unicodeScalars.contains(where: HTMLEscaping.isControl) else { return nil }
    let beforePath = text.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
    guard let colon = beforePath.firstIndex(of: ":") else {
      self.text = text
      isAbsolute = false
      return
    }
    let scheme = text[...colon].lowercased()
    guard Self.allowedSchemes.contains(scheme), text.index(after: colon) < text.endIndex else {
      return nil
    }
    self.text = text
    isAbsolute = true
  }
}
