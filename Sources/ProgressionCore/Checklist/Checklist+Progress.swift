extension Checklist {
  /// How many of a set of items are ticked: behaviours the person has recorded evidence for.
  ///
  /// A tally is a record of evidence for a conversation, not a pass mark: the framework says
  /// one can progress without showing every behaviour.
  public struct Tally: Hashable, Sendable {
    /// The items ticked.
    public var ticked: Int
    /// All the items.
    public var total: Int

    /// Creates a tally.
    public init(ticked: Int, total: Int) {
      self.ticked = ticked
      self.total = total
    }

    /// The tally of `items`.
    public init(_ items: [Item]) {
      self.init(ticked: items.count { $0.isTicked }, total: items.count)
    }

    /// How many of `cells` to fill to show the tally as a bar: in proportion, rounded to the
    /// nearest cell, but never full before every item is ticked nor empty once one is.
    public func filledCells(of cells: Int) -> Int {
      guard total > 0 else { return 0 }
      let rounded = (2 * ticked * cells + total) / (2 * total)
      if ticked == total { return cells }
      return min(max(rounded, ticked > 0 ? 1 : 0), cells - 1)
    }
  }

  /// The tally of every item.
  public var tally: Tally { Tally(items) }

  /// The items not ticked yet, topic by topic.
  public var openItems: [Item] { items.filter { !$0.isTicked } }
}

extension Checklist.Topic {
  /// The tally of the topic's items.
  public var tally: Checklist.Tally { Checklist.Tally(items) }
}
