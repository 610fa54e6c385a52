import Foundation
import ThematicModel

/// How a transcript file is to be read.
public struct ParserOptions: Hashable, Sendable {
    /// The format to read the file as; `nil` detects it from the name and content.
    public var format: TranscriptFormat?
    /// Roles for speaker labels, keyed by ``SpeakerLabel/key(_:)`` of the label (`I` → interviewer).
    public var roles: [String: SpeakerRole]
    /// The id to give the transcript; `nil` takes it from the header or the file name.
    public var sourceID: String?
    /// Merge consecutive cues of the same speaker into one utterance (subtitle formats).
    public var mergeConsecutiveCues: Bool?
    /// The tier to read, for formats that have tiers (ELAN).
    public var tier: String?
    /// The largest inputs accepted.
    public var limits = ParserLimits()

    public init(format: TranscriptFormat? = nil, roles: [String: SpeakerRole] = [:], sourceID: String? = nil,
                mergeConsecutiveCues: Bool? = nil, tier: String? = nil) {
        self.format = format
        self.roles = roles
        self.sourceID = sourceID
        self.mergeConsecutiveCues = mergeConsecutiveCues
        self.tier = tier
    }

    /// Reads a role map written `I=interviewer,P=participant,T=interpreter`.
    /// - Throws: a message naming the first entry that is not `label=role`.
    public static func parseRoles(_ text: String) throws(ParserOptionsError) -> [String: SpeakerRole] {
        var roles: [String: SpeakerRole] = [:]
        for entry in text.split(separator: ",") {
            let parts = entry.split(separator: "=", maxSplits: 1)
            guard parts.count == 2,
                  let role = SpeakerRole(rawValue: parts[1].trimmingCharacters(in: .whitespaces).lowercased())
            else { throw .invalidRoleEntry(String(entry)) }
            roles[SpeakerLabel.key(String(parts[0]))] = role
        }
        return roles
    }
}

/// Why a parser option given by a user is not understood.
public enum ParserOptionsError: Error, Hashable, Sendable, CustomStringConvertible {
    case invalidRoleEntry(String)

    public var description: String {
        switch self {
        case .invalidRoleEntry(let entry):
            "'\(entry)' is not label=role (roles: \(SpeakerRole.allCases.map(\.rawValue).joined(separator: ", ")))"
        }
    }
}
