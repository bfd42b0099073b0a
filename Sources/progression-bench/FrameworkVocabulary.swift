/// Words and decorations for generated criteria, drawn from the seed framework
/// (`frameworks/backend.md`) so that generated text has its letters, lengths and quirks.
enum FrameworkVocabulary {
  /// Verbs that open a criterion, as in "Proactively gives timely actionable feedback".
  static let openers = [
    "Proactively", "Implements", "Helps", "Makes", "Writes", "Contributes", "Breaks", "Leads",
    "Uses", "Transparent about", "Solves", "Provides", "Delivers", "Considers", "Builds", "Works",
    "Serves as", "Produces", "Instills", "Identifies", "Handles", "Gives", "Follows", "Fixes",
    "Designs", "Delegates", "Debugs", "Shares", "Owns", "Mentors", "Drives", "Shapes",
  ]

  /// Words that follow the opener.
  static let words = [
    "the", "and", "that", "for", "their", "engineers", "code", "with", "technical", "services",
    "they", "team", "feedback", "when", "other", "new", "large", "engineering", "systems",
    "complex", "security", "from", "about", "proposals", "problems", "multiple", "improvements",
    "impact", "down", "work", "why", "them", "squad", "simple", "projects", "not", "more", "level",
    "issues", "handlers", "are", "RPC", "well", "time", "tasks", "small", "reviews", "production",
    "people", "others", "libraries", "knowledge", "into", "high", "help", "going", "distributed",
    "designs", "decisions", "data", "context", "around", "appropriate", "writing", "working",
    "wider", "through", "things", "themselves", "steps", "scope", "performance", "message",
    "major", "iterative", "guidance", "first", "experienced", "effectively", "design", "bugs",
    "ambiguous", "all", "actionable", "API", "without", "value", "understand", "tools", "together",
    "technologies", "smaller", "senior", "scale", "risk", "reversibility", "requests", "relevant",
    "principles", "practices", "platform", "peers", "patterns", "org", "modules", "messaging",
    "medium", "maintaining", "long-term", "library", "idiomatic", "growth", "goal", "failure",
    "external", "error", "documentation", "direction", "descriptions", "delivery", "definitive",
    "deep", "database", "culture", "correct", "core", "consumers", "clear", "change", "cases",
    "better", "backend", "authority", "asynchronous", "area", "across", "small/medium",
    "(e.g. RPC blacklisting, BigQuery permissions)", "e.g.", "#security-requests",
    "https://golang.org/doc/effective_go.html", "X,", "Y", "Z:", "trade-offs", "co-ordinates",
  ]

  /// Words written with typographic quotes and apostrophes, as the seed has them.
  static let typographicWords = [
    "don’t", "year’s", "“self-healing”", "isn’t", "we’re", "won’t", "‘Author of Go’", "you’ll",
    "career’s", "A–E",
  ]

  /// Emoji as they appear in titles and text, some of them multi-scalar clusters.
  static let emoji = ["🛠️", "✨", "👩‍💼", "💬", "🚀", "📈", "🤝", "🧭", "🇬🇧", "👍🏽"]

  /// Topic stems for names and titles.
  static let topicStems = [
    "communication", "impact", "leadership", "influence", "mastery", "delivery", "ownership",
    "collaboration", "quality", "operations", "security", "mentoring",
  ]

  /// Paragraphs for the Markdown body after the front matter.
  static let bodyParagraphs = [
    "### About our engineering progression frameworks",
    "The engineering progression framework is a tool that helps engineers and managers:",
    "- make development and career plans\n- talk about what we’re looking for from engineers in a"
      + " consistent way\n- set a fair level of compensation.",
    "The framework is a compass, not a GPS.",
    "We sort them into six levels, and we try to give specific examples of behaviours we expect"
      + " for each. Each of those levels has a fairly wide salary range associated with it, and"
      + " within each level you can progress in sub-levels, labelled A–E.",
    "### Things to keep in mind\n- This isn’t a checklist – it’s possible to progress up a level"
      + " without showing all the behaviours in that level.",
  ]
}
