// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "progression",
  // String(validating:as:) needs macOS 15; Linux (glibc or musl) has no minimum.
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "progression", targets: ["progression"]),
    .library(name: "ProgressionCore", targets: ["ProgressionCore", "YAMLSubset"]),
  ],
  targets: [
    // The one door to the operating system: files, folders, environment, terminal, processes,
    // signals and memory advice, with the Glibc, Musl and Darwin differences inside. The only
    // module of the tool that imports the C library (the benchmark and the fuzzer's entry point,
    // tools for development, keep their own); it depends on nothing.
    .target(name: "SystemInterface"),
    // A YAML subset parser working on UTF-8 bytes; knows nothing about frameworks.
    .target(name: "YAMLSubset", dependencies: ["SystemInterface"]),
    // The framework model: loading, validation and diffing of progression frameworks.
    .target(name: "ProgressionCore", dependencies: ["YAMLSubset", "SystemInterface"]),
    // Argument parsing, commands and rendering; `Tool.run` is the whole CLI, in-process.
    .target(
      name: "ProgressionCLI",
      dependencies: ["ProgressionCore", "YAMLSubset", "SystemInterface"]
    ),
    // The thin executable: runs the tool and exits with its status.
    .executableTarget(name: "progression", dependencies: ["ProgressionCLI"]),
    // Benchmarks: `swift run -c release progression-bench` (builds and measures `progression`).
    .executableTarget(
      name: "progression-bench",
      dependencies: [
        "ProgressionCLI", "ProgressionCore", "YAMLSubset", "progression", "bench-hello",
      ]
    ),
    // The start-up baseline the benchmark spawns: prints one line, imports nothing.
    .executableTarget(name: "bench-hello"),
    // The checks the fuzzer runs on each input, and libFuzzer's entry point: `.ci/fuzz` links
    // this target with libFuzzer (`-sanitize=fuzzer`); the normal build only compiles it.
    .target(name: "ProgressionFuzz", dependencies: ["ProgressionCore", "YAMLSubset"]),
    // What every test target shares: the package's paths and the seed fixture, temporary
    // folders, golden files, marked texts, hand-built frameworks, the strict HTML checker, and
    // the size of stress inputs (`PROGRESSION_STRESS=1` runs them at full size).
    .target(
      name: "TestSupport",
      dependencies: ["ProgressionCore", "YAMLSubset"],
      path: "Tests/TestSupport",
      exclude: ["Fixtures"]
    ),
    .testTarget(name: "YAMLSubsetTests", dependencies: ["YAMLSubset", "TestSupport"]),
    .testTarget(
      name: "ProgressionCoreTests",
      dependencies: ["ProgressionCore", "YAMLSubset", "TestSupport"],
      exclude: ["Fixtures"]
    ),
    .testTarget(
      name: "ProgressionFuzzTests",
      dependencies: ["ProgressionFuzz", "ProgressionCore", "TestSupport"]
    ),
    .testTarget(
      name: "ProgressionCLITests",
      dependencies: ["ProgressionCLI", "ProgressionCore", "progression", "TestSupport"],
      exclude: ["Fixtures", "Golden"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
