import Foundation
import Testing

@testable import ProgressionCore

struct SourceFileReadingTests {
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
