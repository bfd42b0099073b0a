/// Finds a key that a mapping already has, in constant time per key.
///
/// Two keys are the same if their texts are equal as `String`s (canonically equivalent), or if
/// both are plain and resolve to the same null, boolean or number. Small mappings, the most
/// common, are searched linearly with no allocation; past `linearLimit` entries the index
/// switches to hash tables:
/// - keys whose text is ASCII, or canonically equivalent to ASCII (see `KeyHash`), go in an
///   open-addressing table of slots that hold a cheap hash of the bytes and the key's index,
///   and are compared as `String`s only when the hashes match;
/// - other keys go in a `Dictionary`, whose `String` hashing handles canonical equivalence;
/// - the values of plain keys that are not strings go in a second `Dictionary`.
///
/// No text of one table can equal a text of the other, so each key is looked up in one of them.
struct KeyIndex {
  private static let linearLimit = 8

  /// The open-addressing table: a slot holds a key's 32-bit hash in its high half and its
  /// index plus one in its low half, or 0 if it is empty. Its count is a power of two,
  /// at least twice `asciiCount`, so probes are short.
  private var slots: [UInt64] = []
  /// The number of keys in `slots`.
  private var asciiCount = 0
  /// The line of each key's first appearance, by text, for texts not equivalent to ASCII.
  private var linesByText: [String: Int] = [:]
  /// The line of each plain key that resolves to a null, boolean or number, by value.
  private var linesByValue: [YAMLNode.Scalar.Value: Int] = [:]
  private var isHashed = false

  /// Records `key`, or returns the line of the earlier key among `previous` that equals it.
  ///
  /// - Parameter previous: the mapping's keys so far; `key` will be key `previous.count`.
  mutating func insert(
    _ key: YAMLNode.Scalar,
    after previous: UnsafeBufferPointer<YAMLNode.Scalar>
  ) -> Int? {
    let value = Self.resolvedValue(of: key)
    if !isHashed {
      if previous.count < Self.linearLimit {
        for earlier in previous
        where earlier.text == key.text
          || value != nil && Self.resolvedValue(of: earlier) == value
        {
          return earlier.position.line
        }
        return nil
      }
      slots = Array(repeating: 0, count: 64)
      for (offset, earlier) in previous.enumerated() {
        record(earlier, index: offset, value: Self.resolvedValue(of: earlier), in: previous)
      }
      isHashed = true
    }
    return record(key, index: previous.count, value: value, in: previous)
  }

  /// Records `key`, key `index`, unless an equal key is recorded, whose line it then returns.
  @discardableResult
  private mutating func record(
    _ key: YAMLNode.Scalar,
    index: Int,
    value: YAMLNode.Scalar.Value?,
    in previous: UnsafeBufferPointer<YAMLNode.Scalar>
  ) -> Int? {
    if let hash = KeyHash.asciiHash(of: key.text) {
      if let first = findOrAdd(key.text, hash: hash, index: index, in: previous) { return first }
    } else if let first = linesByText.updateValue(key.position.line, forKey: key.text) {
      linesByText[key.text] = first
      return first
    }
    if let value, let first = linesByValue.updateValue(key.position.line, forKey: value) {
      linesByValue[value] = first
      return first
    }
    return nil
  }

  /// Returns the line of the key in `slots` whose text is `text`, or adds key `index` there.
  private mutating func findOrAdd(
    _ text: String,
    hash: UInt32,
    index: Int,
    in previous: UnsafeBufferPointer<YAMLNode.Scalar>
  ) -> Int? {
    guard let stored = UInt32(exactly: index + 1) else {
      // Four billion keys do not fit in memory; this only keeps the index exact if they did.
      let earlier = previous[..<min(index, previous.count)]
      return earlier.first { $0.text == text }?.position.line
    }
    let mask = slots.count - 1
    var bucket = Int(hash) & mask
    while true {
      let slot = slots[bucket]
      if slot == 0 { break }
      if UInt32(truncatingIfNeeded: slot >> 32) == hash {
        let earlier = previous[Int(UInt32(truncatingIfNeeded: slot)) - 1]
        if earlier.text == text { return earlier.position.line }
      }
      bucket = (bucket + 1) & mask
    }
    slots[bucket] = UInt64(hash) << 32 | UInt64(stored)
    asciiCount += 1
    if asciiCount * 2 > slots.count { grow() }
    return nil
  }

  /// Grows the table four-fold and moves every slot to its bucket there, by its stored hash.
  private mutating func grow() {
    let size = slots.count * 4
    var larger = [UInt64](unsafeUninitializedCapacity: size) { buffer, count in
      let table = UnsafeMutableBufferPointer(rebasing: buffer[..<size])
      HugePages.advise(UnsafeMutableRawBufferPointer(table))
      table.initialize(repeating: 0)
      count = size
    }
    let mask = larger.count - 1
    for slot in slots where slot != 0 {
      var bucket = Int(UInt32(truncatingIfNeeded: slot >> 32)) & mask
      while larger[bucket] != 0 { bucket = (bucket + 1) & mask }
      larger[bucket] = slot
    }
    slots = larger
  }

  /// The value of a plain key that is not a string, which YAML compares by value (`1`, `01` and
  /// `0x1` are the same key); `nil` for every other key.
  private static func resolvedValue(of key: YAMLNode.Scalar) -> YAMLNode.Scalar.Value? {
    guard key.style == .plain else { return nil }
    let value = key.value
    if case .string = value { return nil }
    return value
  }
}
