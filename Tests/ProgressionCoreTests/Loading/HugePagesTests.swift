import Foundation
import Testing

@testable import ProgressionCore

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

  @Test func aFileLargeEnoughForHugePagesIsReadByteForByte() throws {
    let path = NSTemporaryDirectory() + "huge-pages-\(UUID().uuidString).yaml"
    defer { try? FileManager.default.removeItem(atPath: path) }
    let bytes = (0..<(9 << 20 + 12_345)).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 9) }
    try Data(bytes).write(to: URL(fileURLWithPath: path))

    let file = try SourceFile(reading: path)

    #expect(file.bytes.count == bytes.count)
    #expect(file.bytes == bytes)
  }
}
