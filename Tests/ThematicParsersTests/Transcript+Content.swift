import ThematicModel
@testable import ThematicParsers

extension Transcript {
    /// The content of an utterance, without its label.
    func content(_ index: Int) -> String {
        String(TextIndex(text).slice(utterances[index].span))
    }
}
