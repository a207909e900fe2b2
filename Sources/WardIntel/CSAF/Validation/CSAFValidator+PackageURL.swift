extension CSAFValidator {
    /// Checks the syntax of a package URL (`pkg:type/namespace/name@version?qualifiers#subpath`) as the purl
    /// specification defines it; whether the package exists is not a question a document validator can answer.
    enum PackageURL {
        /// Why `purl` is not a valid package URL, or nil when it is.
        static func problem(in purl: String) -> String? {
            guard purl.prefix(4).lowercased() == "pkg:" else { return "it does not start with the scheme 'pkg:'" }
            var rest = Substring(purl.dropFirst(4))
            guard !rest.contains(where: { $0.isWhitespace }) else { return "it contains white space" }
            if let hash = rest.firstIndex(of: "#") {
                rest = rest[..<hash]
            }
            var qualifiers: Substring?
            if let question = rest.firstIndex(of: "?") {
                qualifiers = rest[rest.index(after: question)...]
                rest = rest[..<question]
            }
            while rest.first == "/" { rest.removeFirst() }
            while rest.last == "/" { rest.removeLast() }
            guard let slash = rest.firstIndex(of: "/") else {
                return rest.isEmpty ? "the type and name are missing" : "the name is missing"
            }
            let type = rest[..<slash]
            guard let first = type.first, first.isASCII, first.isLetter,
                type.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "+" || $0 == "-") })
            else {
                return "the type '\(type)' must start with a letter and contain only letters, digits, '.', '+' or '-'"
            }
            var path = rest[rest.index(after: slash)...]
            if let at = path.lastIndex(of: "@") {
                let version = path[path.index(after: at)...]
                guard !version.isEmpty else { return "the '@' is not followed by a version" }
                guard percentEncodingIsValid(version) else { return "the version has an invalid percent-encoding" }
                path = path[..<at]
            }
            let segments = path.split(separator: "/", omittingEmptySubsequences: true)
            guard let name = segments.last, !name.isEmpty else { return "the name is missing" }
            guard segments.allSatisfy(percentEncodingIsValid) else {
                return "a path segment has an invalid percent-encoding"
            }
            if let qualifiers, let problem = qualifierProblem(qualifiers) {
                return problem
            }
            return nil
        }

        private static func qualifierProblem(_ qualifiers: Substring) -> String? {
            var keys = Set<String>()
            for pair in qualifiers.split(separator: "&", omittingEmptySubsequences: true) {
                guard let equals = pair.firstIndex(of: "=") else { return "the qualifier '\(pair)' has no '=value'" }
                let key = pair[..<equals]
                let value = pair[pair.index(after: equals)...]
                guard let first = key.first, first.isASCII, first.isLetter,
                    key.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) })
                else {
                    return "the qualifier key '\(key)' must start with a letter and contain only letters, digits, "
                        + "'.', '-' or '_'"
                }
                guard !value.isEmpty, percentEncodingIsValid(value) else {
                    return "the qualifier '\(key)' has an empty or badly encoded value"
                }
                guard keys.insert(key.lowercased()).inserted else { return "the qualifier '\(key)' appears twice" }
            }
            return nil
        }

        private static func percentEncodingIsValid(_ text: Substring) -> Bool {
            var remaining = text.utf8[...]
            while let percent = remaining.firstIndex(of: UInt8(ascii: "%")) {
                let digits = remaining[remaining.index(after: percent)...].prefix(2)
                guard digits.count == 2, digits.allSatisfy({ Character(Unicode.Scalar($0)).isHexDigit }) else {
                    return false
                }
                remaining = remaining[digits.endIndex...]
            }
            return true
        }
    }
}
