import ArgumentParser

/// A theme and the codes a command puts into it or takes out of it (`theme assign`, `theme unassign`).
struct ThemeCodesArguments: ParsableArguments {
    @Argument(help: "The theme's id.") var theme: String
    @Argument(help: "Code ids (or unambiguous ends of ids).") var codes: [String]

    func validate() throws {
        if codes.isEmpty { throw ValidationError("name at least one code") }
    }
}
