/// A file's bytes with the fixes of some findings applied, and which findings those were.
///
/// Each edit replaces only the bytes it names; everything else is kept byte for byte. A fix
/// whose edits overlap one applied before it is skipped whole, and its finding stays unfixed
/// (a second run finds and fixes it, if it is still there).
public struct FixedFile: Hashable, Sendable {
  /// The bytes after the fixes.
  public var bytes: [UInt8]
  /// The edits applied, in file order, with ranges into the original bytes.
  public var edits: [Diagnostic.Fix.Edit]
  /// The findings whose fixes were applied, in the order given.
  public var fixed: [Diagnostic]

  /// Applies the fixes of `diagnostics` (those that have one) to `original`.
  public init(applying diagnostics: [Diagnostic], to original: [UInt8]) {
    var edits: [Diagnostic.Fix.Edit] = []
    var fixed: [Diagnostic] = []
    var taken = TakenRanges()
    for diagnostic in diagnostics {
      guard let fix = diagnostic.fix, !fix.edits.isEmpty else { continue }
      let ranges = fix.edits.map(\.range)
      guard
        ranges.allSatisfy({ $0.lowerBound >= 0 && $0.upperBound <= original.count }),
        !Self.overlapEachOther(ranges),
        !ranges.contains(where: taken.conflicts)
      else { continue }
      for range in ranges { taken.insert(range) }
      edits += fix.edits
      fixed.append(diagnostic)
    }
    edits.sort { $0.range.lowerBound < $1.range.lowerBound }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(original.count)
    var copied = 0
    for edit in edits {
      bytes += original[copied..<edit.range.lowerBound]
      bytes += edit.replacement.utf8
      copied = edit.range.upperBound
    }
    bytes += original[copied...]
    self.bytes = bytes
    self.edits = edits
    self.fixed = fixed
  }

  /// Whether anything changed.
  public var hasChanges: Bool { !edits.isEmpty }

  private static func overlapEachOther(_ ranges: [Range<Int>]) -> Bool {
    let sorted = ranges.sorted { $0.lowerBound < $1.lowerBound }
    return zip(sorted, sorted.dropFirst()).contains { $0.upperBound > $1.lowerBound }
  }
}

/// The byte ranges earlier fixes replace: sorted, disjoint and never empty.
///
/// Findings come in file order, so a new range almost always goes last: checking and inserting
/// are a binary search and an append, and applying n fixes is O(n log n), where a `RangeSet`
/// made it quadratic.
private struct TakenRanges {
  private var ranges: [Range<Int>] = []

  /// Whether `range` overlaps a taken range, or, when empty (an insertion), falls inside one.
  func conflicts(_ range: Range<Int>) -> Bool {
    let index = firstIndex(endingAfter: range.lowerBound)
    return index < ranges.count
      && ranges[index].lowerBound < max(range.upperBound, range.lowerBound + 1)
  }

  /// Takes `range`, which must not conflict with a taken one; an empty range takes nothing.
  mutating func insert(_ range: Range<Int>) {
    guard !range.isEmpty else { return }
    ranges.insert(range, at: firstIndex(endingAfter: range.lowerBound))
  }

  /// The index of the first taken range that ends after `offset`, or `ranges.count`.
  private func firstIndex(endingAfter offset: Int) -> Int {
    if let last = ranges.last, last.upperBound <= offset { return ranges.count }
    var low = 0
    var high = ranges.count
    while low < high {
      let middle = (low + high) / 2
      if ranges[middle].upperBound > offset { high = middle } else { low = middle + 1 }
    }
    return low
  }
}
