import WardCore

/// One affected entry of an OSV record made ready to evaluate versions: the ordering scheme chosen, every range's
/// events parsed once and sorted, the listed versions gathered into a set.
///
/// Evaluating a version then parses only that version, once per scheme, which keeps matching a whole SBOM against
/// a database cheap (see ``OSVIndex``).
struct OSVAffectedEvaluator: Sendable {
    let recordID: String
    let aliases: [String]
    let package: OSVRecord.Package
    let scheme: VersionScheme
    let ranges: [PreparedRange]
    let listed: [String]
    let listedSet: Set<String>
    /// The listed versions parsed under ``scheme`` and sorted, for spellings that differ from the listed one
    /// (`1.0.3.0` for `1.0.3`); nil when they are parsed on demand instead.
    let listedParsed: [VersionScheme.Parsed]?

    enum PreparedRange: Sendable {
        case evaluable(OSVRecord.Range.Kind, VersionScheme, events: [PreparedEvent])
        case skipped(String)
    }

    struct PreparedEvent: Sendable {
        let event: OSVRecord.Event
        /// nil for `introduced: 0`, which comes before every version.
        let parsed: VersionScheme.Parsed?
    }

    enum Outcome {
        case affected(OSVMatch)
        /// Not affected (when `evaluated`) or undetermined, with the notes gathered when explaining.
        case unaffected(notes: [String], evaluated: Bool)
    }

    init(
        recordID: String,
        aliases: [String],
        package: OSVRecord.Package,
        affected: OSVRecord.Affected,
        parseListed: Bool
    ) {
        self.recordID = recordID
        self.aliases = aliases
        self.package = package
        let scheme = VersionScheme.scheme(forOSVEcosystem: package.ecosystem)
        self.scheme = scheme
        ranges = affected.ranges.map { Self.prepare($0, ecosystemScheme: scheme) }
        listed = affected.versions
        listedSet = Set(affected.versions)
        listedParsed =
            parseListed && scheme != .generic
            ? affected.versions.compactMap { try? scheme.parse($0) }.sorted { VersionScheme.order($0, $1) == .before }
            : nil
    }

    static func prepare(_ range: OSVRecord.Range, ecosystemScheme: VersionScheme) -> PreparedRange {
        let scheme: VersionScheme
        switch range.type {
        case .semver: scheme = .semver
        case .ecosystem: scheme = ecosystemScheme
        case .git:
            return .skipped(
                "the GIT range\(range.repo.map { " of \($0)" } ?? "") names commits, not versions, and was not evaluated"
            )
        default:
            return .skipped("the range type \(range.type.rawValue) is not one Ward evaluates")
        }
        var events: [PreparedEvent] = []
        for event in range.events where !(event.kind == .limit && event.version == "*") {
            if event.kind == .introduced, event.version == "0" {
                events.append(PreparedEvent(event: event, parsed: nil))
                continue
            }
            do {
                events.append(PreparedEvent(event: event, parsed: try scheme.parse(event.version)))
            } catch {
                return .skipped("the \(range.type.rawValue) range was not evaluated: \(Self.reason(error))")
            }
        }
        // The schema asks evaluators to sort the events by version; records often list them by branch instead.
        let sorted = events.enumerated().sorted { left, right in
            let order = Self.order(left.element.parsed, right.element.parsed)
            return order == .same ? left.offset < right.offset : order == .before
        }
        return .evaluable(range.type, scheme, events: sorted.map(\.element))
    }

    /// A version to evaluate, parsed under each scheme at most once however many entries it is checked against.
    struct Candidate {
        let version: String
        private var parsed: [(VersionScheme, Result<VersionScheme.Parsed, WardError>)] = []

        init(_ version: String) { self.version = version }

        mutating func parsed(_ scheme: VersionScheme) -> Result<VersionScheme.Parsed, WardError> {
            if let found = parsed.first(where: { $0.0 == scheme }) { return found.1 }
            let result: Result<VersionScheme.Parsed, WardError>
            do {
                result = .success(try scheme.parse(version))
            } catch {
                result = .failure(error as? WardError ?? WardError(.invalidInput, "\(error)"))
            }
            parsed.append((scheme, result))
            return result
        }
    }

    func evaluate(version: String, explain: Bool) -> Outcome {
        var candidate = Candidate(version)
        return evaluate(&candidate, explain: explain)
    }

