import Foundation
import Testing
import ThematicAgreement
import ThematicTestSupport

/// Every case of `../shared/testdata/reliability/reference_cases.json`, read in place: the
/// published value (as computed by the statistics package the file names) to 1e-9, and the
/// undefined cases as "not computable".
@Suite struct ReferenceCaseTests {
    static let file = TestPaths.sharedTestData.appendingPathComponent("reliability/reference_cases.json")

    /// One case of the file, as much as the tests read of it.
    struct Case: Decodable, CustomTestStringConvertible, Sendable {
        var id: String
        var statistic: String
        var metric: String?
        var input: Input
        var expected: Double?
        var expected_percentage_agreement: Double?
        var intermediate: [String: Double]?
        var testDescription: String { id }

        struct Input: Decodable, Sendable {
            var data: [[Cell?]]?
            var table: [[Int]]?
            var labels: [String]?
            var counts: [[Int]]?
            var coder_A: [String]?
            var coder_B: [String]?
        }
    }

    /// A cell of a JSON matrix: a number or a label.
    enum Cell: Decodable, Sendable {
        case number(Double)
        case label(String)

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Double.self) { self = .number(number) } else { self = .label(try container.decode(String.self)) }
        }

        var category: AgreementCategory {
            switch self {
            case .number(let value): .number(value)
            case .label(let label): .label(label)
            }
        }
    }

    static func cases() throws -> [Case] {
        struct File: Decodable { var cases: [Case] }
        return try JSONDecoder().decode(File.self, from: Data(contentsOf: file)).cases
    }

    /// The case's input as reliability data (coders × units).
    static func reliabilityData(_ input: Case.Input) throws -> ReliabilityData {
        if let data = input.data {
            return ReliabilityData(coders: data.indices.map { "coder \($0 + 1)" }, matrix: data.map { $0.map { $0?.category } })
        }
        if let first = input.coder_A, let second = input.coder_B {
            return ReliabilityData(coders: ["A", "B"], matrix: [first.map { .label($0) }, second.map { .label($0) }])
        }
        if let table = input.table, let labels = input.labels {
            // Expand the contingency table unit by unit.
            var first: [AgreementCategory?] = [], second: [AgreementCategory?] = []
            for (row, counts) in table.enumerated() {
                for (column, count) in counts.enumerated() {
                    first += Array(repeating: .label(labels[row]), count: count)
                    second += Array(repeating: .label(labels[column]), count: count)
                }
            }
            return ReliabilityData(coders: ["A", "B"], matrix: [first, second])
        }
        if let counts = input.counts {
            // Subjects × categories counts: raters are interchangeable, so give each rating a rater slot.
            let raters = counts.map { $0.reduce(0, +) }.max() ?? 0
            var matrix = [[AgreementCategory?]](repeating: [], count: raters)
            for subject in counts {
                var slot = 0
                for (category, count) in subject.enumerated() {
                    for _ in 0..<count {
                        matrix[slot].append(.number(Double(category + 1)))
                        slot += 1
                    }
                }
                while slot < raters { matrix[slot].append(nil); slot += 1 }
            }
            return ReliabilityData(coders: (1...raters).map { "rater \($0)" }, matrix: matrix)
        }
        throw CocoaError(.coderReadCorrupt, userInfo: [NSDebugDescriptionErrorKey: "unknown input layout"])
    }

    static func statistics(named name: String, metric: String?, data: ReliabilityData) -> [AgreementStatistic] {
        name.split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }.map { kind in
            switch kind {
            case "krippendorff_alpha":
                let metric = metric.flatMap { AgreementMetric(rawValue: String($0.prefix { $0 != " " })) } ?? .nominal
                return KrippendorffAlpha.compute(data, metric: metric)
            case "cohen_kappa": return PairwiseAgreement.cohenKappa(data)
            case "scott_pi": return PairwiseAgreement.scottPi(data)
            case "fleiss_kappa": return MultiCoderAgreement.fleissKappa(data)
            case "percent_agreement": return MultiCoderAgreement.percentAgreement(data)
            case "brennan_prediger": return MultiCoderAgreement.brennanPrediger(data)
            case "gwet_ac1": return MultiCoderAgreement.gwetAC1(data)
            default:
                Issue.record("the reference file names a statistic the test does not know: \(kind)")
                return .undefined(.percentAgreement, reason: "unknown")
            }
        }
    }

    @Test func theFileHoldsCases() throws {
        #expect(try Self.cases().count >= 8)
    }

    @Test(arguments: try cases())
    func reproducesTheReferenceValue(_ reference: Case) throws {
        let data = try Self.reliabilityData(reference.input)
        let results = Self.statistics(named: reference.statistic, metric: reference.metric, data: data)
        #expect(!results.isEmpty)
        for result in results {
            if let expected = reference.expected {
                let value = try #require(result.value, "\(result.title): \(result.notComputable ?? "")")
                #expect(abs(value - expected) <= 1e-9, "\(result.title) = \(value), expected \(expected)")
            } else {
                #expect(result.value == nil, "\(result.title) should be undefined, got \(String(describing: result.value))")
                #expect(result.notComputable?.isEmpty == false)
            }
        }
        if let percent = reference.expected_percentage_agreement {
            #expect(MultiCoderAgreement.percentAgreement(data).value == percent)
        }
        // Intermediate values the file gives, where they name a quantity the library reports.
        for (name, expected) in reference.intermediate ?? [:] {
            let actual: Double? = switch name {
            case "p_o": PairwiseAgreement.cohenKappa(data).observedAgreement
            case "p_e": PairwiseAgreement.cohenKappa(data).chanceAgreement
            case "scott_pi": PairwiseAgreement.scottPi(data).value
            case "krippendorff_alpha_nominal": KrippendorffAlpha.compute(data, metric: .nominal).value
            case "P_bar": MultiCoderAgreement.fleissKappa(data).observedAgreement
            case "P_e_bar": MultiCoderAgreement.fleissKappa(data).chanceAgreement
            default: nil
            }
            if name.hasPrefix("published") { continue }
            let value = try #require(actual, "intermediate \(name) is not reported")
            #expect(abs(value - expected) <= 1e-9, "\(name) = \(value), expected \(expected)")
        }
    }
}
