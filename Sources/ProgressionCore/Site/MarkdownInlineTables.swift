/// What an inline text's delimiters match, worked out in one pass each so that rendering never
/// scans ahead: backtick runs and which closes which, brackets and which closes which, and for
/// each position the next `)`, `>`, `<`, quote, line feed, space and character that is not one
/// (these only for a text with a `[` or a `<`, the only places they are looked up from).
struct MarkdownInlineTables {
  /// A run of backticks: where it starts and how long it is.
  struct Run: Hashable, Sendable {
    var start: Int
    var length: Int
  }

  /// The backtick runs, in order; an escaped backtick (`\``) starts none.
  private(set) var backtickRuns: [Run] = []
  /// For each run, the next run of the same length, which closes the code span it opens.
  private(set) var closingRun: [Int?] = []
  /// For each `[` that one closes, the position of its `]`, nested as brackets nest.
  private(set) var closingBracket: [Int: Int] = [:]
  /// For each position, the first position at or after it holding `)` (the count when none).
  private(set) var nextParenthesis: [Int] = []
  /// The same for `(`.
  private(set) var nextOpeningParenthesis: [Int] = []
  /// The same for `>`.
  private(set) var nextGreaterThan: [Int] = []
  /// The same for `<`.
  private(set) var nextLessThan: [Int] = []
  /// The same for `"`.
  private(set) var nextDoubleQuote: [Int] = []
  /// The same for `'`.
  private(set) var nextSingleQuote: [Int] = []
  /// The same for a space, a tab or a line feed.
  private(set) var nextWhitespace: [Int] = []
  /// The same for anything but a space, a tab or a line feed.
  private(set) var nextNonWhitespace: [Int] = []

  /// The tables of `scalars`.
  init(_ scalars: [Unicode.Scalar]) {
    var openBrackets: [Int] = []
    var position = 0
    while position < scalars.count {
      switch scalars[position] {
      case "\\":
        position += 2
        continue
      case "`":
        let start = position
        while position < scalars.count, scalars[position] == "`" { position += 1 }
        backtickRuns.append(Run(start: start, length: position - start))
        continue
      case "[": openBrackets.append(position)
      case "]":
        if let open = openBrackets.popLast() { closingBracket[open] = position }
      default: break
      }
      position += 1
    }
    closingRun = Array(repeating: nil, count: backtickRuns.count)
    var laterRun: [Int: Int] = [:]
    for run in backtickRuns.indices.reversed() {
      closingRun[run] = laterRun[backtickRuns[run].length]
      laterRun[backtickRuns[run].length] = run
    }
    // Only a `[` or a `<` starts what the tables below serve: most texts need none of them.
    guard scalars.contains(where: { $0 == "[" || $0 == "<" }) else { return }
    nextParenthesis = Self.nextPositions(in: scalars) { $0 == ")" }
    nextOpeningParenthesis = Self.nextPositions(in: scalars) { $0 == "(" }
    nextGreaterThan = Self.nextPositions(in: scalars) { $0 == ">" }
    nextLessThan = Self.nextPositions(in: scalars) { $0 == "<" }
    nextDoubleQuote = Self.nextPositions(in: scalars) { $0 == "\"" }
    nextSingleQuote = Self.nextPositions(in: scalars) { $0 == "'" }
    nextWhitespace = Self.nextPositions(in: scalars, where: Self.isWhitespace)
    nextNonWhitespace = Self.nextPositions(in: scalars) { !Self.isWhitespace($0) }
  }

  /// Whether `scalar` is a space, a tab or a line feed.
  static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\t" || scalar == "\n"
  }

  /// For each position of `scalars` and the end, the first position at or after it whose
  /// scalar satisfies `matches`, or `scalars.count`.
  private static func nextPositions(
    in scalars: [Unicode.Scalar],
    where matches: (Unicode.Scalar) -> Bool
  ) -> [Int] {
    var next = Array(repeating: scalars.count, count: scalars.count + 1)
    var index = scalars.count - 1
    while index >= 0 {
      next[index] = matches(scalars[index]) ? index : next[index + 1]
      index -= 1
    }
    return next
  }
}
