import Foundation
import WardCore
import WardFrameworks

/// Reads `ward-reporting-rules/1` files, reporting every problem with file, line, column and field.
public enum ReportingRuleReader {
    public static let format = "ward-reporting-rules/1"

    public static func read(_ bytes: [UInt8], file: String) throws(CatalogValidationError) -> ReportingRuleSet {
        let log = ProblemLog(file: file)
        guard var fields = FieldReader.document(bytes, log: log) else {
            throw CatalogValidationError(problems: log.problems)
        }
        if let format = fields.string("format"), format != Self.format {
            log.add(
                fields.member("format", required: false)?.position,
                "format",
                "unknown format '\(format)'; use \(Self.format)"
            )
        }
        let id = fields.string("id")
        let version = fields.string("version")
        let title = fields.string("title")
        let source = fields.string("source")
        let date = fields.string("date")
        let description = fields.string("description")
        var rules: [ReportingRule] = []
        var seen: Set<String> = []
        for (node, path) in fields.objects("rules", required: true) ?? [] {
            guard var rule = FieldReader(node, path: path, problems: log) else { continue }
            let ruleID = rule.string("id")
            if let ruleID, !seen.insert(ruleID).inserted {
                log.add(node.position, rule.fieldPath("id"), "the rule id '\(ruleID)' is used twice")
            }
            let ruleTitle = rule.string("title")
            let recipient = rule.string("recipient")
            let status = rule.choice("legalStatus", ReportingRule.LegalStatus.self)
            let ruleSource = https(&rule, "source", required: true, log: log)
            let portal = https(&rule, "portal", required: false, log: log)
            let condition = rule.member("when", required: true).flatMap {
                readCondition($0, path: rule.fieldPath("when"), log: log)
            }
            let deadline = rule.member("deadline", required: true).flatMap {
                readDeadline($0, path: rule.fieldPath("deadline"), log: log)
            }
            let deadlineText = rule.string("deadlineText")
            let note = rule.string("note", required: false)
            var packageFields: [ReportingRule.Field] = []
            for (fieldNode, fieldPath) in rule.objects("fields") ?? [] {
                guard var entry = FieldReader(fieldNode, path: fieldPath, problems: log) else { continue }
                let label = entry.string("label")
                let from = entry.string("from", required: false)
                let help = entry.string("help", required: false)
                entry.rejectUnknownFields()
                if let from, !IncidentFacts.all.contains(from) {
                    log.add(
                        entry.member("from", required: false)?.position,
                        entry.fieldPath("from"),
                        "unknown incident field '\(from)'"
                    )
                }
                if let label { packageFields.append(.init(label: label, from: from, help: help)) }
            }
            rule.rejectUnknownFields()
            if let ruleID, let ruleTitle, let recipient, let status, let ruleSource, let condition, let deadline,
                let deadlineText
            {
                rules.append(
                    ReportingRule(
                        id: ruleID,
                        title: ruleTitle,
                        recipient: recipient,
                        legalStatus: status,
                        source: ruleSource,
                        portal: portal,
                        condition: condition,
                        deadline: deadline,
                        deadlineText: deadlineText,
                        note: note,
                        fields: packageFields
                    )
                )
            }
        }
        fields.rejectUnknownFields()
        guard log.problems.isEmpty, let id, let version, let title, let source, let date, let description else {
            throw CatalogValidationError(problems: log.problems)
        }
        return ReportingRuleSet(
            id: id,
            version: version,
            title: title,
            source: source,
            date: date,
            description: description,
            rules: rules
        )
    }

    private static func https(_ fields: inout FieldReader, _ key: String, required: Bool, log: ProblemLog) -> String? {
        guard let text = fields.string(key, required: required) else { return nil }
        guard text.hasPrefix("https://"), !text.contains(where: \.isWhitespace) else {
            log.add(
                fields.member(key, required: false)?.position,
                fields.fieldPath(key),
                "'\(text)' is not an https:// address"
            )
            return nil
        }
        return text
    }

