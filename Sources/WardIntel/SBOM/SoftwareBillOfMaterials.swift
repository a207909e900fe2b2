import Foundation

/// A software bill of materials, read from CycloneDX or SPDX into one shape.
///
/// Ward matches the components of a device against vulnerability feeds; it needs the same list of components
/// whichever format the manufacturer delivered, so the readers reduce both formats to this model. A CycloneDX
/// document may also carry VEX statements (its `vulnerabilities`); they are kept in ``vexStatements`` so that the
/// manufacturer's own word on each vulnerability travels with the components it is about.
public struct SoftwareBillOfMaterials: Sendable, Hashable, Codable {
    /// The format a bill was written in.
    public enum Format: String, Sendable, Hashable, Codable {
        case cycloneDX = "cyclonedx"
        case spdx
    }

    /// The format the bill was read from.
    public var format: Format
    /// The version of the format's specification (`1.6`, `2.3`).
    public var specVersion: String
    /// The CycloneDX `serialNumber` or the SPDX `documentNamespace`: what makes the document unique.
    public var serialNumber: String?
    /// The document's name (SPDX `name`, or the name of the described component for CycloneDX).
    public var name: String?
    /// When the document was created, as written (ISO 8601).
    public var created: String?
    /// What the bill describes: the CycloneDX `metadata.component` or the first package SPDX `DESCRIBES`. In SPDX
    /// that package is also one of ``components``; in CycloneDX it is not, but the components nested in it are.
    public var subject: SoftwareComponent?
    /// Every component, nested ones flattened after their parent, in document order.
    public var components: [SoftwareComponent]
    /// For each reference, the references it depends on, as the document states them.
    public var dependencies: [String: [String]]
    /// The VEX statements embedded in a CycloneDX document (empty for SPDX).
    public var vexStatements: [VEXStatement]

    public init(
        format: Format,
        specVersion: String,
        serialNumber: String? = nil,
        name: String? = nil,
        created: String? = nil,
        subject: SoftwareComponent? = nil,
        components: [SoftwareComponent] = [],
        dependencies: [String: [String]] = [:],
        vexStatements: [VEXStatement] = []
    ) {
        self.format = format
        self.specVersion = specVersion
        self.serialNumber = serialNumber
        self.name = name
        self.created = created
        self.subject = subject
        self.components = components
        self.dependencies = dependencies
        self.vexStatements = vexStatements
    }

    /// The component with the given reference, the subject included.
    ///
    /// A linear scan; callers that look up many references build a dictionary once instead.
    public func component(withReference reference: String) -> SoftwareComponent? {
        if let subject, subject.reference == reference { return subject }
        return components.first { $0.reference == reference }
    }
}
