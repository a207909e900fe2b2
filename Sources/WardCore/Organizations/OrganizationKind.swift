import Foundation

/// What kind of organization an ``Organization`` is.
public enum OrganizationKind: String, CaseIterable, Hashable, Sendable, Codable, CustomStringConvertible {
    case hospital
    case clinic
    case healthSystem = "health_system"
    case publicHealthAgency = "public_health_agency"
    case laboratory
    case pharmacy
    case payer
    case vendor
    case other

    /// A label for people, such as "health system".
    public var description: String {
        switch self {
        case .hospital: "hospital"
        case .clinic: "clinic"
        case .healthSystem: "health system"
        case .publicHealthAgency: "public-health agency"
        case .laboratory: "laboratory"
        case .pharmacy: "pharmacy"
        case .payer: "payer"
        case .vendor: "vendor"
        case .other: "other"
        }
    }

    /// Parses the stored form (`health_system`) or the human form (`health system`, `health-system`).
    public init(parsing text: String, location: String = "kind") throws {
        let key = text.lowercased().trimmingCharacters(in: .whitespaces)
            .replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "-", with: "_")
        guard let kind = OrganizationKind(rawValue: key) else {
            let allowed = OrganizationKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw WardError(
                .invalidInput,
                "unknown organization kind '\(text)'; use one of \(allowed)",
                location: location
            )
        }
        self = kind
    }
}
