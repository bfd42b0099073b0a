import YAMLSubset

extension FileValidation {
  /// `level-order` and `missing-levels`: each topic's levels ascend, and every level of the
  /// framework is reached by some topic.
  ///
  /// Levels out of range and repeated levels are the decoder's errors, already recorded; an
  /// entry with a repeated level is not also out of order.
  mutating func checkLevels(of framework: Framework, root: YAMLNode) {
    var reached = Set<Int>()
    for topic in framework.topics {
      var highest: Int?
      var seen = Set<Int>()
      for entry in topic.levels {
        let isRepeated = !seen.insert(entry.level).inserted
        if let highest, entry.level < highest, !isRepeated {
          report(
            .levelOrder,
            LevelMessage.outOfOrder(entry.level, after: highest, topic: topic.name),
            at: entry.position
          )
        }
        highest = max(highest ?? entry.level, entry.level)
        reached.insert(entry.level)
      }
    }
    guard let levels = framework.levels, !(framework.isProseOnly && framework.topics.isEmpty),
      let levelsNode = root.mapping?["levels"]
    else { return }
    let missing = levels.filter { !reached.contains($0) }
    guard !missing.isEmpty else { return }
    report(
      .missingLevels,
      LevelMessage.missing(missing, levelCount: framework.levelCount),
      at: levelsNode.position
    )
  }
}

/// The messages of the `level-order` and `missing-levels` rules.
enum LevelMessage {
  static func outOfOrder(_ level: Int, after highest: Int, topic: String) -> String {
    "level \(level) comes after level \(highest) in topic '\(topic)'; list the levels of a "
      + "topic in ascending order"
  }

  /// `missing` is ascending. When the missing levels are the top ones, lowering `levels` is
  /// the other way out.
  static func missing(_ missing: [Int], levelCount: Int) -> String {
    let first = missing.first ?? 0
    let last = missing.last ?? 0
    let (described, pronoun) =
      missing.count == 1
      ? ("level \(first)", "it") : ("levels " + list(compressed(missing)), "them")
    let remaining = levelCount - missing.count
    let isTop = last == levelCount && last - first + 1 == missing.count && remaining > 0
    let lowering = isTop ? ", or lower 'levels' to \(remaining)" : ""
    return "no topic has \(described); add \(pronoun) to a topic\(lowering)"
  }

  /// Ascending `levels` with each run of three or more written as one range: `1, 2, 4–9`.
  static func compressed(_ levels: [Int]) -> [String] {
    var items: [String] = []
    var start = 0
    while start < levels.count {
      var end = start
      while end + 1 < levels.count, levels[end + 1] == levels[end] + 1 { end += 1 }
      if end - start >= 2 {
        items.append("\(levels[start])–\(levels[end])")
      } else {
        items += levels[start...end].map(String.init)
      }
      start = end + 1
    }
    return items
  }

  /// `a`, `a and b`, `a, b and c`.
  static func list(_ items: [String]) -> String {
    guard let last = items.last else { return "" }
    guard items.count > 1 else { return last }
    return items.dropLast().joined(separator: ", ") + " and " + last
  }
}
