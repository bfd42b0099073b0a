/// Re-syncs a checklist a person has been ticking with the framework as it is now, keeping every
/// line they wrote.
///
/// Items are matched by id first (an item the person reworded keeps the criterion its id names),
/// then with the version diff's rules (`VersionDiff.Matching`): the same text at
/// the same topic and level, then the same text elsewhere (moved), then similar text at the same
/// place (reworded). Then:
/// - unchanged and moved items keep their line, tick and evidence (a moved item goes to its new
///   topic, its line rewritten when its id or level mark changes);
/// - reworded items keep their tick and evidence, show the new text, and get a note of the old
///   wording under them (so does a moved item the person had reworded);
/// - items no longer in the framework go, with their evidence, to a final "No longer in the
///   framework" section;
/// - new criteria are added unticked where the framework puts them.
///
/// Every other line (the title, the header, the person's notes and sections) is kept byte for
/// byte, so updating against an unchanged framework changes nothing.
public struct ChecklistUpdate {
  /// How the Markdown of generated lines is written; the renderer's job, passed in.
  public struct Writer {
    /// An item's line, without its line break.
    public var item: (Checklist.Item) -> String
    /// A topic's heading line, without its line break.
    public var heading: (Checklist.Topic) -> String
    /// The note of a reworded item's old wording, without its line break.
    public var previousWording: (String) -> String

    /// Creates a writer from its three line makers.
    public init(
      item: @escaping (Checklist.Item) -> String,
      heading: @escaping (Checklist.Topic) -> String,
      previousWording: @escaping (String) -> String
    ) {
      self.item = item
      self.heading = heading
      self.previousWording = previousWording
    }
  }

  /// What an update changed, for its summary.
  public struct Summary: Hashable, Sendable {
    /// Items moved to another topic or level.
    public var moved = 0
    /// Items whose wording changed.
    public var reworded = 0
    /// Items moved to the "No longer in the framework" section.
    public var retired = 0
    /// New items added.
    public var added = 0
    /// Topic headings whose title changed.
    public var retitled = 0
    /// Items back from the "No longer in the framework" section, with their tick and evidence.
    public var restored = 0

    /// A summary of no change.
    public init() {}

    /// Whether nothing changed.
    public var isEmpty: Bool { self == Summary() }
  }

  /// The updated checklist's bytes.
  public private(set) var bytes: [UInt8] = []
  /// What changed.
  public private(set) var summary = Summary()

  /// Updates the checklist `old`, read from `source`, to the items of `fresh` (made from the
  /// framework as it is now, for the same level and topics).
  public init(source: [UInt8], old: Checklist, fresh: Checklist, writer: Writer) {
    let lines = Self.lines(of: source)
    let document = Document(lines: lines, old: old)
    let oldItems = old.topics.flatMap { topic in topic.items.map { (topic.name, $0) } }
    let newItems = fresh.topics.flatMap { topic in topic.items.map { (topic.name, $0) } }
    // The id identifies the criterion: an item whose text the person edited but whose id a
    // criterion still has is that criterion, in the person's wording (kept as they wrote it).
    let freshTexts = Dictionary(
      newItems.map { ($0.1.id, $0.1.text) },
      uniquingKeysWith: { first, _ in first }
    )
    var matching = VersionDiff.Matching(
      old: Self.diffItems(
        oldItems.map { topic, item in
          var item = item
          item.text = freshTexts[item.id] ?? item.text
          return (topic, item)
        }
      ),
      new: Self.diffItems(newItems)
    )
    matching.matchInPlace()
    matching.matchMoves()
    matching.matchRewords()

    var oldTaken = [Bool](repeating: false, count: oldItems.count)
    var chunks: [String: [[UInt8]]] = [:]
    // A retired item whose criterion is back (a reverted change) comes back with its evidence.
    var retiredByID: [String: Checklist.Item] = [:]
    for item in old.retired where item.line != nil && retiredByID[item.id] == nil {
      retiredByID[item.id] = item
    }
    var restored = Set<Int>()
    for (index, (topic, item)) in newItems.enumerated() {
      guard let partner = matching.partner(ofNew: index) else {
        if let back = retiredByID.removeValue(forKey: item.id), let line = back.line {
          summary.restored += 1
          restored.insert(line)
          var chunk = document.chunk(ofItemAtLine: line)
          if back.level != item.level || back.kind != item.kind {
            chunk.rewrite(as: writer.item(item))
          }
          chunks[topic, default: []].append(chunk.bytes)
          continue
        }
        summary.added += 1
        chunks[topic, default: []].append(document.newItem(writer.item(item)))
        continue
      }
      oldTaken[partner.old] = true
      let before = oldItems[partner.old].1
      var chunk = document.chunk(ofItemAtLine: before.line ?? 0)
      switch partner.link {
      case .unchanged: break
      case .moved: summary.moved += 1
      case .reworded: summary.reworded += 1
      }
      if before.id != item.id || before.level != item.level || before.kind != item.kind {
        chunk.rewrite(as: writer.item(item))
        // A rewritten line loses the old wording (the framework's, or the person's own): it
        // goes under the item.
        if before.text != item.text {
          chunk.insertAfterItem(writer.previousWording(before.text))
        }
      }
      chunks[topic, default: []].append(chunk.bytes)
    }
    var retired: [UInt8] = []
    for (index, (_, item)) in oldItems.enumerated() where !oldTaken[index] {
      summary.retired += 1
      retired += document.chunk(ofItemAtLine: item.line ?? 0).bytes
    }
    bytes = document.assemble(
      fresh: fresh,
      chunks: chunks,
      retired: retired,
      restored: restored,
      writer: writer,
      summary: &summary
    )
  }

  private static func diffItems(_ items: [(String, Checklist.Item)]) -> [VersionDiff.Item] {
    items.enumerated().map { order, entry in
      VersionDiff.Item(
        place: VersionDiff.Place(topic: entry.0, level: entry.1.level),
        criterion: Criterion(
          text: entry.1.text,
          position: .init(line: entry.1.line ?? 0, column: 1, offset: 0)
        ),
        order: order
      )
    }
  }

  /// `source` split into lines, each with its line break.
  static func lines(of source: [UInt8]) -> [ArraySlice<UInt8>] {
    var lines: [ArraySlice<UInt8>] = []
    var start = 0
    for (index, byte) in source.enumerated() where byte == UInt8(ascii: "\n") {
      lines.append(source[start...index])
      start = index + 1
    }
    if start < source.count { lines.append(source[start...]) }
    return lines
  }
}
