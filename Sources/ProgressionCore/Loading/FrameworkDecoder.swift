package import YAMLSubset

/// Builds a `Framework` from the bytes of a framework file.
///
/// Shape errors (a missing `title`, `levels: six`, a level outside the framework, ...) are thrown
/// as `FrameworkError` at the offending node: nothing sensible can be built past them. Problems
/// that leave the model complete (an unknown key, an empty criterion) are collected as `notices`
/// instead, so that validation can reuse the decoder and report them all as warnings.
///
/// Validation makes a decoder that collects errors (`init(collectingErrors: true)`): then a
/// shape error is recorded in `errors` and the decoder goes on with the rest of the document,
/// skipping only the item it cannot read (a topic without a name, a level that is not a number)
/// and keeping what stays readable (an entry whose level is out of range or repeated). Only an
/// error that leaves nothing to read (front matter, YAML, a document that is not a mapping) is
/// still thrown. Both modes run the same checks in the same order, so a strict decoder throws
/// exactly the first error a collecting one records.
package struct FrameworkDecoder {
  /// What the decoder noticed so far, in file order within each decode.
  package private(set) var notices: [Notice] = []
  /// The shape errors recorded so far, in file order, when the decoder collects errors.
  package private(set) var errors: [FrameworkError] = []
  /// Whether shape errors are recorded in `errors` (and decoding goes on) rather than thrown.
  package let collectsErrors: Bool
  /// Where the YAML trees of decoded documents are kept; `nil` frees each after decoding.
  package let keepAlive: KeepAlive?

  /// Creates a decoder with no notices.
  ///
  /// - Parameters:
  ///   - collectingErrors: whether to record shape errors in `errors` and go on, as
  ///     validation does, rather than throw the first one.
  ///   - keepAlive: where to keep the YAML trees of the documents decoded, so that a process
  ///     exits without freeing them; `nil` frees each after decoding.
  package init(collectingErrors: Bool = false, keepingDocumentsIn keepAlive: KeepAlive? = nil) {
    self.collectsErrors = collectingErrors
    self.keepAlive = keepAlive
  }

  /// The keys of a framework document, in the order the original site documents them.
  package static let frameworkKeys = [
    "path", "title", "sidebarTitle", "sidebarGroup", "yaml", "levels", "homepage", "topics",
  ]
  /// The keys of a topic.
  package static let topicKeys = ["name", "title", "content"]
  /// The keys of an item of a topic's `content`.
  package static let levelKeys = ["level", "criteria", "exampleCriteria"]
  /// The keys of an example criterion.
  package static let exampleCriterionKeys = ["criteria", "examples"]

  /// Decodes a whole framework file.
  ///
  /// - Parameters:
  ///   - bytes: the file's bytes.
  ///   - name: the framework's name, the file's stem (`backend` for `backend.md`).
  ///   - format: whether the file is Markdown with front matter or YAML alone.
  /// - Throws: `FrameworkError` for a file without well-formed front matter, malformed YAML, a
  ///   body that is not UTF-8, or a document whose shape is not a framework's.
  package mutating func decode(
    _ bytes: [UInt8],
    name: String,
    format: FrameworkFormat
  ) throws(FrameworkError) -> Framework {
    let document = try Self.document(in: bytes, format: format, keepingIn: keepAlive)
    var framework = try decodeFramework(document.root, name: name)
    if let invalid = UTF8Sequence.firstInvalidOffset(in: bytes, range: document.bodyRange) {
      try record(
        FrameworkError(
          .invalidUTF8InBody,
          at: LineIndex(bytes).position(ofOffset: invalid, in: bytes)
        )
      )
    }
    framework.body = String(decoding: bytes[document.bodyRange], as: UTF8.self)
    return framework
  }

  /// Finds and parses the YAML of a framework file, and where its Markdown body is.
  ///
  /// - Parameter keepAlive: where to keep the YAML tree until the process exits; `nil` leaves
  ///   it to be freed with the last reference to the root.
  /// - Returns: the YAML's root node, and the bytes of the body (empty for a `.yml` file).
  /// - Throws: `FrameworkError` for a `.md` file without well-formed front matter, malformed
  ///   YAML, or YAML that holds no document at all.
  package static func document(
    in bytes: [UInt8],
    format: FrameworkFormat,
    keepingIn keepAlive: KeepAlive? = nil
  ) throws(FrameworkError) -> (root: YAMLNode, bodyRange: Range<Int>) {
    let yamlRange: Range<Int>
    let firstLine: Int
    var bodyRange = bytes.endIndex..<bytes.endIndex
    switch format {
    case .markdown:
      let frontMatter = try FrontMatter(splitting: bytes)
      yamlRange = frontMatter.yamlRange
      firstLine = frontMatter.yamlFirstLine
      bodyRange = frontMatter.bodyRange
    case .yaml:
      yamlRange = (bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0)..<bytes.count
      firstLine = 1
    }
    let root: YAMLNode?
    do {
      root = try YAMLParser.parse(bytes, range: yamlRange, firstLine: firstLine)
    } catch {
      throw FrameworkError(error)
    }
    guard let root else {
      throw FrameworkError(
        .emptyDocument,
        at: SourcePosition(line: firstLine, column: 1, offset: yamlRange.lowerBound)
      )
    }
    keepAlive?.keep(root)
    return (root, bodyRange)
  }

  /// Decodes the root node of a framework document; the body is left empty.
  ///
  /// - Throws: `.documentNotMapping` when the root is not a mapping; any other shape error
  ///   too, unless the decoder collects errors.
  package mutating func decodeFramework(
    _ root: YAMLNode,
    name: String
  ) throws(FrameworkError) -> Framework {
    guard let mapping = root.mapping else {
      throw FrameworkError(.documentNotMapping, at: root.position)
    }
    var title: String?
    var levelCount: Int?
    // Whether an error about `levels` was recorded already, so it is not also reported missing.
    var levelsFailed = false
    var topicsNode: YAMLNode?
    var isProseOnly = false
    var framework = Framework(name: name, title: "", levelCount: 0, topics: [])
    for entry in mapping.entries {
      do throws(FrameworkError) {
        switch entry.key.text {
        case "title": title = try text(of: entry)
        case "levels": levelCount = try decodeLevelCount(entry.value)
        case "topics": topicsNode = entry.value.isNull ? nil : entry.value
        case "yaml": isProseOnly = try boolean(of: entry) == false
        case "path": framework.sitePath = try text(of: entry)
        case "sidebarTitle": framework.sidebarTitle = try text(of: entry)
        case "sidebarGroup": framework.sidebarGroup = try text(of: entry)
        case "homepage": framework.homepage = try boolean(of: entry)
        default: noticeUnknownKey(entry.key, knownKeys: Self.frameworkKeys)
        }
      } catch {
        try record(error)
        // The key is there, only wrong: it is not missing as well.
        if entry.key.text == "title" { title = "" }
        if entry.key.text == "levels" { levelsFailed = true }
      }
    }
    if let title {
      framework.title = title
    } else {
      try record(FrameworkError(.missingTitle, at: mapping.position))
    }
    framework.isProseOnly = isProseOnly
    if let levelCount {
      framework.levelCount = levelCount
    } else if !isProseOnly && !levelsFailed {
      try record(FrameworkError(.missingLevels, at: mapping.position))
      levelsFailed = true
    }
    guard let topicsNode else {
      if !isProseOnly { try record(FrameworkError(.missingTopics, at: mapping.position)) }
      return framework
    }
    guard let topics = topicsNode.sequence else {
      try record(FrameworkError(.topicsNotList, at: topicsNode.position))
      return framework
    }
    // Without a readable `levels`, levels cannot be out of range; saying so of each would
    // repeat the error about `levels` once per entry.
    let knownLevelCount = levelsFailed ? nil : framework.levelCount
    framework.topics.reserveCapacity(topics.items.count)
    for item in topics.items {
      do throws(FrameworkError) {
        framework.topics.append(try decodeTopic(item, levelCount: knownLevelCount))
      } catch {
        try record(error)
      }
    }
    return framework
  }

  private func decodeLevelCount(_ node: YAMLNode) throws(FrameworkError) -> Int? {
    guard let scalar = node.scalar else {
      throw FrameworkError(.levelsNotInteger(found: nil), at: node.position)
    }
    if scalar.isNull { return nil }
    guard case .int(let count) = scalar.value else {
      throw FrameworkError(.levelsNotInteger(found: scalar.text), at: node.position)
    }
    guard count >= 1 else {
      throw FrameworkError(.levelsNotPositive(count), at: node.position)
    }
    guard count <= Framework.maximumLevelCount else {
      throw FrameworkError(.levelsTooLarge(count), at: node.position)
    }
    return count
  }

  /// Decodes one topic. `levelCount` is `nil` when the framework's levels are unknown, as they
  /// are only after an error about `levels` was recorded.
  ///
  /// - Throws: an error that makes the topic unreadable (no mapping, no name, no content list),
  ///   which a collecting caller records before skipping the topic.
  private mutating func decodeTopic(
    _ node: YAMLNode,
    levelCount: Int?
  ) throws(FrameworkError) -> Topic {
    guard let mapping = node.mapping else {
      throw FrameworkError(.topicNotMapping, at: node.position)
    }
    var name: String?
    var title: String?
    var contentNode: YAMLNode?
    for entry in mapping.entries {
      switch entry.key.text {
      case "name": name = try text(of: entry)
      case "title":
        do throws(FrameworkError) { title = try text(of: entry) } catch { try record(error) }
      case "content": contentNode = entry.value.isNull ? nil : entry.value
      default: noticeUnknownKey(entry.key, knownKeys: Self.topicKeys)
      }
    }
    guard let name, !name.isEmpty else {
      throw FrameworkError(.missingTopicName, at: mapping.position)
    }
    guard let contentNode else {
      throw FrameworkError(.missingContent(topic: name), at: mapping.position)
    }
    guard let content = contentNode.sequence else {
      throw FrameworkError(.contentNotList(topic: name), at: contentNode.position)
    }
    var levels: [TopicLevel] = []
    levels.reserveCapacity(content.items.count)
    var firstPositions: [Int: SourcePosition] = [:]
    for item in content.items {
      do throws(FrameworkError) {
        let entry = try decodeLevel(
          item,
          topic: name,
          levelCount: levelCount,
          firstPositions: &firstPositions
        )
        levels.append(entry)
      } catch {
        try record(error)
      }
    }
    return Topic(
      name: name,
      title: title?.isEmpty == false ? title : nil,
      levels: levels,
      position: mapping.position
    )
  }

  /// The text of a key's value: `nil` for null, the scalar's text otherwise.
  ///
  /// - Throws: `.valueNotText` when the value is a list or a mapping.
  func text(of entry: YAMLNode.Mapping.Entry) throws(FrameworkError) -> String? {
    guard let scalar = entry.value.scalar else {
      throw FrameworkError(.valueNotText(key: entry.key.text), at: entry.value.position)
    }
    return scalar.isNull ? nil : scalar.text
  }

  /// The boolean value of a key: `nil` for null.
  ///
  /// - Throws: `.valueNotBoolean` when the value is anything but `true`, `false` or null.
  private func boolean(of entry: YAMLNode.Mapping.Entry) throws(FrameworkError) -> Bool? {
    guard let scalar = entry.value.scalar else {
      throw FrameworkError(
        .valueNotBoolean(key: entry.key.text, found: nil),
        at: entry.value.position
      )
    }
    switch scalar.value {
    case .null: return nil
    case .bool(let value): return value
    default:
      throw FrameworkError(
        .valueNotBoolean(key: entry.key.text, found: scalar.text),
        at: entry.value.position
      )
    }
  }

  /// Records `error` and returns when the decoder collects errors; throws it otherwise.
  ///
  /// Call it where decoding can go on past the error; where it cannot, throw, and let the
  /// caller that can skip the item record it.
  mutating func record(_ error: FrameworkError) throws(FrameworkError) {
    guard collectsErrors else { throw error }
    errors.append(error)
  }

  mutating func noticeUnknownKey(_ key: YAMLNode.Scalar, knownKeys: [String]) {
    notices.append(Notice(.unknownKey(key.text, knownKeys: knownKeys), at: key.position))
  }

  mutating func notice(_ kind: Notice.Kind, at position: SourcePosition) {
    notices.append(Notice(kind, at: position))
  }
}

extension YAMLNode {
  /// Whether the node is a null scalar (`~`, `null` or nothing).
  var isNull: Bool { scalar?.isNull ?? false }
}
