import CLibXML2

/// libxml2's process-wide set-up, done once before the first parse.
///
/// `xmlInitParser` must run once before threads parse in parallel (libxml2 2.9 initialises its
/// dictionaries, character tables and global-state keys lazily otherwise, racing when two threads
/// start at once). Swift runs a `static let` initialiser exactly once, thread-safely.
enum LibXML2 {
    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    /// Makes sure libxml2 is initialised; cheap after the first call.
    static func initialise() {
        _ = initialised
    }
}
