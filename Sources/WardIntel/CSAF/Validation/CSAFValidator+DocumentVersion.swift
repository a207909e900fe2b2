extension CSAFValidator {
    /// A CSAF version number: an integer (`3`) or a semantic version (`1.4.0-rc.1+build7`).
    ///
    /// Kept apart from WardIntel's general version types because the CSAF rules need exactly the two forms the
    /// standard allows, and the pre-release and build parts separately.
    struct DocumentVersion: Hashable {
        enum Kind: Hashable { case integer, semantic }

        var kind: Kind
        var major: Int
        var minor: Int
        var patch: Int
        var preRelease: [Substring]
        var build: Substring?

        init?(_ text: String) {
            if let value = Self.numericIdentifier(Substring(text)) {
                self.kind = .integer
                self.major = value
                self.minor = 0
                self.patch = 0
                self.preRelease = []
                self.build = nil
                return
            }
            var rest = Substring(text)
            var build: Substring?
            if let plus = rest.firstIndex(of: "+") {
                build = rest[rest.index(after: plus)...]
                rest = rest[..<plus]
                guard let build, Self.validIdentifiers(build, numericMustBeCanonical: false) else { return nil }
            }
            var preRelease: [Substring] = []
            if let dash = rest.firstIndex(of: "-") {
                let part = rest[rest.index(after: dash)...]
                guard Self.validIdentifiers(part, numericMustBeCanonical: true) else { return nil }
                preRelease = part.split(separator: ".", omittingEmptySubsequences: false)
                rest = rest[..<dash]
            }
            let core = rest.split(separator: ".", omittingEmptySubsequences: false)
            guard core.count == 3, let major = Self.numericIdentifier(core[0]),
                let minor = Self.numericIdentifier(core[1]), let patch = Self.numericIdentifier(core[2])
            else { return nil }
            self.kind = .semantic
            self.major = major
            self.minor = minor
            self.patch = patch
            self.preRelease = preRelease
            self.build = build
        }

        /// Whether this is `0` or `0.y.z`, the numbers of documents not yet released.
        var isInitialDevelopment: Bool { major == 0 }

        var hasPreRelease: Bool { !preRelease.isEmpty }

        /// Equal by semantic-version precedence: build metadata never counts, the pre-release part only when asked.
        func matches(_ other: DocumentVersion, ignoringPreRelease: Bool) -> Bool {
            kind == other.kind && major == other.major && minor == other.minor && patch == other.patch
                && (ignoringPreRelease || preRelease == other.preRelease)
        }

        /// Semantic-version precedence; an integer `n` orders like `n.0.0`, which only matters for documents that
        /// already fail test 6.1.30.
        static func precedes(_ lhs: DocumentVersion, _ rhs: DocumentVersion) -> Bool {
            if lhs.major != rhs.major { return lhs.major < rhs.major }
            if lhs.minor != rhs.minor { return lhs.minor < rhs.minor }
            if lhs.patch != rhs.patch { return lhs.patch < rhs.patch }
            switch (lhs.preRelease.isEmpty, rhs.preRelease.isEmpty) {
            case (true, true), (true, false): return false
            case (false, true): return true
            case (false, false): break
            }
            for (left, right) in zip(lhs.preRelease, rhs.preRelease) where left != right {
                switch (Int(left), Int(right)) {
                case (let leftNumber?, let rightNumber?): return leftNumber < rightNumber
                case (.some, nil): return true
                case (nil, .some): return false
                case (nil, nil): return left < right
                }
            }
            return lhs.preRelease.count < rhs.preRelease.count
        }

        private static func numericIdentifier(_ text: Substring) -> Int? {
            guard !text.isEmpty, text.allSatisfy(\.isASCIIDigit), text == "0" || text.first != "0" else {
                return nil
            }
            return Int(text)
        }

        private static func validIdentifiers(_ text: Substring, numericMustBeCanonical: Bool) -> Bool {
            text.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { identifier in
                guard !identifier.isEmpty,
                    identifier.allSatisfy({ $0.isASCIIDigit || $0.isASCIILetter || $0 == "-" })
                else { return false }
                let numeric = identifier.allSatisfy(\.isASCIIDigit)
                return !numericMustBeCanonical || !numeric || identifier == "0" || identifier.first != "0"
            }
        }
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
    fileprivate var isASCIILetter: Bool { isASCII && isLetter }
}
