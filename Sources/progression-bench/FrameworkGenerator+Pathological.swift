/// Inputs of unusual shape, to check that time per byte doesn't depend on the shape.
extension FrameworkGenerator {
  /// A framework whose one criterion is a single double-quoted scalar of about `size` bytes.
  static func hugeScalar(size: Int, seed: UInt64) -> [UInt8] {
    var generator = FrameworkGenerator(seed: seed, reservingCapacity: size + 8192)
    generator.appendFrontMatterKeys(name: "huge-scalar")
    generator.append("topics:\n  - name: \"mastery\"\n    title: \"🛠️ Mastery\"\n    content:\n")
    generator.append("      - level: 1\n        criteria:\n          - \"")
    while generator.bytes.count < size {
      generator.appendSentence(words: 20)
      generator.append(". ")
    }
    generator.append("\"\n")
    generator.appendBody()
    return generator.bytes
  }

  /// A front matter mapping with `count` keys besides the framework's own (`extra000001: "…"`),
  /// then one ordinary topic. Not a valid framework if the model refuses unknown keys.
  static func manyKeys(count: Int, seed: UInt64) -> [UInt8] {
    var generator = FrameworkGenerator(seed: seed, reservingCapacity: count * 48)
    generator.appendFrontMatterKeys(name: "many-keys")
    for index in 1...count {
      generator.append("extra\(zeroPadded(index, width: 6)): \"")
      generator.appendSentence(words: generator.random.inRange(1...4))
      generator.append("\"\n")
    }
    generator.append("topics:\n")
    generator.appendTopic(index: 1)
    generator.appendBody()
    return generator.bytes
  }

  /// A framework of `count` small topics (one or two levels of two criteria each).
  static func manyTopics(count: Int, seed: UInt64) -> [UInt8] {
    var generator = FrameworkGenerator(seed: seed, reservingCapacity: count * 400)
    generator.appendFrontMatterKeys(name: "many-topics")
    generator.append("topics:\n")
    for index in 1...count {
      generator.append("  - name: \"topic-\(index)\"\n    title: \"Topic \(index)\"\n")
      generator.append("    content:\n")
      for level in 1...generator.random.inRange(1...2) {
        generator.appendLevel(level, criteria: 2, withExamples: false)
      }
    }
    generator.appendBody()
    return generator.bytes
  }

  /// `chains` block mappings nested `depth` deep (`k:` indented two more spaces per level)
  /// under front matter keys `nested01:`..., then one ordinary topic. Not a valid framework if
  /// the model refuses unknown keys. Each chain is about `depth * depth` bytes.
  static func deepNesting(depth: Int, chains: Int, seed: UInt64) -> [UInt8] {
    var generator = FrameworkGenerator(seed: seed, reservingCapacity: chains * depth * depth + 8192)
    generator.appendFrontMatterKeys(name: "deep-nesting")
    for chain in 1...chains {
      generator.append("nested\(zeroPadded(chain, width: 2)):\n")
      for level in 1..<depth {
        generator.appendSpaces(2 * level)
        generator.append(level == depth - 1 ? "k: \"deepest\"\n" : "k:\n")
      }
    }
    generator.append("topics:\n")
    generator.appendTopic(index: 1)
    generator.appendBody()
    return generator.bytes
  }
}

private func zeroPadded(_ value: Int, width: Int) -> String {
  let digits = String(value)
  return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
