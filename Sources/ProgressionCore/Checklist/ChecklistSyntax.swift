/// The marks a checklist's Markdown carries so that it can be read back: written by `checklist`,
/// read by `ChecklistParser`. Everything else in the file is the person's.
///
/// ```
/// <!-- progression-checklist
/// framework: backend
/// level: 3
/// -->
/// ## Communication <!-- topic:communication -->
/// - [ ] Writes clear design documents _(level 2)_ _(inherited)_ <!-- id:3f9a0c1b -->
/// ```
public enum ChecklistSyntax {
  /// The line that opens the header comment.
  public static let headerStart = "<!-- progression-checklist"
  /// The line that closes it.
  public static let headerEnd = "-->"
  /// The header's keys, in the order they are written.
  public enum Key: String, CaseIterable, Sendable {
    case framework, title, source, level, cumulative, topics
  }
  /// Before a topic's name, after its heading's title.
  public static let topicMark = " <!-- topic:"
  /// At the end of the heading of the section of items no longer in the framework.
  public static let retiredMark = " <!-- retired -->"
  /// That section's heading.
  public static let retiredHeading = "## No longer in the framework" + retiredMark
  /// The characters an item's line may start with: `checklist` writes `-`; a person or their
  /// editor may use the other two, which CommonMark allows for list items.
  public static let bullets: Set<Character> = ["-", "*", "+"]
  /// Before an item's id, at the end of its line.
  public static let idMark = " <!-- id:"
  /// After a topic's name or an item's id.
  public static let commentEnd = " -->"
  /// After the text of an item inherited from the `generic` framework.
  public static let inheritedMark = " _(inherited)_"
  /// Before the level after the text of an item in a cumulative checklist.
  public static let levelMarkStart = " _(level "
  /// After that level.
  public static let levelMarkEnd = ")_"

  /// `value` made safe to write on one line of the header: line breaks become spaces, other
  /// control characters are written as `\u{1B}` (so that `cat` on the file cannot drive the
  /// terminal), and a `-->`, which would end the comment, loses its `>`.
  public static func headerValue(_ value: String) -> String {
    var line = ""
    for character in value {
      if character.isNewline {
        line.append(" ")
        continue
      }
      for scalar in character.unicodeScalars {
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
          line += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        } else {
          line.unicodeScalars.append(scalar)
        }
      }
    }
    while let range = line.firstRange(of: "-->") {
      line.replaceSubrange(range, with: "--")
    }
    return line
  }
}
