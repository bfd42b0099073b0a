/// A generated input file.
struct BenchInput {
  /// What the report says about an input.
  struct Summary: Hashable {
    /// A short label such as `10 MB` or `5 MB scalar`.
    var name: String
    var shape: Shape
    /// The generated file's size in bytes (0 for measurements without an input).
    var bytes: Int
  }

  /// What kind of file it is.
  enum Shape: String {
    /// Realistic topics, levels and criteria, like the seed.
    case normal
    /// An unusual shape that must cost no more per byte than a normal file.
    case pathological
    /// No input file (start-up measurements) or many small files (`validate`).
    case other
  }

  var name: String
  /// The file name in the temporary folder.
  var fileName: String
  var shape: Shape
  var make: () -> [UInt8]

  /// The inputs for a full run (`quick`: a 1 MB file and smaller pathological shapes).
  static func standard(quick: Bool) -> [BenchInput] {
    let megabyte = 1_000_000
    let sizes = quick ? [1] : [1, 10, 50]
    let normal = sizes.map { size in
      BenchInput(name: "\(size) MB", fileName: "framework-\(size)MB.md", shape: .normal) {
        FrameworkGenerator.framework(size: size * megabyte, seed: UInt64(size))
      }
    }
    let scale = quick ? 5 : 1
    let scalarSize = 5 * megabyte / scale
    let keyCount = 100_000 / scale
    let topicCount = 10_000 / scale
    let chains = 20 / scale
    return normal + [
      BenchInput(
        name: "\(scalarSize / megabyte) MB scalar",
        fileName: "huge-scalar.md",
        shape: .pathological
      ) { FrameworkGenerator.hugeScalar(size: scalarSize, seed: 101) },
      BenchInput(
        name: "\(keyCount) keys",
        fileName: "many-keys.md",
        shape: .pathological
      ) { FrameworkGenerator.manyKeys(count: keyCount, seed: 102) },
      BenchInput(
        name: "\(topicCount) topics",
        fileName: "many-topics.md",
        shape: .pathological
      ) { FrameworkGenerator.manyTopics(count: topicCount, seed: 103) },
      BenchInput(
        name: "500 deep ×\(chains)",
        fileName: "deep-nesting.md",
        shape: .pathological
      ) { FrameworkGenerator.deepNesting(depth: 500, chains: chains, seed: 104) },
    ]
  }
}
