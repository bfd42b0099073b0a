/// A shell `progression completion` writes a script for.
package enum CompletionShell: String, CaseIterable, Sendable {
  case bash
  case zsh
  case fish

  /// The completion script for `commands`, generated from their specifications.
  package func script(for commands: [CommandSpecification]) -> String {
    switch self {
    case .bash: BashCompletionGenerator.script(for: commands)
    case .zsh: ZshCompletionGenerator.script(for: commands)
    case .fish: FishCompletionGenerator.script(for: commands)
    }
  }
}

extension OptionSpecification {
  /// `-f` and `--format`, or `--format` alone.
  var spellings: [String] {
    (shortName.map { ["-\($0)"] } ?? []) + [longForm]
  }

  /// The first sentence of the help, for the one-line descriptions shells show.
  var shortHelp: String { CompletionText.firstSentence(of: help) }
}

/// Text helpers the generators share.
enum CompletionText {
  /// `text` up to the end of its first sentence, without the final period.
  static func firstSentence(of text: String) -> String {
    var sentence = Substring(text)
    if let end = text.firstRange(of: ". ") { sentence = text[..<end.lowerBound] }
    while sentence.hasSuffix(".") { sentence = sentence.dropLast() }
    return String(sentence)
  }

  /// `text` as one single-quoted shell word: `'it'\''s'`.
  static func singleQuoted(_ text: String) -> String {
    "'" + text.replacing("'", with: "'\\''") + "'"
  }
}
