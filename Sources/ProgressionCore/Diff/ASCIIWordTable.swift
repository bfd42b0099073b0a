/// The ids of words made of ASCII bytes, found by their bytes: an open-addressing hash table over
/// one byte arena, so that interning a word costs a hash and a comparison of its bytes, and no
/// allocation once the table has grown. For ASCII, equal bytes are exactly equal strings.
///
/// Hashing uses the standard library's seeded `Hasher`, so crafted words cannot pile onto one
/// slot.
struct ASCIIWordTable {
  /// Where a word's bytes are in `arena`, their hash and the word's id.
  private struct Entry {
    var start: Int
    var count: Int
    var hash: Int
    var id: Int
  }

  /// The bytes of every word added, one after the other.
  private var arena: [UInt8] = []
  private var entries: [Entry] = []
  /// An index into `entries` plus one for each slot, 0 when the slot is empty. The count is a
  /// power of two, kept at least twice the number of entries.
  private var slots: [Int]

  /// Creates a table with room for `capacity` words before it grows.
  init(capacity: Int = 0) {
    var size = 16
    while size < 2 * capacity { size *= 2 }
    slots = [Int](repeating: 0, count: size)
    entries.reserveCapacity(capacity)
  }

  /// The id of `word`, or `newID` after adding it when the table does not hold it yet.
  mutating func id(of word: [UInt8], orAdding newID: Int) -> Int {
    let mask = slots.count - 1
    let hash = Self.hash(word)
    var slot = hash & mask
    while slots[slot] != 0 {
      let entry = entries[slots[slot] - 1]
      if entry.hash == hash && entry.count == word.count
        && arena[entry.start..<(entry.start + entry.count)].elementsEqual(word)
      {
        return entry.id
      }
      slot = (slot + 1) & mask
    }
    entries.append(Entry(start: arena.count, count: word.count, hash: hash, id: newID))
    arena.append(contentsOf: word)
    slots[slot] = entries.count
    if 2 * entries.count > slots.count { grow() }
    return newID
  }

  /// Doubles the slots and places every entry again.
  private mutating func grow() {
    slots = [Int](repeating: 0, count: 2 * slots.count)
    let mask = slots.count - 1
    for (index, entry) in entries.enumerated() {
      var slot = entry.hash & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = index + 1
    }
  }

  private static func hash(_ word: [UInt8]) -> Int {
    var hasher = Hasher()
    word.withUnsafeBytes { hasher.combine(bytes: $0) }
    return hasher.finalize()
  }
}
