extension ValidationRule {
  /// The errors that stop a file from being read as a framework, as `FrameworkError.Reason.rule`
  /// names them; `level-out-of-range` and `duplicate-level` are checks the reader reports too.
  public static let readerErrors: [ValidationRule] = [
    yamlSyntax, yamlUnsupported, duplicateKey, invalidUTF8, missingFrontMatter, unclosedFrontMatter,
    emptyFrontMatter, frontMatterNotMapping, missingTitle, valueNotText, valueNotBoolean,
    missingLevelsKey, levelsNotInteger, levelsNotPositive, levelsTooLarge, missingTopics,
    topicsNotList,
    topicNotMapping, missingTopicName, missingContent, contentNotList, levelEntryNotMapping,
    missingLevel, levelNotInteger, criteriaNotList, criterionNotText, exampleCriteriaNotList,
    exampleCriterionNotMapping, missingExampleCriterionText, examplesNotList, exampleNotText,
  ]

  /// Malformed YAML: a syntax error the reader cannot get past.
  public static let yamlSyntax = Self(
    "yaml-syntax",
    .error,
    .reader,
    "malformed YAML: a syntax error the reader cannot get past"
  )

  /// Valid YAML outside the subset: anchors, tags, complex keys, directives, several documents.
  public static let yamlUnsupported = Self(
    "yaml-unsupported",
    .error,
    .reader,
    "valid YAML outside the subset: anchors, tags, complex keys, directives, several documents"
  )

  /// The same key twice in one mapping.
  public static let duplicateKey = Self(
    "duplicate-key",
    .error,
    .reader,
    "the same key twice in one mapping"
  )

  /// Bytes that are not UTF-8.
  public static let invalidUTF8 = Self(
    "invalid-utf8",
    .error,
    .reader,
    "bytes that are not UTF-8"
  )

  /// A Markdown file that does not start with a '---' line.
  public static let missingFrontMatter = Self(
    "missing-front-matter",
    .error,
    .reader,
    "a Markdown file that does not start with a '---' line"
  )

  /// Front matter with no closing '---' line.
  public static let unclosedFrontMatter = Self(
    "unclosed-front-matter",
    .error,
    .reader,
    "front matter with no closing '---' line"
  )

  /// Front matter, or a YAML file, with no YAML in it.
  public static let emptyFrontMatter = Self(
    "empty-front-matter",
    .error,
    .reader,
    "front matter, or a YAML file, with no YAML in it"
  )

  /// Front matter that is a list or a single value, not keys.
  public static let frontMatterNotMapping = Self(
    "front-matter-not-mapping",
    .error,
    .reader,
    "front matter that is a list or a single value, not keys"
  )

  /// No 'title', or an empty one.
  public static let missingTitle = Self(
    "missing-title",
    .error,
    .reader,
    "no 'title', or an empty one"
  )

  /// A list or a mapping where text is expected.
  public static let valueNotText = Self(
    "value-not-text",
    .error,
    .reader,
    "a list or a mapping where text is expected"
  )

  /// Something other than true or false for 'yaml' or 'homepage'.
  public static let valueNotBoolean = Self(
    "value-not-boolean",
    .error,
    .reader,
    "something other than true or false for 'yaml' or 'homepage'"
  )

  /// No 'levels' in a framework that is not prose only.
  public static let missingLevelsKey = Self(
    "missing-levels-key",
    .error,
    .reader,
    "no 'levels' in a framework that is not prose only"
  )

  /// A 'levels' that is not a whole number.
  public static let levelsNotInteger = Self(
    "levels-not-integer",
    .error,
    .reader,
    "a 'levels' that is not a whole number"
  )

  /// A 'levels' of zero or less.
  public static let levelsNotPositive = Self(
    "levels-not-positive",
    .error,
    .reader,
    "a 'levels' of zero or less"
  )

  /// A 'levels' above the most a framework may have.
  public static let levelsTooLarge = Self(
    "levels-too-large",
    .error,
    .reader,
    "a 'levels' above the most a framework may have"
  )

  /// No 'topics' in a framework that is not prose only.
  public static let missingTopics = Self(
    "missing-topics",
    .error,
    .reader,
    "no 'topics' in a framework that is not prose only"
  )

  /// A 'topics' that is not a list.
  public static let topicsNotList = Self(
    "topics-not-list",
    .error,
    .reader,
    "a 'topics' that is not a list"
  )

  /// A topic that is not a mapping.
  public static let topicNotMapping = Self(
    "topic-not-mapping",
    .error,
    .reader,
    "a topic that is not a mapping"
  )

  /// A topic with no 'name', or an empty one.
  public static let missingTopicName = Self(
    "missing-topic-name",
    .error,
    .reader,
    "a topic with no 'name', or an empty one"
  )

  /// A topic with no 'content'.
  public static let missingContent = Self(
    "missing-content",
    .error,
    .reader,
    "a topic with no 'content'"
  )

  /// A topic's 'content' that is not a list.
  public static let contentNotList = Self(
    "content-not-list",
    .error,
    .reader,
    "a topic's 'content' that is not a list"
  )

  /// An item of 'content' that is not a mapping.
  public static let levelEntryNotMapping = Self(
    "level-entry-not-mapping",
    .error,
    .reader,
    "an item of 'content' that is not a mapping"
  )

  /// An item of 'content' with no 'level'.
  public static let missingLevel = Self(
    "missing-level",
    .error,
    .reader,
    "an item of 'content' with no 'level'"
  )

  /// A 'level' that is not a whole number.
  public static let levelNotInteger = Self(
    "level-not-integer",
    .error,
    .reader,
    "a 'level' that is not a whole number"
  )

  /// A 'criteria' that is not a list.
  public static let criteriaNotList = Self(
    "criteria-not-list",
    .error,
    .reader,
    "a 'criteria' that is not a list"
  )

  /// A criterion that is a list or a mapping, often unquoted text with ': '.
  public static let criterionNotText = Self(
    "criterion-not-text",
    .error,
    .reader,
    "a criterion that is a list or a mapping, often unquoted text with ': '"
  )

  /// An 'exampleCriteria' that is not a list.
  public static let exampleCriteriaNotList = Self(
    "example-criteria-not-list",
    .error,
    .reader,
    "an 'exampleCriteria' that is not a list"
  )

  /// An item of 'exampleCriteria' that is not a mapping.
  public static let exampleCriterionNotMapping = Self(
    "example-criterion-not-mapping",
    .error,
    .reader,
    "an item of 'exampleCriteria' that is not a mapping"
  )

  /// An item of 'exampleCriteria' with no 'criteria'.
  public static let missingExampleCriterionText = Self(
    "missing-example-criterion-text",
    .error,
    .reader,
    "an item of 'exampleCriteria' with no 'criteria'"
  )

  /// An 'examples' that is not a list.
  public static let examplesNotList = Self(
    "examples-not-list",
    .error,
    .reader,
    "an 'examples' that is not a list"
  )

  /// An example that is a list or a mapping, often unquoted text with ': '.
  public static let exampleNotText = Self(
    "example-not-text",
    .error,
    .reader,
    "an example that is a list or a mapping, often unquoted text with ': '"
  )
}
