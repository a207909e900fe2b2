import WardCore

extension OSVRecord {
    /// Whether this record affects a package version, with the reason either way.
    ///
    /// The version is affected when an affected entry for the package lists it, or when it lies in one of the
    /// entry's `SEMVER` or `ECOSYSTEM` ranges, evaluated as the OSV schema prescribes: the events are sorted by
    /// version under the ecosystem's ``VersionScheme`` (`introduced: 0` first); walking them in order, an
    /// `introduced` at or below the version makes it affected, a `fixed` at or below it and a `last_affected`
    /// below it make it unaffected again; a version at or above every `limit` is outside the range. `GIT` ranges
    /// name commits, not versions, and are not evaluated; a record that has nothing else comes back
    /// ``OSVVerdict/undetermined(_:)``. A withdrawn record never matches.
    ///
    /// - Parameters:
    ///   - ecosystem: The OSV ecosystem (`PyPI`); a release suffix (`Debian:12`) must equal the record's when
    ///     both carry one.
    ///   - name: The package name; PyPI names are compared after PEP 503 normalization (`Jinja2` is `jinja2`).
    ///   - version: The installed version, in the ecosystem's spelling.
    public func evaluate(ecosystem: String, name: String, version: String) -> OSVVerdict {
        if let withdrawn {
            return .notAffected("\(id) was withdrawn on \(withdrawn)")
        }
        let entries = affected.filter { entry in
            guard let package = entry.package else { return false }
            return Self.sameEcosystem(package.ecosystem, ecosystem)
                && Self.sameName(package.name, name, ecosystem: ecosystem)
        }
        guard !entries.isEmpty else {
            return .notAffected("\(id) does not name the \(ecosystem) package \(name)")
        }
        var notes: [String] = []
        var evaluated = false
        for entry in entries {
            let package = entry.package!
            let scheme = VersionScheme.scheme(forOSVEcosystem: package.ecosystem)
            for range in entry.ranges {
                switch Self.evaluate(range, version: version, ecosystemScheme: scheme) {
                case .inside(let introduced, let bound, let rangeScheme):
                    return .affected(
                        OSVMatch(
                            recordID: id,
                            aliases: aliases,
                            package: package,
                            version: version,
                            reason: .range(range.type, introduced: introduced, bound: bound, scheme: rangeScheme)
                        )
                    )
                case .outside(let description):
                    evaluated = true
                    notes.append(description)
                case .skipped(let note):
                    notes.append(note)
                }
            }
            if !entry.versions.isEmpty {
                evaluated = true
                if entry.versions.contains(version)
                    || (scheme != .generic && entry.versions.contains { scheme.compare($0, version) == .same })
                {
                    return .affected(
                        OSVMatch(recordID: id, aliases: aliases, package: package, version: version, reason: .listed)
                    )
                }
                notes.append("\(version) is not among the \(entry.versions.count) listed versions")
            }
        }
        let summary = notes.joined(separator: "; ")
        return evaluated ? .notAffected(summary) : .undetermined(summary)
    }

    /// The match when this record affects the purl's package at the purl's version; nil when it does not, when the
    /// purl has no version, or when the record cannot decide (see ``evaluate(ecosystem:name:version:)``).
    public func affects(package purl: PackageURL) -> OSVMatch? {
        guard let version = purl.version else { return nil }
        if let (ecosystem, name) = purl.osvPackage {
            if let match = evaluate(ecosystem: ecosystem, name: name, version: version).match { return match }
        }
        // A record may name the package by purl only where the ecosystem mapping differs (an unusual type).
        let base = purl.package
        for entry in affected {
            guard let package = entry.package, let text = package.purl,
                let recorded = try? PackageURL(parsing: text), recorded.package == base
            else { continue }
            return evaluate(ecosystem: package.ecosystem, name: package.name, version: version).match
        }
        return nil
    }

    enum RangeResult {
        case inside(introduced: Event, bound: Event?, scheme: VersionScheme)
        case outside(String)
        case skipped(String)
    }

    static func evaluate(_ range: Range, version: String, ecosystemScheme: VersionScheme) -> RangeResult {
        let scheme: VersionScheme
        switch range.type {
        case .semver: scheme = .semver
        case .ecosystem: scheme = ecosystemScheme
        case .git:
            return .skipped(
                "the GIT range\(range.repo.map { " of \($0)" } ?? "") names commits, not versions, "
                    + "and was not evaluated"
            )
        default:
            return .skipped("the range type \(range.type.rawValue) is not one Ward evaluates")
        }
        let events = range.events.filter { !($0.kind == .limit && $0.version == "*") }
        do {
            try scheme.validate(version)
            for event in events where !Self.isZero(event) { try scheme.validate(event.version) }
        } catch {
            let reason = (error as? WardError)?.message ?? "\(error)"
            return .skipped("the \(range.type.rawValue) range was not evaluated: \(reason)")
        }
        func order(_ a: Event, _ b: Event) -> GenericVersion.Order {
            switch (isZero(a), isZero(b)) {
            case (true, true): return .same
            case (true, false): return .before
            case (false, true): return .after
            case (false, false): return scheme.compare(a.version, b.version) ?? .same
            }
        }
        let sorted = events.enumerated().sorted { left, right in
            let result = order(left.element, right.element)
            return result == .same ? left.offset < right.offset : result == .before
        }.map(\.element)

        func position(of event: Event) -> GenericVersion.Order {
            isZero(event) ? .after : (scheme.compare(version, event.version) ?? .same)
        }
        var introducedAt: Int?
        for (index, event) in sorted.enumerated() {
            switch event.kind {
            case .introduced:
                if position(of: event) != .before { introducedAt = index }
            case .fixed:
                if position(of: event) != .before { introducedAt = nil }
            case .lastAffected:
                if position(of: event) == .after { introducedAt = nil }
            case .limit:
                break
            }
        }
        let limits = sorted.filter { $0.kind == .limit }
        let described =
            "\(version) is outside the \(range.type.rawValue) range "
            + sorted.map(\.description).joined(separator: ", ") + " (\(scheme))"
        if !limits.isEmpty, limits.allSatisfy({ position(of: $0) != .before }) {
            return .outside(described)
        }
        guard let introducedAt else { return .outside(described) }
        let bound =
            sorted[(introducedAt + 1)...].first { $0.kind != .introduced }
            ?? limits.first { position(of: $0) == .before }
        return .inside(introduced: sorted[introducedAt], bound: bound, scheme: scheme)
    }

    private static func isZero(_ event: Event) -> Bool { event.kind == .introduced && event.version == "0" }

    static func sameEcosystem(_ recorded: String, _ asked: String) -> Bool {
        let a = recorded.split(separator: ":", maxSplits: 1)
        let b = asked.split(separator: ":", maxSplits: 1)
        guard let baseA = a.first, let baseB = b.first, baseA.lowercased() == baseB.lowercased() else { return false }
        return a.count < 2 || b.count < 2 || a[1] == b[1]
    }

    static func sameName(_ recorded: String, _ asked: String, ecosystem: String) -> Bool {
        if recorded == asked { return true }
        guard VersionScheme.scheme(forOSVEcosystem: ecosystem) == .pep440 else { return false }
        return pep503(recorded) == pep503(asked)
    }

    /// PEP 503's normalized project name: lowercase, each run of `-`, `_` and `.` replaced by one `-`.
    static func pep503(_ name: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(name.utf8.count)
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
}
