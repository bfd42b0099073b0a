import Foundation
import ProgressionCore
import Testing

/// Checks `FrameworkSearch` against a naive scan written independently: every text of every
/// framework, folded into its words joined by single spaces, matches a term when it contains the
/// term's folded words, joined the same way, right after a space. Terms are taken from the
/// fixtures themselves (each word, its first one to three letters, and each pair of
/// consecutive words, about 300 of them per tree), so texts are searched for many ways of writing
/// their words.
@Suite struct SearchNaiveScanTests {
  /// A text, as the naive scan and the search both see it.
  struct Text: Hashable {
    var framework: String
    var topic: String
    var level: Int?
    var kind: SearchHit.Kind
    var text: String
  }

  /// `text` folded to its words, separated by single spaces, with a leading space.
  static func spaced(_ text: String) -> String {
    var result = ""
    var inWord = false
    for scalar in text.unicodeScalars {
      if TextFolding.isWordScalar(scalar) {
        if !inWord { result += " " }
        inWord = true
        var bytes: [UInt8] = []
        TextFolding.fold(scalar, into: &bytes)
        result += String(decoding: bytes, as: UTF8.self)
      } else {
        inWord = false
      }
    }
    // A word of combining marks alone folds to nothing: drop the space it left.
    while result.contains("  ") { result = result.replacingOccurrences(of: "  ", with: " ") }
    return result.hasSuffix(" ") ? String(result.dropLast()) : result
  }

  static func frameworks(in directory: String) throws -> [ReachableFramework] {
    var catalog = FrameworkCatalog(
      directory: directory,
      environment: [:],
      currentDirectory: TestPaths.testDirectory.path(percentEncoded: false)
    )
    catalog.includesBuiltIns = false
    return try catalog.reachableFrameworks()
  }

  static func texts(of reachable: ReachableFramework) throws -> [Text] {
    let framework = try reachable.framework.get().framework
    var texts: [Text] = []
    for topic in framework.topics {
      texts.append(
        Text(
          framework: reachable.name,
          topic: topic.name,
          level: nil,
          kind: .topicTitle,
          text: topic.displayTitle
        )
      )
      for entry in topic.levels {
        for criterion in entry.criteria {
          let kind: SearchHit.Kind = criterion.isExampleCriterion ? .exampleCriterion : .criterion
          texts.append(
            Text(
              framework: reachable.name,
              topic: topic.name,
              level: entry.level,
              kind: kind,
              text: criterion.text
            )
          )
          for example in criterion.examples {
            texts.append(
              Text(
                framework: reachable.name,
                topic: topic.name,
                level: entry.level,
                kind: .example,
                text: example.text
              )
            )
          }
        }
      }
    }
    return texts
  }

  @Test(arguments: ["Fixtures/search", CompanyTreeTests.tree, "Fixtures/show"])
  func searchFindsExactlyWhatANaiveScanFinds(directory: String) throws {
    let frameworks = try Self.frameworks(in: directory).filter {
      (try? $0.framework.get()) != nil
    }
    let texts = try frameworks.flatMap(Self.texts(of:))
    var terms = Set<String>()
    for text in texts {
      let words = Self.spaced(text.text).split(separator: " ").map(String.init)
      for (index, word) in words.enumerated() {
        terms.insert(word)
        for length in 1...3 where word.count > length { terms.insert(String(word.prefix(length))) }
        if index + 1 < words.count { terms.insert(word + " " + words[index + 1]) }
      }
    }
    #expect(terms.count > 100)
    var hitCount = 0
    let spacedTexts = texts.map { (text: $0, spaced: Self.spaced($0.text)) }
    // At most about 300 terms per tree, evenly spread, to keep the test quick.
    let sorted = terms.sorted()
    for term in stride(from: 0, to: sorted.count, by: max(1, sorted.count / 300)).map({ sorted[$0] }
    ) {
      let needle = Self.spaced(term)
      let expected = Set(spacedTexts.filter { $0.spaced.contains(needle) }.map(\.text))
      let search = FrameworkSearch(query: try SearchQuery(terms: [term]))
      var found = Set<Text>()
      for reachable in frameworks {
        for hit in search.hits(
          in: try reachable.framework.get().framework,
          name: reachable.name,
          source: reachable.path
        ) {
          found.insert(
            Text(
              framework: hit.framework,
              topic: hit.topic,
              level: hit.level,
              kind: hit.kind,
              text: hit.text
            )
          )
        }
      }
      #expect(found == expected, "term '\(term)'")
      hitCount += expected.count
    }
    #expect(hitCount > 300, "the terms find something")
  }
}
