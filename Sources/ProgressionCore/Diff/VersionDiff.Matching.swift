extension VersionDiff {
  /// A criterion of one version, with where it sits and its place in file order.
  struct Item {
    var place: Place
    var criterion: Criterion
    /// The criterion's index in file order, across all topics.
    var order: Int

    /// The framework's criteria in file order: its own, and the inherited ones too when
    /// `includingInherited` (as `compare` reads a framework: what its site shows); only the
    /// entries whose level `levels` holds, when it is given.
    static func flatten(
      _ framework: Framework,
      includingInherited: Bool = false,
      levels: ClosedRange<Int>? = nil
    ) -> [Item] {
      var items: [Item] = []
      for topic in framework.topics {
        for entry in topic.levels where levels?.contains(entry.level) ?? true {
          let place = Place(topic: topic.name, level: entry.level)
          for criterion in entry.criteria where includingInherited || criterion.origin == .own {
            items.append(Item(place: place, criterion: criterion, order: items.count))
          }
        }
      }
      return items
    }
  }

  /// The state of matching old criteria to new ones, pass by pass. `FrameworkComparison` runs
  /// passes 1 and 3 on two frameworks, so that both commands pair criteria by the same rules.
  struct Matching {
    /// How a new criterion was matched to an old one.
    enum Link {
      case unchanged
      case moved
      case reworded
    }

    private struct PlacedText: Hashable {
      var place: Place
      var text: String
    }

    let old: [Item]
    let new: [Item]
    /// For each new criterion, its old counterpart and how they match.
    private var partnerOfNew: [(old: Int, link: Link)?]
    /// Whether each old criterion has been matched.
    private var oldMatched: [Bool]
    private var rewordMatcher = RewordMatcher()

    init(old: [Item], new: [Item]) {
      self.old = old
      self.new = new
      partnerOfNew = Array(repeating: nil, count: new.count)
      oldMatched = Array(repeating: false, count: old.count)
    }

    /// Pass 1: the same text at the same topic and level.
    mutating func matchInPlace() {
      var waiting: [PlacedText: [Int]] = [:]
      waiting.reserveCapacity(old.count)
      for index in old.indices.reversed() {
        waiting[PlacedText(place: old[index].place, text: old[index].criterion.text), default: []]
          .append(index)
      }
      for index in new.indices {
        let key = PlacedText(place: new[index].place, text: new[index].criterion.text)
        guard let oldIndex = waiting[key]?.popLast() else { continue }
        link(oldIndex, index, .unchanged)
      }
    }

    /// Pass 2: the same text elsewhere; a candidate in the same topic wins, then file order.
    mutating func matchMoves() {
      var waiting: [String: [Int]] = [:]
      for index in old.indices where !oldMatched[index] {
        waiting[old[index].criterion.text, default: []].append(index)
      }
      guard !waiting.isEmpty else { return }
      for index in new.indices where partnerOfNew[index] == nil {
        let text = new[index].criterion.text
        guard let candidates = waiting[text], !candidates.isEmpty else { continue }
        let topic = new[index].place.topic
        let chosen = candidates.firstIndex { old[$0].place.topic == topic } ?? 0
        link(candidates[chosen], index, .moved)
        waiting[text]?.remove(at: chosen)
      }
    }

    /// Pass 3: similar text at the same topic and level.
    mutating func matchRewords() {
      var buckets: [Place: (old: [Int], new: [Int])] = [:]
      for index in old.indices where !oldMatched[index] {
        buckets[old[index].place, default: ([], [])].old.append(index)
      }
      guard !buckets.isEmpty else { return }
      for index in new.indices where partnerOfNew[index] == nil {
        let place = new[index].place
        guard buckets[place] != nil else { continue }
        buckets[place]?.new.append(index)
      }
      for bucket in buckets.values where !bucket.new.isEmpty {
        let pairs = rewordMatcher.pairs(
          old: bucket.old.map { old[$0].criterion.text },
          new: bucket.new.map { new[$0].criterion.text }
        )
        for pair in pairs { link(bucket.old[pair.old], bucket.new[pair.new], .reworded) }
      }
    }

    /// The old criterion the new one at `index` was matched to, and how; `nil` when it is new.
    func partner(ofNew index: Int) -> (old: Int, link: Link)? { partnerOfNew[index] }

    private mutating func link(_ oldIndex: Int, _ newIndex: Int, _ link: Link) {
      partnerOfNew[newIndex] = (oldIndex, link)
      oldMatched[oldIndex] = true
    }

    /// Every change, sorted by level, then removals, moves, rewordings, additions and example
    /// changes, each in file order.
    mutating func changes() -> [Change] {
      var keyed: [(key: SortKey, change: Change)] = []
      for (index, item) in new.enumerated() {
        let place = item.place
        guard let partner = partnerOfNew[index] else {
          keyed.append((SortKey(place.level, 3, item.order), .added(item.criterion, at: place)))
          continue
        }
        let before = old[partner.old]
        switch partner.link {
        case .unchanged:
          break
        case .moved:
          keyed.append(
            (
              SortKey(place.level, 1, item.order),
              .moved(old: before.criterion, new: item.criterion, from: before.place, to: place)
            )
          )
        case .reworded:
          let words = WordDiff(from: before.criterion.text, to: item.criterion.text)
          keyed.append(
            (
              SortKey(place.level, 2, item.order),
              .reworded(old: before.criterion, new: item.criterion, at: place, words: words)
            )
          )
        }
        let exampleChanges = exampleChanges(from: before.criterion, to: item.criterion, at: place)
        for (offset, change) in exampleChanges.enumerated() {
          keyed.append((SortKey(place.level, 4, item.order, offset), change))
        }
      }
      for (index, item) in old.enumerated() where !oldMatched[index] {
        keyed.append(
          (SortKey(item.place.level, 0, item.order), .removed(item.criterion, at: item.place))
        )
      }
      keyed.sort { $0.key < $1.key }
      return keyed.map(\.change)
    }

    /// The example changes between two versions of a criterion: kept (same text), reworded,
    /// added, then removed.
    private mutating func exampleChanges(
      from before: Criterion,
      to after: Criterion,
      at place: Place
    ) -> [Change] {
      let oldTexts = before.examples.map(\.text)
      let newTexts = after.examples.map(\.text)
      guard oldTexts != newTexts else { return [] }
      var waiting: [String: [Int]] = [:]
      for index in oldTexts.indices.reversed() {
        waiting[oldTexts[index], default: []].append(index)
      }
      var oldKept = [Bool](repeating: false, count: oldTexts.count)
      var newKept = [Bool](repeating: false, count: newTexts.count)
      for index in newTexts.indices {
        guard let oldIndex = waiting[newTexts[index]]?.popLast() else { continue }
        oldKept[oldIndex] = true
        newKept[index] = true
      }
      let oldLeft = oldTexts.indices.filter { !oldKept[$0] }
      let newLeft = newTexts.indices.filter { !newKept[$0] }
      var rewordedFrom: [Int: Int] = [:]
      for pair in rewordMatcher.pairs(
        old: oldLeft.map { oldTexts[$0] },
        new: newLeft.map { newTexts[$0] }
      ) {
        rewordedFrom[newLeft[pair.new]] = oldLeft[pair.old]
        oldKept[oldLeft[pair.old]] = true
      }
      var changes: [Change] = []
      for index in newLeft {
        let example = after.examples[index]
        if let oldIndex = rewordedFrom[index] {
          let previous = before.examples[oldIndex]
          let words = WordDiff(from: previous.text, to: example.text)
          changes.append(
            .exampleReworded(old: previous, new: example, criterion: after, at: place, words: words)
          )
        } else {
          changes.append(.exampleAdded(example, criterion: after, at: place))
        }
      }
      for index in oldTexts.indices where !oldKept[index] {
        changes.append(.exampleRemoved(before.examples[index], criterion: after, at: place))
      }
      return changes
    }
  }

  /// Orders changes by level, kind rank, file order and position among a criterion's examples.
  private struct SortKey: Comparable {
    var level: Int
    var rank: Int
    var order: Int
    var offset: Int

    init(_ level: Int, _ rank: Int, _ order: Int, _ offset: Int = 0) {
      self.level = level
      self.rank = rank
      self.order = order
      self.offset = offset
    }

    static func < (lhs: SortKey, rhs: SortKey) -> Bool {
      (lhs.level, lhs.rank, lhs.order, lhs.offset) < (rhs.level, rhs.rank, rhs.order, rhs.offset)
    }
  }
}
