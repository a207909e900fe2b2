import Foundation
import WardCore
import WardFrameworks

/// A checklist for one kind of incident, written by Ward in the spirit of HICP practice 8, that the team ticks off.
public struct Playbook: Sendable {
    public var kind: IncidentKind
    public var title: String
    public var steps: [Step]

    public struct Step: Sendable, Codable, Identifiable {
        public var id: String
        /// detect, contain, eradicate, recover, notify, learn.
        public var phase: String
        public var text: String
        /// The HICP sub-practice the step serves, if any.
        public var hicp: String?
    }
}

/// The bundled playbooks, read once.
public enum Playbooks {
    public static let all: [IncidentKind: Playbook] = {
        do {
            return try read(Array(BundledResponseData.playbooks.utf8), file: "playbooks.json")
        } catch {
            fatalError("the bundled playbooks are invalid: \(error)")
        }
    }()

    static let phases: Set<String> = ["detect", "contain", "eradicate", "recover", "notify", "learn"]

    static func read(_ bytes: [UInt8], file: String) throws(CatalogValidationError) -> [IncidentKind: Playbook] {
        let log = ProblemLog(file: file)
        guard var fields = FieldReader.document(bytes, log: log) else {
            throw CatalogValidationError(problems: log.problems)
        }
        _ = fields.string("format")
        _ = fields.string("version")
        var result: [IncidentKind: Playbook] = [:]
        for (node, path) in fields.objects("playbooks", required: true) ?? [] {
            guard var playbook = FieldReader(node, path: path, problems: log) else { continue }
            let kind = playbook.choice("kind", IncidentKind.self)
            let title = playbook.string("title")
            var steps: [Playbook.Step] = []
            var ids: Set<String> = []
            for (stepNode, stepPath) in playbook.objects("steps", required: true) ?? [] {
                guard var step = FieldReader(stepNode, path: stepPath, problems: log) else { continue }
                let id = step.string("id")
                let phase = step.string("phase")
                let text = step.string("text")
                let hicp = step.string("hicp", required: false)
                step.rejectUnknownFields()
                if let phase, !phases.contains(phase) {
                    log.add(stepNode.position, step.fieldPath("phase"), "unknown phase '\(phase)'")
                }
                if let id, !ids.insert(id).inserted {
                    log.add(stepNode.position, step.fieldPath("id"), "the step id '\(id)' is used twice")
                }
                if let id, let phase, let text { steps.append(.init(id: id, phase: phase, text: text, hicp: hicp)) }
            }
            playbook.rejectUnknownFields()
            if let kind, let title { result[kind] = Playbook(kind: kind, title: title, steps: steps) }
        }
        fields.rejectUnknownFields()
        for kind in IncidentKind.allCases where result[kind] == nil {
            log.add(nil, "playbooks", "no playbook for the kind '\(kind.rawValue)'")
        }
        guard log.problems.isEmpty else { throw CatalogValidationError(problems: log.problems) }
        return result
    }
}
