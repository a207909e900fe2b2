extension OSVRecord {
    /// Whether this record affects a package version, with the reason either way.
    ///
    /// The version is affected when an affected entry for the package lists it, or when it lies in one of the
    /// entry's `SEMVER` or `ECOSYSTEM` ranges, evaluated as the OSV schema prescribes: the events are sorted by
    /// version under the ecosystem's ``VersionScheme`` (`introduced: 0` first); walking them in order, an
    /// `introduced` at or below the version makes it affected, a `fixed` at or below it and a `last_affected`
    /// below it make it unaffected again; a version at or above every `limit` is outside the range. `GIT` ranges
    /// name commits, not versions, and are not evaluated; a record that has nothing else comes back
    /// ``OSVVerdict/undetermined(_:)``, as does a version the scheme cannot parse. A withdrawn record never matches.
    ///
    /// To check many packages against many records, build an ``OSVIndex`` once instead.
    ///
    /// - Parameters:
    ///   - ecosystem: The OSV ecosystem (`PyPI`); a release suffix (`Debian:12`) must equal the record's when
    ///     both carry one.
    ///   - name: The package name; PyPI names are compared after PEP 503 normalization (`Jinja2` is `jinja2`).
    ///   - version: The installed version, in the ecosystem's spelling.
    public func evaluate(ecosystem: String, name: String, version: String) -> OSVVerdict {
        verdict(ecosystem: ecosystem, name: name, version: version, explain: true)
    }

    /// The match when this record affects the purl's package at the purl's version; nil when it does not, when the
    /// purl has no version, or when the record cannot decide (see ``evaluate(ecosystem:name:version:)``).
    public func affects(package purl: PackageURL) -> OSVMatch? {
        guard let version = purl.version else { return nil }
        if let (ecosystem, name) = purl.osvPackage {
            return verdict(ecosystem: ecosystem, name: name, version: version, explain: false).match
        }
        // A purl type without an OSV ecosystem can still be named by the record's own purl.
        let base = purl.package
        for entry in affected {
            guard let package = entry.package, let text = package.purl,
                let recorded = try? PackageURL(parsing: text), recorded.package == base
            else { continue }
            return verdict(ecosystem: package.ecosystem, name: package.name, version: version, explain: false).match
        }
        return nil
    }

    private func verdict(ecosystem: String, name: String, version: String, explain: Bool) -> OSVVerdict {
        if let withdrawn {
            return .notAffected("\(id) was withdrawn on \(withdrawn)")
        }
        let key = Self.packageKey(ecosystem: ecosystem, name: name)
        var notes: [String] = []
        var evaluated = false
        var found = false
        for entry in affected {
            guard let package = entry.package, Self.sameRelease(package.ecosystem, ecosystem),
                Self.packageKey(ecosystem: package.ecosystem, name: package.name) == key
            else { continue }
            found = true
            let evaluator = OSVAffectedEvaluator(
                recordID: id,
                aliases: aliases,
                package: package,
                affected: entry,
                parseListed: false
            )
            switch evaluator.evaluate(version: version, explain: explain) {
            case .affected(let match):
                return .affected(match)
            case .unaffected(let entryNotes, let entryEvaluated):
                notes += entryNotes
                evaluated = evaluated || entryEvaluated
            }
        }
        guard found else { return .notAffected("\(id) does not name the \(ecosystem) package \(name)") }
        let summary = notes.joined(separator: "; ")
        return evaluated ? .notAffected(summary) : .undetermined(summary)
    }

    /// The key under which a package is looked up: the ecosystem without its release, and the name, normalized by
    /// PEP 503 on PyPI (lowercase, runs of `-`, `_` and `.` as one `-`).
    static func packageKey(ecosystem: String, name: String) -> String {
        let base = ecosystem.utf8.firstIndex(of: UInt8(ascii: ":")).map { String(ecosystem[..<$0]) } ?? ecosystem
        guard base == "PyPI" else { return base + "\u{0}" + name }
        var result: [UInt8] = Array(base.utf8) + [0]
        var inSeparator = false
        for byte in name.utf8 {
            if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") {
                if !inSeparator { result.append(UInt8(ascii: "-")) }
                inSeparator = true
            } else {
                result.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                inSeparator = false
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Whether two ecosystems agree on the release, when both name one (`Debian:12` and `Debian:11` do not).
    static func sameRelease(_ recorded: String, _ asked: String) -> Bool {
        guard let a = recorded.utf8.firstIndex(of: UInt8(ascii: ":")),
            let b = asked.utf8.firstIndex(of: UInt8(ascii: ":"))
        else { return true }
        return recorded[a...] == asked[b...]
    }
}
