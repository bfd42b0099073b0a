/// Generates framework files in the seed's exact structure, deterministically from a seed.
///
/// The output has the seed's front matter keys (`path`, `title`, `sidebarTitle`, `sidebarGroup`,
/// `yaml`, `levels`, `homepage`, `topics`), topics with `name`, `title` (sometimes empty) and
/// `content`, `- level: N` entries with `criteria:` lists of double-quoted strings and, for some
/// levels, `exampleCriteria:` with `criteria:`/`examples:`, then a Markdown body. Criteria have
/// the seed's lengths (median about 60 characters) with some emoji, typographic quotes, escaped
/// double quotes and trailing spaces after the closing quote.
///
/// The bytes go to a file in chunks of `chunkSize`.
struct FrameworkGenerator {
  /// The bytes not yet written.
  private var buffer: [UInt8] = []
  /// How many bytes were written before `buffer`.
  private var flushedCount = 0
  private let output: OutputFile
  var random: SeededGenerator
  private let chunkSize = 1 << 20

  init(seed: UInt64, output: OutputFile) {
    random = SeededGenerator(seed: seed)
    self.output = output
    buffer.reserveCapacity(chunkSize + 4096)
  }

  /// How many bytes have been generated so far.
  var count: Int { flushedCount + buffer.count }

  /// Writes what is left and closes the file.
  mutating func finish() throws(BenchError) {
    flush()
    try output.close()
  }

  /// A whole framework of at least `size` bytes (over by less than one topic), grown by adding
  /// realistic topics.
  mutating func writeFramework(size: Int, name: String? = nil) {
    appendFrontMatterKeys(name: name ?? "generated-\(size)")
    append("topics:\n")
    let bodySize = FrameworkVocabulary.bodyParagraphs.reduce(4) { $0 + $1.utf8.count + 2 }
    var index = 1
    repeat {
      appendTopic(index: index)
      index += 1
    } while count + bodySize < size
    appendBody()
  }

  mutating func append(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= chunkSize { flush() }
  }

  mutating func appendSpaces(_ count: Int) {
    buffer.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
    if buffer.count >= chunkSize { flush() }
  }

  private mutating func flush() {
    output.write(buffer)
    flushedCount += buffer.count
    buffer.removeAll(keepingCapacity: true)
  }

  /// `---` and the keys before `topics:`; the caller appends `topics:` and the topics.
  mutating func appendFrontMatterKeys(name: String) {
    append("---\n")
    append("path: \"/engineering/\(name)\"\n")
    append("title: \"🛠️ Generated Engineering Framework \(name)\"\n")
    append("sidebarTitle: \"🛠️ \(name)\"\n")
    append("sidebarGroup: \"engineering\"\n")
    append("yaml: true\n")
    append("levels: 6\n")
    append("homepage: false\n")
  }

  /// The closing `---` and a Markdown body of a couple of kilobytes.
  mutating func appendBody() {
    append("---\n")
    for paragraph in FrameworkVocabulary.bodyParagraphs {
      append(paragraph)
      append("\n\n")
    }
  }

  /// One topic as the seed writes them: most levels present, one to eight criteria each, and
  /// examples for about one level in five.
  mutating func appendTopic(index: Int) {
    let stem = random.pick(FrameworkVocabulary.topicStems)
    append("  - name: \"\(stem)-\(index)\"\n")
    if random.chance(15) {
      append("    title:\n")
    } else {
      let emoji = random.pick(FrameworkVocabulary.emoji)
      append("    title: \"\(emoji) \(stem.prefix(1).uppercased())\(stem.dropFirst()) \(index)\"\n")
    }
    append("    content:\n")
    var wroteLevel = false
    for level in 1...6 where random.chance(85) || (level == 6 && !wroteLevel) {
      wroteLevel = true
      appendLevel(level, criteria: random.inRange(1...8), withExamples: random.chance(20))
    }
  }

  /// One `- level: N` entry.
  mutating func appendLevel(_ level: Int, criteria: Int, withExamples: Bool) {
    append("      - level: \(level)\n")
    append("        criteria:\n")
    for _ in 0..<criteria {
      append("          - ")
      appendQuotedSentence()
      append(random.chance(1) ? "    \n" : "\n")
    }
    guard withExamples else { return }
    append("        exampleCriteria:\n")
    for _ in 0..<random.inRange(1...3) {
      append("          - criteria: ")
      appendQuotedSentence()
      append("\n            examples:\n")
      for _ in 0..<random.inRange(1...4) {
        append("              - ")
        appendQuotedSentence()
        append("\n")
      }
    }
  }

  /// A double-quoted criterion of 3 to 17 words (the seed's lengths: median about 60 characters).
  mutating func appendQuotedSentence() {
    append("\"")
    appendSentence(words: random.inRange(2...16))
    append("\"")
  }

  /// Unquoted sentence text, safe inside double quotes (its own quotes are escaped).
  mutating func appendSentence(words: Int) {
    append(random.pick(FrameworkVocabulary.openers))
    for _ in 0..<words {
      append(" ")
      let roll = random.below(100)
      if roll < 3 {
        append(random.pick(FrameworkVocabulary.typographicWords))
      } else if roll < 5 {
        append(random.pick(FrameworkVocabulary.emoji))
      } else if roll < 6 {
        append("\\\"\(random.pick(FrameworkVocabulary.words))\\\"")
      } else {
        append(random.pick(FrameworkVocabulary.words))
      }
    }
  }
}