    static func readCondition(_ node: JSONNode, path: String, log: ProblemLog) -> Condition? {
        guard case .object(let members) = node.value, let first = members.first else {
            log.add(
                node.position,
                path,
                "a condition is an object: {\"all\": […]}, {\"any\": […]}, {\"always\": true} or {\"field\": …, \"equals\" | \"atLeast\" | \"greaterThan\" | \"lessThan\" | \"in\": …}"
            )
            return nil
        }
        if members.count == 1, first.key == "all" || first.key == "any" {
            guard case .array(let parts) = first.value.value, !parts.isEmpty else {
                log.add(first.value.position, "\(path).\(first.key)", "expected a non-empty list of conditions")
                return nil
            }
            let read = parts.enumerated().map { readCondition($1, path: "\(path).\(first.key)[\($0)]", log: log) }
            guard read.allSatisfy({ $0 != nil }) else { return nil }
            return first.key == "all" ? .all(read.compactMap { $0 }) : .any(read.compactMap { $0 })
        }
        if members.count == 1, first.key == "always" {
            guard case .bool(true) = first.value.value else {
                log.add(first.value.position, "\(path).always", "'always' must be true")
                return nil
            }
            return .always
        }
        guard members.count == 2, let fieldMember = members.first(where: { $0.key == "field" }),
            case .string(let field) = fieldMember.value.value,
            let test = members.first(where: { $0.key != "field" })
        else {
            log.add(node.position, path, "a field condition has exactly two keys: \"field\" and one test")
            return nil
        }
        guard IncidentFacts.all.contains(field) else {
            log.add(
                fieldMember.value.position,
                "\(path).field",
                "unknown incident field '\(field)'; use one of: " + IncidentFacts.all.sorted().joined(separator: ", ")
            )
            return nil
        }
        let testPath = "\(path).\(test.key)"
        switch (test.key, test.value.value) {
        case ("equals", .bool(let flag)) where IncidentFacts.booleans.contains(field):
            return .equals(field: field, value: .bool(flag))
        case ("equals", .string(let text)) where IncidentFacts.texts.contains(field):
            return .equals(field: field, value: .string(text))
        case ("atLeast", .number(let number)) where IncidentFacts.numbers.contains(field):
            return .atLeast(field: field, value: number)
        case ("greaterThan", .number(let number)) where IncidentFacts.numbers.contains(field):
            return .greaterThan(field: field, value: number)
        case ("lessThan", .number(let number)) where IncidentFacts.numbers.contains(field):
            return .lessThan(field: field, value: number)
        case ("in", .array(let values)) where IncidentFacts.texts.contains(field):
            var texts: [String] = []
            for value in values {
                guard case .string(let text) = value.value else {
                    log.add(value.position, testPath, "expected strings")
                    return nil
                }
                texts.append(text)
            }
            if field == "kind", let unknown = texts.first(where: { IncidentKind(rawValue: $0) == nil }) {
                log.add(test.value.position, testPath, "unknown incident kind '\(unknown)'")
                return nil
            }
            return .isIn(field: field, values: texts)
        default:
            log.add(
                test.value.position,
                testPath,
                "'\(test.key)' with \(test.value.kindName) does not apply to the field '\(field)'"
            )
            return nil
        }
    }

    static func readDeadline(_ node: JSONNode, path: String, log: ProblemLog) -> Deadline? {
        guard var fields = FieldReader(node, path: path, problems: log) else { return nil }
        let anchor = fields.choice("anchor", Deadline.Anchor.self)
        func count(_ key: String) -> Int? {
            guard let member = fields.member(key, required: false) else { return nil }
            guard case .number(let value) = member.value, value >= 0, value <= 3_650, value.rounded() == value else {
                log.add(member.position, fields.fieldPath(key), "expected a whole number from 0 to 3650")
                return nil
            }
            return Int(value)
        }
        let days = count("days")
        let hours = count("hours")
        fields.rejectUnknownFields()
        if (days == nil) == (hours == nil) {
            log.add(node.position, path, "give either \"days\" or \"hours\"")
            return nil
        }
        guard let anchor else { return nil }
        return Deadline(anchor: anchor, days: days, hours: hours)
    }
}
