/// The short stable id of a checklist item: eight lowercase hex digits of the 64-bit FNV-1a hash
/// of the topic's name and the criterion's text, such as `3f9a0c1b`.
///
/// The same criterion in the same topic gets the same id in every checklist and every version of
/// the framework, so an id survives regeneration; rewording a criterion or moving it to another
/// topic gives a new id, which is why re-syncing matches by text, not by id alone.
public enum ChecklistID {
  /// How many hex digits an id has.
  public static let length = 8

  /// The id of `text` in the topic named `topic`.
  public static func make(topic: String, text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    func mix(_ byte: UInt8) {
      hash ^= UInt64(byte)
      hash &*= 0x0000_0100_0000_01b3
    }
    for byte in topic.utf8 { mix(byte) }
    // A separator no name or text holds, so that ("ab", "c") and ("a", "bc") differ.
    mix(0)
    for byte in text.utf8 { mix(byte) }
    let digits = Array("0123456789abcdef".utf8)
    var id: [UInt8] = []
    for shift in stride(from: 60, through: 64 - 4 * length, by: -4) {
      id.append(digits[Int((hash >> UInt64(shift)) & 0xF)])
    }
    return String(decoding: id, as: UTF8.self)
  }

  /// Whether `text` has the form of an id: `length` lowercase hex digits.
  public static func isWellFormed(_ text: Substring) -> Bool {
    text.utf8.count == length
      && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
  }
}
