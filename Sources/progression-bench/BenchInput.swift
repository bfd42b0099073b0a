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
  /// The generator's seed, so that each input has its own text.
  var seed: UInt64
  var write: (inout FrameworkGenerator) -> Void

  /// The inputs for a full run (`quick`: a 1 MB file and smaller pathological shapes).
  static func standard(quick: Bool) -> [BenchInput] {
    let megabyte = 1_000_000
    let sizes = quick ? [1] : [1, 10, 50]
    let normal = sizes.map { size in
      BenchInput(
        name: "\(size) MB",
        fileName: "framework-\(size)MB.md",
        shape: .normal,
        seed: UInt64(size)
      ) { $0.writeFramework(size: size * megabyte) }
    }
    let scale = quick ? 5 : 1
    let scalarSize = 5 * megabyte / scale
    let keys = 100_000 / scale
    let topics = 10_000 / scale
    let chains = 20 / scale
    return normal + [
      BenchInput(
        name: "\(scalarSize / megabyte) MB scalar",
        fileName: "huge-scalar.md",
        shape: .pathological,
        seed: 101
      ) { $0.writeHugeScalar(size: scalarSize) },
      BenchInput(name: "\(keys) keys", fileName: "many-keys.md", shape: .pathological, seed: 102) {
        $0.writeManyKeys(keys)
      },
      BenchInput(
        name: "\(topics) topics",
        fileName: "many-topics.md",
        shape: .pathological,
        seed: 103
      ) { $0.writeManyTopics(topics) },
      BenchInput(
        name: "500 deep ×\(chains)",
        fileName: "deep-nesting.md",
        shape: .pathological,
        seed: 104
      ) { $0.writeDeepNesting(depth: 500, chains: chains) },
    ]
  }

  /// Generates the file in `directory` and returns its path and size.
  func generate(in directory: TemporaryDirectory) throws(BenchError) -> (path: String, bytes: Int) {
    let output = try directory.createFile(fileName)
    var generator = FrameworkGenerator(seed: seed, output: output)
    write(&generator)
    try generator.finish()
    return (output.path, generator.count)
  }
}
