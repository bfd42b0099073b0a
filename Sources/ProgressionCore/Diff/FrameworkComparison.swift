/// Two frameworks (disciplines) side by side: for each topic and level, the criteria both expect,
/// those only the first expects and those only the second expects, with how much they overlap.
///
/// This answers "how different are the backend and mobile ladders at level 3". Each framework
/// is read as its site shows it: its own criteria, its example criteria and, when it was loaded
/// with inheritance, what it inherits from its `generic` (marked `.inherited`). Examples are not
/// compared.
///
/// Topics are matched by name (`name:`), as `VersionDiff` matches them, and criteria within the
/// same topic and level by the version diff's rules, so that "the same criterion" means one thing
/// across the tool:
/// 1. the same text: `same`;
/// 2. at least half the same words in order (`RewordMatcher`): `reworded`, with a word diff from
///    the first framework's text to the second's.
///
/// The version diff's `moved` pass is not used: a criterion the first framework expects at level
/// 3 and the second at level 4 is a difference between the ladders, so it is listed as only in
/// the first at level 3 and only in the second at level 4.
public struct FrameworkComparison: Hashable, Sendable {
  /// The levels compared, ascending: every level of either framework (`1...max` of their level
  /// counts), or those asked for. A level only one framework has is compared too: the other
  /// expects nothing there, so all its criteria are only in the one.
  public var levels: [Int]
  /// The topics of the first framework in its order, then those only the second has, in its
  /// order; a topic name that appears twice in a file is listed once.
  public var topics: [TopicComparison]

  /// Compares `first` with `second`.
  ///
  /// - Parameters:
  ///   - first: The framework shown on the left, called "A" in JSON.
  ///   - second: The framework shown on the right, called "B".
  ///   - levels: The levels to compare; every level of either framework when `nil`. Levels
  ///     outside a framework hold nothing of it; the command refuses them before it gets here.
  public init(_ first: Framework, _ second: Framework, levels: ClosedRange<Int>? = nil) {
    let upper = max(first.levelCount, second.levelCount)
    let compared = levels ?? (upper > 0 ? 1...upper : nil)
    self.levels = compared.map(Array.init) ?? []
    guard let compared else {
      topics = Self.topicNames(first, second).map {
        TopicComparison(name: $0.name, title: $0.title, isInA: $0.isInA, isInB: $0.isInB)
      }
      return
    }
    let aItems = VersionDiff.Item.flatten(first, includingInherited: true, levels: compared)
    let bItems = VersionDiff.Item.flatten(second, includingInherited: true, levels: compared)
    var matching = VersionDiff.Matching(old: aItems, new: bItems)
    matching.matchInPlace()
    matching.matchRewords()

    // The pairings by topic name and level.
    var groups: [String: [Int: Group]] = [:]
    var partnerOfA: [(b: Int, link: VersionDiff.Matching.Link)?] = Array(
      repeating: nil,
      count: aItems.count
    )
    for (index, item) in bItems.enumerated() {
      if let partner = matching.partner(ofNew: index) {
        partnerOfA[partner.old] = (index, partner.link)
      } else {
        groups[item.place.topic, default: [:]][item.place.level, default: Group()]
          .add(.onlyB(item.criterion))
      }
    }
    for (index, item) in aItems.enumerated() {
      let pairing: Pairing
      if let partner = partnerOfA[index] {
        let other = bItems[partner.b].criterion
        pairing =
          partner.link == .unchanged
          ? .same(item.criterion, other)
          : .reworded(
            item.criterion,
            other,
            words: WordDiff(from: item.criterion.text, to: other.text)
          )
      } else {
        pairing = .onlyA(item.criterion)
      }
      groups[item.place.topic, default: [:]][item.place.level, default: Group()].add(pairing)
    }

    topics = Self.topicNames(first, second).map { topic in
      var comparison = TopicComparison(
        name: topic.name,
        title: topic.title,
        isInA: topic.isInA,
        isInB: topic.isInB
      )
      let levels = groups[topic.name] ?? [:]
      comparison.levels = levels.keys.sorted().compactMap { level in
        levels[level].map { LevelComparison(level: level, pairings: $0.pairings) }
      }
      return comparison
    }
  }

  /// How much the two frameworks overlap across every topic and level compared.
  public var overlap: Overlap {
    topics.reduce(Overlap()) { $0 + $1.overlap }
  }

  /// The pairings of one topic and level as they are found, kept in the order a level lists
  /// them: pairs (in the first framework's order), then what only the first has, then what
  /// only the second has.
  private struct Group {
    var pairs: [Pairing] = []
    var onlyA: [Pairing] = []
    var onlyB: [Pairing] = []

    mutating func add(_ pairing: Pairing) {
      switch pairing {
      case .same, .reworded: pairs.append(pairing)
      case .onlyA: onlyA.append(pairing)
      case .onlyB: onlyB.append(pairing)
      }
    }

    var pairings: [Pairing] { pairs + onlyA + onlyB }
  }

  /// The topic names of both frameworks, first's order then second's, each once, with the title
  /// to show (the first framework's, else the second's) and which frameworks have it.
  private static func topicNames(
    _ first: Framework,
    _ second: Framework
  ) -> [(name: String, title: String, isInA: Bool, isInB: Bool)] {
    let namesInB = Set(second.topics.map(\.name))
    var seen: Set<String> = []
    var result: [(name: String, title: String, isInA: Bool, isInB: Bool)] = []
    for topic in first.topics where seen.insert(topic.name).inserted {
      result.append((topic.name, topic.displayTitle, true, namesInB.contains(topic.name)))
    }
    for topic in second.topics where seen.insert(topic.name).inserted {
      result.append((topic.name, topic.displayTitle, false, true))
    }
    return result
  }
}
