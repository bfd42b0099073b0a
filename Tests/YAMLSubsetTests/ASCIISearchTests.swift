import TestSupport
import Testing

@testable import YAMLSubset

@Suite("ASCIISearch")
struct ASCIISearchTests {
  /// The plain definition the eight-bytes-at-a-time search must agree with.
  private static func naiveContains(_ word: String, _ bytes: [UInt8]) -> Bool {
    let letters = Array(word.utf8)
    guard bytes.count >= letters.count else { return false }
    return (0...(bytes.count - letters.count)).contains { start in
      letters.indices.allSatisfy { bytes[start + $0] | 0x20 == letters[$0] }
    }
  }

  @Test(
    "finds the word at every offset and in any case, and nothing else",
    arguments: [
      ("generic", true), ("GENERIC", true), ("GeNeRiC", true), ("path: /generic", true),
      ("xxxxxxxgeneric", true), ("xxxxxxxxgeneri", false), ("generi", false), ("", false),
      ("g e n e r i c", false), ("genEric\n", true), ("ǧeneric", false), ("GENERI\u{0}C", false),
    ]
  )
  func fixedCases(text: String, expected: Bool) {
    #expect(ASCIISearch.contains(caseInsensitive: "generic", in: Array(text.utf8)) == expected)
  }

  @Test("agrees with a naive scan on random bytes around eight-byte boundaries")
  func agreesWithNaiveScan() {
    var generator = SplitMix(seed: 7)
    // Bytes that are close to the word's letters in value or in case, to reach every branch.
    let alphabet: [UInt8] = Array("genricGENRIC".utf8) + [0x00, 0x20, 0x47 ^ 0x80, 0xC7, 0xE7]
    for _ in 0..<3_000 {
      let length = Int(generator.next() % 40)
      let bytes = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
      for word in ["g", "ge", "generic"] {
        #expect(
          ASCIISearch.contains(caseInsensitive: word, in: bytes) == Self.naiveContains(word, bytes),
          "\(word) in \(bytes)"
        )
      }
    }
  }

  @Test("finds a byte followed by one of others, as a naive scan does")
  func findsAByteFollowedByOneOfOthers() {
    var generator = SplitMix(seed: 9)
    let alphabet: [UInt8] = Array(#"\xuUa"#.utf8) + [0x00, 0xDC]
    let next = Array("xuU".utf8)
    for _ in 0..<3_000 {
      let bytes = (0..<Int(generator.next() % 40)).map { _ in
        alphabet[Int(generator.next() % UInt64(alphabet.count))]
      }
      let naive = bytes.indices.dropLast().contains {
        bytes[$0] == 0x5C && next.contains(bytes[$0 + 1])
      }
      #expect(ASCIISearch.contains(0x5C, followedByOneOf: next, in: bytes) == naive, "\(bytes)")
    }
  }
}
