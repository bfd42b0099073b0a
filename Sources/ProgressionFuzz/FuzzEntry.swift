#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// libFuzzer's entry point: runs `FuzzCheck` on one input and aborts on the first broken
/// promise, so that libFuzzer keeps the input as a crash.
///
/// `.ci/fuzz` compiles this target with `-sanitize=fuzzer,address` and links it with libFuzzer,
/// which provides `main`; in the normal build the function is compiled and never called. It is
/// public so that the symbol stays visible to the linker.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  let problems = FuzzCheck.problems(in: bytes)
  guard problems.isEmpty else {
    for problem in problems {
      var line = "progression-fuzz: \(problem)\n"
      line.withUTF8 { _ = write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }
    abort()
  }
  return 0
}
