import SystemInterface

/// Values a short-lived process exits without freeing: the one keep-alive of the tool.
///
/// A command-line run that reads a framework, prints it and exits would spend a sixth of its
/// instructions freeing the YAML tree node by node, and freeing a parsed 10 MB document costs
/// more than a tenth of `dump`'s time, as compilers would find if they freed their syntax
/// trees. So the process's entry point (`Tool.main`) exits with its keep-alive still alive,
/// and whatever loads documents keeps their trees in the keep-alive it is given: a
/// `FrameworkCatalog`, a `ValidationRun`, a `FrameworkDecoder`. In-process runs (tests, the
/// benchmark) free what they kept when their keep-alive goes; a program that gives none frees
/// each document as soon as it is read.
///
/// It may be shared between threads, as a `FrameworkCatalog` may: `values` is only touched
/// under `lock`.
package final class KeepAlive: Hashable, @unchecked Sendable {
  private let lock = Lock()
  private var values: [any Sendable] = []

  /// An empty keep-alive.
  package init() {}

  /// Keeps `value` alive as long as the keep-alive.
  package func keep(_ value: some Sendable) {
    lock.withLock { values.append(value) }
  }

  /// Keep-alives are equal when they are the same one.
  package static func == (left: KeepAlive, right: KeepAlive) -> Bool {
    left === right
  }

  package func hash(into hasher: inout Hasher) {
    hasher.combine(ObjectIdentifier(self))
  }
}
