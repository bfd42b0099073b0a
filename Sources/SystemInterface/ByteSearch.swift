#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Finding a byte in memory at the speed of the C library's `memchr`, which compares many bytes
/// at a time.
///
/// Public rather than `package`, the one public API of the module: the parser and the front
/// matter splitter call it once a line, and Swift 6.3 inlines an `@inlinable` function into
/// another module only when it is public (an `@inlinable package` one stays a call, checked).
public enum ByteSearch {
  /// The address of the first `byte` among the `count` bytes at `start`, if any.
  @inlinable
  public static func first(
    _ byte: UInt8,
    in start: UnsafeRawPointer,
    count: Int
  ) -> UnsafeRawPointer? {
    memchr(start, Int32(byte), count).map { UnsafeRawPointer($0) }
  }
}
