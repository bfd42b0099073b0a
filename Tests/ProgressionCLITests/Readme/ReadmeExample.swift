import Testing

/// A `console` block of the README: a command line and the output the README shows for it.
///
/// A block reads
/// ````
/// ```console
/// $ progression show backend --level 3
/// …output…
/// ```
/// ````
/// `swift run progression` counts as `progression`. Blocks in other languages (`sh`, `yaml`)
/// are recipes or file excerpts and are not run.
struct ReadmeExample: CustomTestStringConvertible {
  /// The arguments after `progression`.
  var arguments: [String]
  /// The output shown under the command, each line ending in a line break.
  var output: String
  /// The line of the README where the block's command is, for messages.
  var line: Int

  var testDescription: String {
    "README line \(line): progression \(arguments.joined(separator: " "))"
  }

  /// The console examples of `markdown`, in order.
  static func examples(in markdown: String) -> [ReadmeExample] {
    consoleBlocks(in: markdown).map { block in
      ReadmeExample(
        arguments: block.arguments,
        output: block.output.map { "\($0)\n" }.joined(),
        line: block.line
      )
    }
  }

  /// `markdown` with the output of every console example replaced by `run(arguments)`.
  static func replacingOutputs(
    in markdown: String,
    run: ([String]) -> String
  ) -> String {
    var lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for block in consoleBlocks(in: markdown).reversed() {
      var output = run(block.arguments).split(separator: "\n", omittingEmptySubsequences: false)
        .map(String.init)
      if output.last == "" { output.removeLast() }
      lines.replaceSubrange(block.outputLines, with: output)
    }
    return lines.joined(separator: "\n")
  }

  /// A console block: its command's arguments, the 1-based line of the command, and the
  /// 0-based range of its output lines.
  private struct Block {
    var arguments: [String]
    var line: Int
    var outputLines: Range<Int>
    var output: ArraySlice<Substring>
  }

  private static func consoleBlocks(in markdown: String) -> [Block] {
    let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
    var blocks: [Block] = []
    var index = 0
    while index < lines.count {
      let line = lines[index]
      index += 1
      guard line.hasPrefix("```") else { continue }
      let fenceEnd = lines[index...].firstIndex { $0 == "```" } ?? lines.count
      if line == "```console", index < fenceEnd {
        blocks.append(
          Block(
            arguments: arguments(of: String(lines[index])),
            line: index + 1,
            outputLines: (index + 1)..<fenceEnd,
            output: lines[(index + 1)..<fenceEnd]
          )
        )
      }
      index = fenceEnd + 1
    }
    return blocks
  }

  /// Splits `$ progression a 'b c' "d"` into `["a", "b c", "d"]`.
  private static func arguments(of command: String) -> [String] {
    var words: [String] = []
    var current = ""
    var quote: Character?
    var hasWord = false
    for character in command {
      if let open = quote {
        if character == open { quote = nil } else { current.append(character) }
      } else if character == "'" || character == "\"" {
        quote = character
        hasWord = true
      } else if character == " " {
        if hasWord { words.append(current) }
        current = ""
        hasWord = false
      } else {
        current.append(character)
        hasWord = true
      }
    }
    if hasWord { words.append(current) }
    let prefixes: [[String]] = [["$", "swift", "run", "progression"], ["$", "progression"]]
    for prefix in prefixes where words.starts(with: prefix) {
      return Array(words.dropFirst(prefix.count))
    }
    return words
  }
}
