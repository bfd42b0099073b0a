/// Turns byte offsets on a line into 1-based `Character` columns.
///
/// Asked for many positions on one line (a long flow sequence, say), it never rescans the line:
/// the ASCII prefix of a line is measured once, so any column inside it is a byte distance, and
/// past the first non-ASCII byte it counts grapheme clusters forward from the last position it
/// was asked for. The count is exact: clusters are found with the standard library's streaming
/// grapheme breaker, which `String` itself uses, fed one scalar at a time. Total work on a line
/// is linear in its length as long as positions are asked for in increasing order, which is how
/// the parser asks; an earlier position on the same line recounts from the first non-ASCII byte.
struct ColumnCounter {
  /// The line the state describes.
  private var lineStart = -1
  /// Bytes in `lineStart..<asciiEnd` are all ASCII.
  private var asciiEnd = 0
  /// Whether the byte at `asciiEnd` is known to be non-ASCII.
  private var foundNonASCII = false
  /// The checkpoint past the ASCII prefix: an offset and its column.
  private var offset = 0
  private var column = 1
  /// The scalar before `offset` (NUL at the start of the line, which breaks like a control).
  private var previous: Unicode.Scalar = "\0"
  /// The grapheme breaker, made on the first non-ASCII line; when stale, it is rebuilt from
  /// `previous` before it is used. A class, because the breaker's layout is only known at run
  /// time: held inline it would make every struct that holds a counter slow to copy and read.
  private var breaker: Breaker? = nil
  private var recognizerIsCurrent = false

  private final class Breaker {
    var recognizer = Unicode._CharacterRecognizer()
  }

  /// The column of the byte at `target` on the line that starts at `lineStart`.
  ///
  /// The bytes from `lineStart` to `target` must be valid UTF-8, `target` at a scalar boundary.
  mutating func column(
    of target: Int,
    lineStart: Int,
    in base: UnsafePointer<UInt8>
  ) -> Int {
    if lineStart != self.lineStart {
      self.lineStart = lineStart
      asciiEnd = lineStart
      foundNonASCII = false
    }
    if target <= asciiEnd { return target - lineStart + 1 }
    if !foundNonASCII {
      var i = asciiEnd
      while i + 8 <= target,
        UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
      {
        i += 8
      }
      while i < target && base[i] < 0x80 { i += 1 }
      asciiEnd = i
      if i == target { return target - lineStart + 1 }
      foundNonASCII = true
      resetCheckpoint(base)
    }
    if target < offset { resetCheckpoint(base) }
    var i = offset
    var column = self.column
    while i < target {
      let lead = base[i]
      if lead < 0x80 && previous.value < 0x80 {
        // Between two ASCII characters there is always a cluster boundary (a CR never
        // precedes content on a line), so the breaker need not see this one.
        column += 1
        previous = Unicode.Scalar(lead)
        recognizerIsCurrent = false
        i += 1
        continue
      }
      let length = lead.utf8SequenceLength
      let scalar = Self.decode(base + i, length: length)
      let breaker = self.breaker ?? Breaker()
      self.breaker = breaker
      if !recognizerIsCurrent {
        breaker.recognizer = Unicode._CharacterRecognizer()
        _ = breaker.recognizer.hasBreak(before: previous)
        recognizerIsCurrent = true
      }
      if breaker.recognizer.hasBreak(before: scalar) { column += 1 }
      previous = scalar
      i += length
    }
    offset = i
    self.column = column
    return column
  }

  /// Moves the checkpoint back to the first non-ASCII byte of the line.
  private mutating func resetCheckpoint(_ base: UnsafePointer<UInt8>) {
    offset = asciiEnd
    column = asciiEnd - lineStart + 1
    previous = asciiEnd > lineStart ? Unicode.Scalar(base[asciiEnd - 1]) : "\0"
    recognizerIsCurrent = false
  }

  /// The scalar of a valid UTF-8 sequence.
  private static func decode(_ start: UnsafePointer<UInt8>, length: Int) -> Unicode.Scalar {
    var value: UInt32
    switch length {
    case 1: return Unicode.Scalar(start[0])
    case 2: value = UInt32(start[0] & 0x1F)
    case 3: value = UInt32(start[0] & 0x0F)
    default: value = UInt32(start[0] & 0x07)
    }
    for k in 1..<length { value = value << 6 | UInt32(start[k] & 0x3F) }
    return Unicode.Scalar(value) ?? "\u{FFFD}"
  }
}
