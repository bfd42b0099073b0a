import ProgressionCore

/// Renders `compare` as JSON, keys in this order: `schemaVersion`, `a` and `b` (the `framework`
/// object of `show`), `levels` (the levels compared), `overlap`, then `topics`: each with
/// `name`, `title`, `inA`, `inB`, `overlap` and `levels`, each level with `level`, `overlap`
/// and `criteria`. A criterion row has `kind` (`same`, `reworded`, `only-a` or `only-b`), `a`
/// and `b` (`{text, exampleCriterion, inherited}`, or `null` on the side that lacks it) and
/// `words` (the word diff of a rewording, from `a` to `b`, else `null`).
///
/// An `overlap` has `same`, `reworded`, `onlyA`, `onlyB`, `shared` (`same + reworded`),
/// `union` (`shared + onlyA + onlyB`) and `percent` (`shared * 100 / union` rounded down, or
/// `null` when `union` is 0).
enum CompareJSONRenderer {
  /// The JSON of `report`, as UTF-8.
  static func render(_ report: ComparisonReport) -> [UInt8] {
    let comparison = report.comparison
    var json = JSONWriter(reservingCapacity: 4096)
    json.beginObject()
    json.member("schemaVersion", JSONRenderer.schemaVersion)
    json.key("a")
    JSONRenderer.writeMetadata(of: report.a.framework, source: report.a.source, into: &json)
    json.key("b")
    JSONRenderer.writeMetadata(of: report.b.framework, source: report.b.source, into: &json)
    json.key("levels")
    json.beginArray()
    for level in comparison.levels { json.int(level) }
    json.endArray()
    json.key("overlap")
    write(comparison.overlap, into: &json)
    json.key("topics")
    json.beginArray()
    for topic in comparison.topics {
      json.beginObject()
      json.member("name", topic.name)
      json.member("title", topic.title)
      json.member("inA", topic.isInA)
      json.member("inB", topic.isInB)
      json.key("overlap")
      write(topic.overlap, into: &json)
      json.key("levels")
      json.beginArray()
      for level in topic.levels {
        json.beginObject()
        json.member("level", level.level)
        json.key("overlap")
        write(level.overlap, into: &json)
        json.key("criteria")
        json.beginArray()
        for pairing in level.pairings { write(pairing, into: &json) }
        json.endArray()
        json.endObject()
      }
      json.endArray()
      json.endObject()
    }
    json.endArray()
    json.endObject()
    return json.lineEndedBytes()
  }

  private static func write(_ overlap: FrameworkComparison.Overlap, into json: inout JSONWriter) {
    json.beginObject()
    json.member("same", overlap.same)
    json.member("reworded", overlap.reworded)
    json.member("onlyA", overlap.onlyA)
    json.member("onlyB", overlap.onlyB)
    json.member("shared", overlap.shared)
    json.member("union", overlap.union)
    json.key("percent")
    if let percent = overlap.percent { json.int(percent) } else { json.null() }
    json.endObject()
  }

  private static func write(_ pairing: FrameworkComparison.Pairing, into json: inout JSONWriter) {
    json.beginObject()
    json.member("kind", pairing.kind.rawValue)
    json.key("a")
    write(pairing.a, into: &json)
    json.key("b")
    write(pairing.b, into: &json)
    json.key("words")
    DiffJSONRenderer.writeWords(pairing.words, into: &json)
    json.endObject()
  }

  /// One side of a pairing: the brief criterion, or `null` on the side that lacks it.
  private static func write(_ criterion: Criterion?, into json: inout JSONWriter) {
    if let criterion {
      JSONRenderer.writeBriefCriterion(criterion, into: &json)
    } else {
      json.null()
    }
  }
}