    func evaluate(_ candidate: inout Candidate, explain: Bool) -> Outcome {
        let version = candidate.version
        var notes: [String] = []
        var evaluated = false
        for range in ranges {
            switch range {
            case .skipped(let note):
                if explain { notes.append(note) }
            case .evaluable(let kind, let rangeScheme, let events):
                switch candidate.parsed(rangeScheme) {
                case .failure(let error):
                    if explain { notes.append("the \(kind.rawValue) range was not evaluated: \(error.message)") }
                case .success(let parsed):
                    if let (introduced, bound) = Self.walk(events, version: parsed) {
                        let reason = OSVMatch.Reason.range(
                            kind,
                            introduced: introduced,
                            bound: bound,
                            scheme: rangeScheme
                        )
                        return .affected(match(version, reason))
                    }
                    evaluated = true
                    if explain {
                        notes.append(
                            "\(version) is outside the \(kind.rawValue) range "
                                + events.map(\.event.description).joined(separator: ", ") + " (\(rangeScheme))"
                        )
                    }
                }
            }
        }
        if !listed.isEmpty {
            evaluated = true
            if listedSet.contains(version) { return .affected(match(version, .listed)) }
            if scheme != .generic, case .success(let parsed) = candidate.parsed(scheme),
                isListed(parsed, spelled: version)
            {
                return .affected(match(version, .listed))
            }
            if explain { notes.append("\(version) is not among the \(listed.count) listed versions") }
        }
        return .unaffected(notes: notes, evaluated: evaluated)
    }

    /// Whether a version equal under the scheme is listed: a binary search when the list was prepared, a scan
    /// otherwise.
    private func isListed(_ version: VersionScheme.Parsed, spelled candidate: String) -> Bool {
        guard let listedParsed else {
            return listed.contains {
                scheme.mightBeEqual($0, candidate)
                    && (try? scheme.parse($0)).flatMap { VersionScheme.order($0, version) } == .same
            }
        }
        var low = 0
        var high = listedParsed.count
        while low < high {
            let middle = (low + high) / 2
            switch VersionScheme.order(listedParsed[middle], version) {
            case .before?: low = middle + 1
            case .after?: high = middle
            case .same?: return true
            case nil: return false
            }
        }
        return false
    }

    private func match(_ version: String, _ reason: OSVMatch.Reason) -> OSVMatch {
        OSVMatch(recordID: recordID, aliases: aliases, package: package, version: version, reason: reason)
    }

    /// The OSV walk over sorted events: an `introduced` at or below the version turns it affected, a `fixed` at
    /// or below it or a `last_affected` below it turns it back; at or above every `limit` it is outside. Returns
    /// the introducing event and the bound above the version when it is affected.
    static func walk(_ events: [PreparedEvent], version: VersionScheme.Parsed) -> (OSVRecord.Event, OSVRecord.Event?)? {
        func position(_ event: PreparedEvent) -> GenericVersion.Order {
            guard let parsed = event.parsed else { return .after }
            return VersionScheme.order(version, parsed) ?? .same
        }
        var introducedAt: Int?
        var hasLimit = false
        var belowSomeLimit = false
        for (index, event) in events.enumerated() {
            switch event.event.kind {
            case .introduced:
                if position(event) != .before { introducedAt = index }
            case .fixed:
                if position(event) != .before { introducedAt = nil }
            case .lastAffected:
                if position(event) == .after { introducedAt = nil }
            case .limit:
                hasLimit = true
                if position(event) == .before { belowSomeLimit = true }
            }
        }
        guard let introducedAt, !hasLimit || belowSomeLimit else { return nil }
        let bound = events[(introducedAt + 1)...].first { $0.event.kind != .introduced }
        return (events[introducedAt].event, bound?.event)
    }

    private static func order(_ left: VersionScheme.Parsed?, _ right: VersionScheme.Parsed?) -> GenericVersion.Order {
        switch (left, right) {
        case (nil, nil): .same
        case (nil, _?): .before
        case (_?, nil): .after
        case (let a?, let b?): VersionScheme.order(a, b) ?? .same
        }
    }

    static func reason(_ error: any Error) -> String {
        (error as? WardError)?.message ?? "\(error)"
    }
}
