#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads `CLOCK_MONOTONIC`, the clock every timing in the benchmark uses.
enum MonotonicClock {
  /// Nanoseconds since an arbitrary fixed point; only differences mean anything.
  static func nanoseconds() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
  }

  /// Runs `body` once and returns how long it took, in seconds, and what it returned.
  static func time<Result>(_ body: () throws -> Result) rethrows -> (seconds: Double, Result) {
    let start = nanoseconds()
    let result = try body()
    let end = nanoseconds()
    return (Double(end - start) / 1e9, result)
  }
}
