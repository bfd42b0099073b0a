import ProgressionCore
import Testing

@Suite struct MojibakeTests {
  @Test(
    arguments: [
      ("\u{F8FF}üõ†Ô∏è", "🛠️", Mojibake.Encoding.macRoman),
      ("‚Äô", "’", .macRoman),
      ("\u{F8FF}üë©‚Äç\u{F8FF}üíº", "👩‍💼", .macRoman),
      ("‚ú®", "✨", .macRoman),
      ("‚Äú", "“", .macRoman),
      ("‚Äì", "–", .macRoman),
      ("√©", "é", .macRoman),
      ("â€™", "’", .windows1252),
      ("Ã©", "é", .windows1252),
      ("Ã¼", "ü", .windows1252),
      ("â€œ", "“", .windows1252),
      ("ðŸ™‚", "🙂", .windows1252),
      ("â\u{80}\u{99}", "’", .windows1252),  // read as Latin-1: C1 controls
      ("Â\u{A0}", "\u{A0}", .windows1252),
    ]
  )
  func repairsAlone(mojibake: String, expected: String, encoding: Mojibake.Encoding) {
    let repairs = Mojibake.repairs(in: mojibake)
    #expect(
      repairs == [
        Mojibake.Repair(
          range: 0..<mojibake.utf8.count,
          original: mojibake,
          replacement: expected,
          encoding: encoding
        )
      ]
    )
    #expect(Mojibake.repaired(mojibake) == expected)
  }

  @Test func repairsInsideTextWithByteOffsets() throws {
    let text = "it‚Äôs caf√© time ‚Äì \u{F8FF}üõ†Ô∏è done"
    let repairs = Mojibake.repairs(in: text)
    #expect(repairs.map(\.replacement) == ["’", "é", "–", "🛠️"])
    let first = try #require(repairs.first)
    #expect(first.range == 2..<(2 + "‚Äô".utf8.count))
    #expect(Mojibake.repaired(text) == "it’s café time – 🛠️ done")
  }

  @Test func substringOffsetsAreRelativeToItsStart() {
    let text = "xx: Ã© and â€™"
    let tail = text.dropFirst(4)
    let repairs = Mojibake.repairs(in: tail)
    #expect(repairs.map(\.range) == [0..<4, 9..<(9 + 8)])
    #expect(repairs.map(\.replacement) == ["é", "’"])
  }

  @Test func keepsCorrectTextAroundRepairs() {
    #expect(Mojibake.repaired("café ‚Äô naïve") == "café ’ naïve")
  }

  @Test(
    arguments: [
      "café", "naïve", "Zürich", "São Paulo", "“quotes”", "‘élan’", "« élan »",
      "CAFÉ’S", "daß’", "Crème brûlée", "smörgåsbord", "Ångström", "Ærø", "Ñandú",
      "Œuvre", "façade", "½ cup at 180°C", "×2", "€100™", "…and—then", "Ça va",
      "🛠️ Backend", "👩‍💼 Leadership", "✨", "日本語", "Привет", "«Ã»", "plain ASCII",
      "", "Tschüß“", "ÀÉ", "CÔTÉ…",
    ]
  )
  func leavesCorrectTextAlone(text: String) {
    #expect(Mojibake.repairs(in: text).isEmpty)
    #expect(Mojibake.repaired(text) == text)
  }

  @Test func refusesRunsThatAreOnlyPartlyMojibake() {
    // Mac Roman mojibake whose Apple logos (U+F8FF, the byte 0xF0) were lost on the way.
    #expect(Mojibake.repairs(in: "üë©‚Äçüíº").isEmpty)
    #expect(Mojibake.repairs(in: "üõ†Ô∏è").isEmpty)
    // Real text next to mojibake without a space: the run is left alone.
    #expect(Mojibake.repairs(in: "«Ã©»").isEmpty)
  }

  @Test func refusesSequencesThatDecodeToUnlikelyCharacters() {
    // `Ô£ø` re-encodes to U+F8FF, a private use character: not repaired.
    #expect(Mojibake.repairs(in: "Ô£ø").isEmpty)
    // `Â€` re-encodes to U+0080, a control character.
    #expect(Mojibake.repairs(in: "Â€").isEmpty)
    // A lead byte without its continuation bytes.
    #expect(Mojibake.repairs(in: "‚Ä").isEmpty)
  }

  @Test func repairsTheSeedIntoTheShippedFrameworkByteForByte() throws {
    let seed = try TestFiles.seed()
    let shipped = try TestFiles.repositoryFile("frameworks/backend.md")
    let repaired = Mojibake.repaired(String(decoding: seed.bytes, as: UTF8.self))
    #expect(Array(repaired.utf8) == shipped.bytes)
    #expect(Mojibake.repairs(in: String(decoding: shipped.bytes, as: UTF8.self)).isEmpty)
  }

  @Test func findsEachStretchOfTheSeed() throws {
    let seed = try TestFiles.seed()
    let repairs = Mojibake.repairs(in: String(decoding: seed.bytes, as: UTF8.self))
    #expect(repairs.allSatisfy { $0.encoding == .macRoman })
    #expect(repairs.prefix(4).map(\.replacement) == ["🛠️", "🛠️", "👩‍💼", "✨"])
    #expect(repairs.count == 31)
  }
}
