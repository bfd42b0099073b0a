import TestSupport
import Testing

@testable import YAMLSubset

struct HugePagesTests {
  @Test func adviceOnAnyBufferKeepsWhatIsWrittenToIt() {
    for (size, shift) in [(100, 0), (4 << 20, 0), (9 << 20, 1), (9 << 20, 4_097)] {
      let raw = UnsafeMutableRawBufferPointer.allocate(byteCount: size + shift, alignment: 1)
      defer { raw.deallocate() }
      let buffer = UnsafeMutableRawBufferPointer(rebasing: raw[shift...])
      HugePages.advise(buffer)
      for index in stride(from: 0, to: size, by: 4_093) { buffer[index] = UInt8(index & 0xFF) }
      for index in stride(from: 0, to: size, by: 4_093) {
        #expect(buffer[index] == UInt8(index & 0xFF))
      }
    }
  }

  @Test(.fullSizeOnly, .tags(.stress))
  func aDuplicateKeyIsFoundAfterTheKeyTableGrowsToHugePages() throws {
    // 200,000 keys grow the key table past 2 MiB and the pending keys past 4 MiB.
    var text = ""
    for index in 0..<200_000 { text += "key\(index): \(index)\n" }
    text += "key7: again\n"

    let error = #expect(throws: YAMLError.self) { try YAMLParser.parse(Array(text.utf8)) }
    #expect(error?.reason == .duplicateKey("key7", firstLine: 8))
    #expect(error?.position.line == 200_001)
    let tree = try YAMLParser.parse(Array(text.dropLast("key7: again\n".count).utf8))
    guard case .mapping(let mapping)? = tree else {
      Issue.record("expected a mapping")
      return
    }
    #expect(mapping.entries.count == 200_000)
  }
}
