import Foundation
import TestSupport
import Testing

@testable import ProgressionCore

struct SourceFileReadingTests {
  @Test(.fullSizeOnly, .tags(.stress))
  func aFileLargeEnoughForHugePagesIsReadByteForByte() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let bytes = (0..<(9 << 20 + 12_345)).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 9) }
    let path = try directory.write(bytes, to: "huge-pages.yaml")

    let file = try SourceFile(reading: path)

    #expect(file.bytes.count == bytes.count)
    #expect(file.bytes == bytes)
  }

  @Test func aFileAtTheLimitIsReadAndOneByteMoreIsRefusedUnread() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = try directory.write(
      [UInt8](repeating: UInt8(ascii: "a"), count: 1000),
      to: "limit.md"
    )
    #expect(try SourceFile(reading: path, sizeLimit: 1000).bytes.count == 1000)
    let error = #expect(throws: SourceFileError.self) {
      try SourceFile(reading: path, sizeLimit: 999)
    }
    #expect(error?.sizeLimit == 999)
    #expect(
      error?.message
        == "cannot read '\(path)': it is larger than 999 bytes, the most an input may be; set "
        + "PROGRESSION_MAX_INPUT_BYTES to a larger number of bytes to read it"
    )
  }

  /// An endless stream has no size to check first: it is refused once it sends one byte more
  /// than the limit, with a buffer never larger than that.
  @Test func anEndlessStreamIsRefusedAtTheLimit() throws {
    guard FileManager.default.fileExists(atPath: "/dev/zero") else { return }
    let error = #expect(throws: SourceFileError.self) {
      try SourceFile(reading: "/dev/zero", sizeLimit: 3 * 1024 * 1024)
    }
    #expect(
      error?.message
        == "cannot read '/dev/zero': it is larger than 3 MiB, the most an input may be; set "
        + "PROGRESSION_MAX_INPUT_BYTES to a larger number of bytes to read it"
    )
  }

  @Test func theDefaultLimitIs256MiB() {
    // The test runner is not started with PROGRESSION_MAX_INPUT_BYTES set.
    guard ProcessInfo.processInfo.environment[SourceFile.maximumSizeVariable] == nil else { return }
    #expect(SourceFile.maximumSize == 256 * 1024 * 1024)
  }
}
