/// A strict checker of the HTML `progression site` writes, stricter than browsers: the pages
/// must be well formed as XML would have them (every element closed in order, but for void
/// elements), with every attribute double-quoted, every `&` a character reference, no `<` or
/// `>` in text or attribute values, no control character, unique ids, one `<h1>`, and headings
/// that never skip a level.
public struct StrictHTMLChecker {
  /// What is wrong with the page, each with its line; empty when it passes.
  public private(set) var problems: [String] = []

  /// Elements that have no end tag.
  static let voidElements: Set<String> = ["meta", "link", "br", "hr", "img", "input"]
  /// Elements whose content is not HTML, skipped up to their end tag.
  static let rawTextElements: Set<String> = ["script", "style"]
  /// The character references the site writes.
  static let references = ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"]

  /// Checks `html`.
  public init(_ html: String) {
    let scalars = Array(html.unicodeScalars)
    var index = 0
    var line = 1
    var stack: [String] = []
    var ids: Set<String> = []
    var headingLevels: [Int] = []
    let doctype = Array("<!DOCTYPE html>\n".unicodeScalars)
    if scalars.starts(with: doctype) {
      index = doctype.count
      line = 2
    } else {
      problems.append("line 1: no '<!DOCTYPE html>'")
    }
    func problem(_ text: String) { problems.append("line \(line): \(text)") }
    func reference(at position: Int) -> Bool {
      Self.references.contains { scalars[position...].starts(with: $0.unicodeScalars) }
    }
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "\n" { line += 1 }
      if scalar.value < 0x20 && scalar != "\n" && scalar != "\t"
        || (0x7F...0x9F).contains(scalar.value)
      {
        problem("control character U+\(String(scalar.value, radix: 16))")
      }
      switch scalar {
      case ">": problem("'>' in text")
      case "&": if !reference(at: index) { problem("'&' that starts no reference") }
      case "<":
        guard let end = scalars[index...].firstIndex(of: ">") else {
          problem("unclosed tag")
          index = scalars.count
          continue
        }
        let tag = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
        if tag.contains("<") { problem("'<' inside a tag") }
        if tag.hasPrefix("/") {
          let name = String(tag.dropFirst())
          if stack.last == name {
            stack.removeLast()
          } else {
            problem("'</\(name)>' closes '\(stack.last ?? "nothing")'")
          }
        } else {
          let (name, attributes) = Self.parseTag(tag, problem: problem)
          for (key, value) in attributes {
            if key == "id" && !ids.insert(value).inserted { problem("id '\(value)' twice") }
            let valueScalars = Array(value.unicodeScalars)
            for (offset, character) in valueScalars.enumerated() where character == "&" {
              if !Self.references.contains(where: {
                valueScalars[offset...].starts(with: $0.unicodeScalars)
              }) {
                problem("'&' in attribute '\(key)' starts no reference")
              }
            }
          }
          if name.count == 2, name.first == "h", let level = Int(name.dropFirst()) {
            headingLevels.append(level)
          }
          if Self.rawTextElements.contains(name) {
            let close = Array("</\(name)>".unicodeScalars)
            var search = end + 1
            while search < scalars.count, !scalars[search...].starts(with: close) { search += 1 }
            index = search + close.count
            continue
          }
          if !Self.voidElements.contains(name) { stack.append(name) }
        }
        for character in scalars[index...end] where character == "\n" { line += 1 }
        index = end + 1
        continue
      default: break
      }
      index += 1
    }
    if !stack.isEmpty { problems.append("unclosed elements: \(stack.joined(separator: ", "))") }
    if headingLevels.filter({ $0 == 1 }).count != 1 {
      problems.append("\(headingLevels.filter { $0 == 1 }.count) h1 elements, not 1")
    }
    for (previous, next) in zip(headingLevels, headingLevels.dropFirst()) where next > previous + 1
    {
      problems.append("heading h\(next) after h\(previous) skips a level")
    }
  }

  /// The name and attributes of a start tag's text (`a href="x"`), reporting any attribute not
  /// written `name="value"` without `<`, `>` or `"` in the value.
  private static func parseTag(
    _ tag: String,
    problem: (String) -> Void
  ) -> (String, [(String, String)]) {
    var rest = Substring(tag)
    let name = String(rest.prefix { $0.isLetter || $0.isNumber })
    if name.isEmpty || name != name.lowercased() { problem("tag name '\(name)'") }
    rest = rest.dropFirst(name.count)
    var attributes: [(String, String)] = []
    while true {
      let spaces = rest.prefix { $0 == " " || $0 == "\n" }
      rest = rest.dropFirst(spaces.count)
      if rest.isEmpty { break }
      if spaces.isEmpty { problem("no space before an attribute in '<\(tag)>'") }
      let key = String(rest.prefix { $0.isLetter || $0 == "-" })
      rest = rest.dropFirst(key.count)
      guard !key.isEmpty, rest.hasPrefix("=\"") else {
        problem("attribute not written name=\"value\" in '<\(tag)>'")
        break
      }
      rest = rest.dropFirst(2)
      guard let quote = rest.firstIndex(of: "\"") else {
        problem("unclosed attribute value in '<\(tag)>'")
        break
      }
      attributes.append((key, String(rest[..<quote])))
      rest = rest[rest.index(after: quote)...]
    }
    return (name, attributes)
  }
}
