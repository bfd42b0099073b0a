import ProgressionCore

/// What a `search` found, as every renderer prints it.
///
/// `hits` come grouped: framework by framework in the order they were searched, then topic by
/// topic in file order, then level by level, so renderers start a heading wherever the
/// framework, topic or level changes.
struct SearchResults: Sendable {
  /// The terms, as typed.
  var terms: [String]
  /// How many frameworks were searched.
  var frameworkCount: Int
  /// The hits, grouped as above.
  var hits: [SearchHit]

  /// Which headings a renderer starts before `hits[index]`.
  struct Headings {
    /// The hit is the first of its framework.
    var framework: Bool
    /// The hit is the first of its topic.
    var topic: Bool
    /// The hit is the first of its level (never for a topic title, which has none).
    var level: Bool
  }

  /// The headings that start before `hits[index]`.
  func headings(before index: Int) -> Headings {
    let hit = hits[index]
    let previous = index > hits.startIndex ? hits[index - 1] : nil
    let framework = hit.source != previous?.source
    let topic = framework || hit.topic != previous?.topic
    return Headings(
      framework: framework,
      topic: topic,
      level: hit.level != nil && (topic || hit.level != previous?.level)
    )
  }

  /// How many frameworks have at least one hit.
  var matchedFrameworkCount: Int {
    var count = 0
    var previous: String?
    for hit in hits where hit.source != previous {
      count += 1
      previous = hit.source
    }
    return count
  }

  /// The one-line summary: `3 matches in 2 of 5 frameworks`, or `no match in 5 frameworks`.
  var summary: String {
    let searched = frameworkCount == 1 ? "1 framework" : "\(frameworkCount) frameworks"
    guard !hits.isEmpty else { return "no match in \(searched)" }
    let matches = hits.count == 1 ? "1 match" : "\(hits.count) matches"
    return "\(matches) in \(matchedFrameworkCount) of \(searched)"
  }
}
