import ArgumentParser

/// Checks for numeric options, so every command refuses a negative, zero or absurd number with a
/// usage error (exit 64) naming the option, before anything runs.
///
/// argument-parser already refuses text that is no number (`--context=abc`) and values that do not
/// fit the type; these checks add the range each option means.
enum NumericOption {
    /// Refuses a value below `minimum` (when given).
    static func atLeast(_ minimum: Int, _ value: Int?, _ name: String) throws {
        guard let value, value < minimum else { return }
        throw ValidationError("\(name) must be \(minimum == 0 ? "0 or more" : "at least \(minimum)"), not \(value)")
    }
}
