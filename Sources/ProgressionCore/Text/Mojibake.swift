/// Finds and repairs mojibake: UTF-8 text that was once decoded as Mac Roman or Windows-1252
/// and saved again, so that `’` became `‚Äô` (Mac Roman) or `â€™` (Windows-1252).
///
/// A run of non-ASCII characters (between ASCII characters or the ends of the text) is mojibake
/// when re-encoding all of it with one of those encodings gives well-formed UTF-8, which by
/// construction holds no ASCII. To avoid touching real text, a run is left alone unless every
/// character it decodes to is a plausible one:
/// - from two bytes: only U+00A0 to U+017F (Latin-1 letters and signs, Latin Extended-A), so
///   that `“é` is not read as Cyrillic and `CAFÉ’S` not as IPA;
/// - from three or four bytes: any assigned character outside the private use area and the
///   noncharacters.
///
/// Text written correctly ("café", "naïve", "Zürich", "São Paulo", "“quotes”") has no repairs.
/// Everything works on UTF-8 bytes in one pass, without Foundation.
public enum Mojibake {
  /// The stretches of mojibake in `text`, in order, without overlaps.
  ///
  /// Each run of non-ASCII characters is repaired as a whole with one encoding, or not at all, so
  /// `üë©‚Äçüíº` is one repair to `👩‍💼`, and `«Ã»` (where `«` is no misreading) is none.
  public static func repairs(in text: Substring) -> [Repair] {
    var text = text
    return text.withUTF8 { repairs(inUTF8: $0) }
  }

  /// The stretches of mojibake in `text`, in order, without overlaps.
  public static func repairs(in text: String) -> [Repair] {
    repairs(in: text[...])
  }

  /// `text` with every stretch of mojibake replaced by the text it stands for.
  public static func repaired(_ text: String) -> String {
    let repairs = repairs(in: text)
    guard !repairs.isEmpty else { return text }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    let utf8 = Array(text.utf8)
    var copied = 0
    for repair in repairs {
      bytes += utf8[copied..<repair.range.lowerBound]
      bytes += repair.replacement.utf8
      copied = repair.range.upperBound
    }
    bytes += utf8[copied...]
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func repairs(inUTF8 utf8: UnsafeBufferPointer<UInt8>) -> [Repair] {
    // A run of non-ASCII characters is exactly a run of bytes of 0x80 or more; each run is
    // repaired as a whole, or not at all.
    var repairs: [Repair] = []
    var scalars: [UInt32] = []
    var start = 0
    while start < utf8.count {
      guard utf8[start] >= 0x80 else {
        start += 1
        continue
      }
      var end = start + 1
      while end < utf8.count, utf8[end] >= 0x80 { end += 1 }
      let run = UnsafeBufferPointer(rebasing: utf8[start..<end])
      scalars.removeAll(keepingCapacity: true)
      var index = 0
      while index < run.count {
        let length = UTF8Sequence.length(at: index, in: run) ?? 1
        scalars.append(UTF8Sequence.decode(at: index, length: length, in: run))
        index += length
      }
      for encoding in Encoding.allCases {
        guard let bytes = misreading(of: scalars[...], as: encoding) else { continue }
        repairs.append(
          Repair(
            range: start..<end,
            original: String(decoding: run, as: UTF8.self),
            replacement: String(decoding: bytes, as: UTF8.self),
            encoding: encoding
          )
        )
        break
      }
      start = end
    }
    return repairs
  }

  /// The UTF-8 bytes that `run` is the misreading of, when every scalar of it is one byte of a
  /// plausible UTF-8 sequence in `encoding`.
  private static func misreading(
    of run: ArraySlice<UInt32>,
    as encoding: Encoding
  ) -> [UInt8]? {
    var bytes: [UInt8] = []
    var position = run.startIndex
    while position < run.endIndex {
      guard let sequence = sequence(in: run, at: position, misreadAs: encoding) else {
        return nil
      }
      bytes += sequence
      position += sequence.count
    }
    return bytes
  }

  /// The bytes of one plausible UTF-8 sequence that the scalars at `start` are the misreading
  /// of, if they are one; each byte was read as one scalar.
  private static func sequence(
    in scalars: ArraySlice<UInt32>,
    at start: Int,
    misreadAs encoding: Encoding
  ) -> [UInt8]? {
    guard let lead = encoding.byte(for: scalars[start]) else { return nil }
    let length: Int
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0...0xEF: length = 3
    case 0xF0...0xF4: length = 4
    default: return nil
    }
    guard scalars.endIndex - start >= length else { return nil }
    var bytes = [lead]
    for offset in 1..<length {
      guard let byte = encoding.byte(for: scalars[start + offset]) else { return nil }
      bytes.append(byte)
    }
    guard UTF8Sequence.length(at: 0, in: bytes) == length,
      isPlausible(UTF8Sequence.decode(at: 0, length: length, in: bytes), length: length)
    else { return nil }
    return bytes
  }

  /// Whether a character decoded from `length` misread bytes is likely to be what was meant.
  private static func isPlausible(_ value: UInt32, length: Int) -> Bool {
    if length == 2 { return (0xA0...0x17F).contains(value) }
    guard let scalar = Unicode.Scalar(value) else { return false }
    if (0xFDD0...0xFDEF).contains(value) || value & 0xFFFE == 0xFFFE { return false }
    switch scalar.properties.generalCategory {
    case .unassigned, .privateUse, .surrogate, .control: return false
    default: return true
    }
  }
}
