/// Writes `Sources/ProgressionCore/Bundled/BundledFrameworks.swift` from the framework files.
enum BundledSourceGenerator {
  /// The whole Swift source for `files` (name and UTF-8 text, sorted by name).
  static func source(for files: [(name: String, text: String)]) -> String {
    var source = """
      // swift-format-ignore-file
      //
      // Generated from the files in `frameworks/` by BundledFrameworksTests: do not edit.
      // To regenerate after changing `frameworks/`, run
      //   UPDATE_BUNDLED=1 swift test --filter BundledFrameworksTests
      // which rewrites this file and fails so that the change is reviewed; then run it again.
      //
      // Each file is an array of string literals, one per line with its line break escaped, so
      // that the bytes are exact (a multi-line literal would rewrite line breaks and indentation)
      // and a change to a framework shows up as a readable diff.

      /// The framework files compiled into the tool, so that it finds them from any directory,
      /// even after its binary is copied elsewhere (no resource bundle, no Foundation).
      package enum BundledFrameworks {
        /// Each file of `frameworks/`, sorted by name: its file name, and its lines, which joined
        /// give its exact bytes.
        package static let files: [(name: String, lines: [String])] = [

      """
    for file in files {
      source += "    (\n"
      source += "      name: \(literal(file.name)),\n"
      source += "      lines: [\n"
      for line in lines(of: file.text) {
        source += "        \(literal(line)),\n"
      }
      source += "      ]\n"
      source += "    ),\n"
    }
    source += "  ]\n}\n"
    return source
  }

  /// `text` split after each line feed; the last line may have none.
  static func lines(of text: String) -> [Substring] {
    var lines: [Substring] = []
    var start = text.unicodeScalars.startIndex
    for index in text.unicodeScalars.indices where text.unicodeScalars[index] == "\n" {
      let end = text.unicodeScalars.index(after: index)
      lines.append(Substring(text.unicodeScalars[start..<end]))
      start = end
    }
    if start < text.unicodeScalars.endIndex {
      lines.append(Substring(text.unicodeScalars[start...]))
    }
    return lines
  }

  /// A Swift string literal holding exactly `text`: quotes, backslashes and line breaks escaped,
  /// and invisible characters (controls, format characters such as U+200D, separators,
  /// unassigned and private use scalars) written as `\u{...}` so that a reader sees them.
  static func literal(_ text: some StringProtocol) -> String {
    var literal = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": literal += "\\\""
      case "\\": literal += "\\\\"
      case "\n": literal += "\\n"
      case "\r": literal += "\\r"
      case "\t": literal += "\\t"
      default:
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .unassigned, .privateUse,
          .surrogate:
          literal += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        default:
          literal.unicodeScalars.append(scalar)
        }
      }
    }
    return literal + "\""
  }
}
