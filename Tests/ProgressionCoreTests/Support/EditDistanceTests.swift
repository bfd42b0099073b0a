import ProgressionCore
import Testing

@Suite struct EditDistanceTests {
  @Test(arguments: [
    ("", "", 0),
    ("", "abc", 3),
    ("abc", "", 3),
    ("level", "level", 0),
    ("Level", "level", 0),
    ("levl", "level", 1),
    ("levels", "level", 1),
    ("lavel", "level", 1),
    ("markdwon", "markdown", 1),
    ("dupm", "dump", 1),
    ("kitten", "sitting", 3),
    ("ca", "abc", 3),
    ("🛠️x", "🛠️y", 1),
  ])
  func distance(_ first: String, _ second: String, _ expected: Int) {
    #expect(EditDistance.distance(first, second) == expected)
    #expect(EditDistance.distance(second, first) == expected)
  }

  @Test(arguments: [
    ("dupm", ["dump", "help"], "dump"),
    ("hlep", ["dump", "help"], "help"),
    ("DUMP", ["dump", "help"], "dump"),
    ("markdwon", ["markdown", "help"], "markdown"),
    ("mark", ["markdown", "help"], "markdown"),
    ("levle", ["level", "levels"], "level"),
    ("levelz", ["level", "levels"], "level"),
    ("verison", ["help", "version"], "version"),
  ])
  func suggestsTheNearest(_ word: String, _ candidates: [String], _ expected: String) {
    #expect(EditDistance.suggestion(for: word, among: candidates) == expected)
  }

  @Test(arguments: [
    ("x", ["dump", "help"]),
    ("", ["dump"]),
    ("frobnicate", ["dump", "help"]),
    ("ma", ["markdown"]),
    ("show", ["dump"]),
  ])
  func suggestsNothingFarAway(_ word: String, _ candidates: [String]) {
    #expect(EditDistance.suggestion(for: word, among: candidates) == nil)
  }
}
