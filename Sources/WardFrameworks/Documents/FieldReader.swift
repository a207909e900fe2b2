/// Reads the fields of one JSON object, checking presence and types and recording every problem instead of stopping
/// at the first.
package struct FieldReader {
    package let node: JSONNode
    package let path: String
    package let problems: ProblemLog
    private let members: [JSONNode.Member]
    private var seen: Set<String> = []

    /// Parses a whole data file and reads its top-level object; a syntax error or a non-object is recorded in `log`
    /// and gives nil.
    package static func document(_ bytes: [UInt8], log: ProblemLog) -> FieldReader? {
        do {
            return FieldReader(try JSONNodeParser.parse(bytes), path: "", problems: log)
        } catch {
            log.add(error.position, "", "not valid JSON: \(error.message)")
            return nil
        }
    }

    package init?(_ node: JSONNode, path: String, problems: ProblemLog) {
        guard case .object(let members) = node.value else {
            problems.add(node.position, path, "expected an object, found \(node.kindName)")
            return nil
        }
        self.node = node
        self.path = path
        self.problems = problems
        self.members = members
    }

    package func fieldPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    package mutating func member(_ key: String, required: Bool) -> JSONNode? {
        seen.insert(key)
        if let member = members.first(where: { $0.key == key }) { return member.value }
        if required { problems.add(node.position, fieldPath(key), "this required field is missing") }
        return nil
    }

    package mutating func string(_ key: String, required: Bool = true, allowEmpty: Bool = false) -> String? {
        guard let value = member(key, required: required) else { return nil }
        guard case .string(let text) = value.value else {
            problems.add(value.position, fieldPath(key), "expected a string, found \(value.kindName)")
            return nil
        }
        if !allowEmpty, text.allSatisfy(\.isWhitespace) {
            problems.add(value.position, fieldPath(key), "must not be empty")
            return nil
        }
        return text
    }

    package mutating func bool(_ key: String) -> Bool? {
        guard let value = member(key, required: false) else { return nil }
        guard case .bool(let flag) = value.value else {
            problems.add(value.position, fieldPath(key), "expected true or false, found \(value.kindName)")
            return nil
        }
        return flag
    }

    /// A list of strings; `nil` when absent or malformed (the problem is recorded).
    package mutating func strings(_ key: String, required: Bool = false) -> [(String, SourcePosition)]? {
        guard let value = member(key, required: required) else { return nil }
        guard case .array(let elements) = value.value else {
            problems.add(value.position, fieldPath(key), "expected a list, found \(value.kindName)")
            return nil
        }
        var result: [(String, SourcePosition)] = []
        for (offset, element) in elements.enumerated() {
            guard case .string(let text) = element.value, !text.allSatisfy(\.isWhitespace) else {
                problems.add(
                    element.position,
                    "\(fieldPath(key))[\(offset)]",
                    "expected a non-empty string, found \(element.kindName)"
                )
                continue
            }
            result.append((text, element.position))
        }
        return result
    }

    /// A list of objects, with the path of each.
    package mutating func objects(_ key: String, required: Bool = false) -> [(JSONNode, String)]? {
        guard let value = member(key, required: required) else { return nil }
        guard case .array(let elements) = value.value else {
            problems.add(value.position, fieldPath(key), "expected a list, found \(value.kindName)")
            return nil
        }
        return elements.enumerated().map { ($1, "\(fieldPath(key))[\($0)]") }
    }

    /// A string that must be one of the raw values of `type`.
    package mutating func choice<T: RawRepresentable & CaseIterable>(
        _ key: String,
        _ type: T.Type,
        required: Bool = true
    ) -> T?
    where T.RawValue == String {
        guard let text = string(key, required: required), let position = member(key, required: false)?.position else {
            return nil
        }
        guard let value = T(rawValue: text) else {
            let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
            problems.add(position, fieldPath(key), "unknown value '\(text)'; use one of: \(allowed)")
            return nil
        }
        return value
    }

    /// Records every field of the object that was never asked for: a typo must not turn into a silent default.
    package func rejectUnknownFields() {
        for member in members where !seen.contains(member.key) {
            problems.add(
                member.keyPosition,
                fieldPath(member.key),
                "unknown field; see docs/frameworks.md for the format"
            )
        }
    }
}

/// Collects problems for one file.
package final class ProblemLog {
    package let file: String
    package private(set) var problems: [CatalogProblem] = []

    package init(file: String) {
        self.file = file
    }

    package func add(_ position: SourcePosition?, _ field: String, _ message: String) {
        problems.append(CatalogProblem(file: file, position: position, field: field, message: message))
    }
}
