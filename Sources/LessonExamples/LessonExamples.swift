// The lessons' examples, generated before every build by Sources/LessonExamplesPlugin from the
// ```swift blocks of Lessons/*/lesson.md (and the fixtures in Tests/LessonFixtures).
@_exported public import LessonRuntime
