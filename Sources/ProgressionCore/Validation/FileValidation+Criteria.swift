import YAMLSubset

extension FileValidation {
  /// Where a criterion was first seen, to name it when it comes again.
  private struct Place {
    var position: SourcePosition
    var topic: String
    var level: Int
  }

  /// `empty-criteria`, `empty-criterion`, `empty-example`, `duplicate-criterion`,
  /// `example-without-examples`, `whitespace` and `invisible-character`, over every entry of every topic.
  ///
  /// Duplicates are found with a hash table of the texts seen, trimmed of surrounding white
  /// space, so the check stays linear however many criteria a framework has. Texts are compared
  /// byte for byte, as they read once the characters `invisible-character` finds are dealt
  /// with (see `VisibleText`): texts that look the same are the same.
  mutating func checkCriteria(of framework: Framework) {
    var firstPlaces: [TrimmedText: Place] = [:]
    firstPlaces.reserveCapacity(
      framework.topics.reduce(0) { total, topic in
        topic.levels.reduce(total) { $0 + $1.criteria.count }
      }
    )
    for topic in framework.topics {
      for entry in topic.levels {
        if entry.criteria.isEmpty {
          report(
            .emptyCriteria,
            CriterionMessage.noCriteria(level: entry.level, topic: topic.name),
            at: entry.position
          )
        }
        for criterion in entry.criteria {
          let place = Place(position: criterion.position, topic: topic.name, level: entry.level)
          check(criterion, at: place, firstPlaces: &firstPlaces)
        }
      }
    }
  }

  private mutating func check(
    _ criterion: Criterion,
    at place: Place,
    firstPlaces: inout [TrimmedText: Place]
  ) {
    let facts = TextFacts(criterion.text)
    let plan = VisibleText(criterion.text)
    let key =
      plan.map { TrimmedText($0.visible) } ?? TrimmedText(text: criterion.text, facts: facts)
    if key.facts.isBlank {
      report(.emptyCriterion, CriterionMessage.emptyCriterion, at: criterion.position)
    } else {
      checkWhitespace(of: criterion.text, facts, plan, at: criterion.position, in: .criterion)
      if let plan {
        checkInvisibleCharacters(in: criterion.text, plan, at: criterion.position, in: .criterion)
      }
      if let first = firstPlaces[key] {
        report(
          .duplicateCriterion,
          CriterionMessage.duplicate(firstLine: first.position.line, first.topic, first.level),
          at: criterion.position,
          notes: [Diagnostic.Note(message: "first appearance is here", position: first.position)]
        )
      } else {
        firstPlaces[key] = place
      }
    }
    guard criterion.isExampleCriterion else { return }
    if criterion.examples.isEmpty {
      report(.exampleWithoutExamples, CriterionMessage.noExamples, at: criterion.position)
    }
    for example in criterion.examples {
      let facts = TextFacts(example.text)
      let plan = VisibleText(example.text)
      if plan.map({ TextFacts($0.visible).isBlank }) ?? facts.isBlank {
        report(.emptyExample, CriterionMessage.emptyExample, at: example.position)
      } else {
        checkWhitespace(of: example.text, facts, plan, at: example.position, in: .example)
        if let plan {
          checkInvisibleCharacters(in: example.text, plan, at: example.position, in: .example)
        }
      }
    }
  }
}

/// The messages of the criteria rules.
enum CriterionMessage {
  static let emptyCriterion =
    "this criterion is empty; write the behaviour expected at this level, or remove the item"

  static let emptyExample = "this example is empty; write the example, or remove the item"

  static let noExamples =
    "this example criterion has no examples; add an 'examples:' list under it, or move it to "
    + "'criteria:'"

  static func noCriteria(level: Int, topic: String) -> String {
    "level \(level) of topic '\(topic)' has no criteria; add some under 'criteria:', or remove "
      + "the item"
  }

  static func duplicate(firstLine: Int, _ topic: String, _ level: Int) -> String {
    "this criterion repeats the one on line \(firstLine) (topic '\(topic)', level \(level)); "
      + "remove one of them, or tell them apart"
  }
}
