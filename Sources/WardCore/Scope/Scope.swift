import Foundation

/// An organization's declared scan scope: what may be scanned, what must never be, and when.
///
/// A target is allowed when an include entry covers it, no exclude entry covers it, and the time is inside one of
/// the ``windows`` (or there are no windows, which means any time). Each decision comes with a sentence naming the
/// entry or window that decided it, for the person running the scan and for the audit log.
///
/// ```swift
/// let scope = Scope(
///     entries: [
///         try .parse("10.0.0.0/8", kind: .include),
///         try .parse("10.9.0.0/16", kind: .exclude, note: "PACS, managed by the vendor"),
///     ],
///     windows: [try ScanWindow("mon-fri 22:00-05:00 America/Chicago")]
/// )
/// scope.decide(.address(try IPAddress("10.9.0.5")), at: .now).reason
/// // "10.9.0.5 is excluded by 10.9.0.0/16 (PACS, managed by the vendor)"
/// ```
///
/// - Important: Exclusions always win. A host name is refused when its name matches an excluded pattern or when
///   **any** of its resolved addresses is excluded, so a DNS record cannot lead a scan into an excluded network.
///   IPv4-mapped IPv6 addresses (`::ffff:10.9.0.5`) are judged as the IPv4 address they carry.
public struct Scope: Hashable, Sendable {
    /// The include and exclude entries, in the order they were declared; the order does not affect decisions.
    public var entries: [ScopeEntry]
    /// The weekly periods during which scans may run; when empty, scans may run at any time.
    public var windows: [ScanWindow]

    /// Creates a scope.
    public init(entries: [ScopeEntry] = [], windows: [ScanWindow] = []) {
        self.entries = entries
        self.windows = windows
    }

    /// The hint that ends a refusal for a target outside every include entry.
    static let addHint = "add it with `ward org scope add`"

    /// Decides whether `target` may be scanned at `date`.
    ///
    /// - An address is allowed when an included block or range contains it and no excluded one does.
    /// - A host name is refused when its name matches an excluded pattern or any of its addresses is excluded. It is
    ///   included when its name matches an included pattern, or when it has at least one address and every address
    ///   is inside an included block or range.
    /// - A target in scope is still refused when ``windows`` is not empty and no window contains `date`.
    ///
    /// - Important: A host name that matches an included pattern is allowed whatever its addresses are, unless one
    ///   of them is excluded; declare patterns only for names the organization controls.
    public func decide(_ target: ScanTarget, at date: Date) -> ScopeDecision {
        let inScope: ScopeDecision
        let subject: String
        switch target {
        case .address(let address):
            inScope = decide(address: address)
            subject = address.description
        case .hostname(let name, let addresses):
            inScope = decide(hostname: name, addresses: addresses)
            subject = (try? Hostname(name))?.name ?? name
        }
        guard case .allowed(let reason) = inScope else { return inScope }
        return applyWindows(to: subject, reason: reason, at: date)
    }

    /// Decides whether a whole block may be scanned at `date`.
    ///
    /// The block is allowed only when included blocks and ranges cover all of it and no exclusion overlaps any of
    /// it. To scan the in-scope part of a block that is partly excluded or partly outside the scope, use
    /// ``expand(_:limit:)`` and decide each address.
    public func decide(cidr: CIDR, at date: Date) -> ScopeDecision {
        let block = AddressInterval(cidr.ipv4Unmapped)
        if let exclusion = excludes.first(where: { $0.target.interval?.intersection(block) != nil }) {
            return .refused(
                reason: "\(cidr) overlaps excluded \(Self.name(exclusion)); "
                    + "narrow the block, or expand it to scan only the addresses outside the exclusion"
            )
        }
        let overlapping = includes.filter { $0.target.interval?.intersection(block) != nil }
        let covered = AddressInterval.merged(overlapping.compactMap(\.target.interval)).contains {
            $0.family == block.family && $0.lower <= block.lower && block.upper <= $0.upper
        }
        guard covered else {
            if overlapping.isEmpty {
                return .refused(reason: "\(cidr) is not inside any declared scope entry; \(Self.addHint)")
            }
            return .refused(
                reason: "\(cidr) is only partly inside the declared scope (\(Self.list(overlapping))); "
                    + "narrow the block, or expand it to scan only the included addresses"
            )
        }
        let containing = overlapping.first {
            guard let interval = $0.target.interval else { return false }
            return interval.lower <= block.lower && block.upper <= interval.upper
        }
        let reason = "\(cidr) is inside included \(containing.map(Self.name) ?? Self.list(overlapping))"
        return applyWindows(to: cidr.description, reason: reason, at: date)
    }

    /// The in-scope addresses of `cidr`, in ascending order: those inside an included block or range and not inside
    /// an excluded one.
    ///
    /// The work is bounded by `limit`: the in-scope addresses are counted with interval arithmetic before any is
    /// produced, so a `/8` or a `/64` costs no more than a `/24`. Host name entries play no part. Scan windows are
    /// not checked; use ``isInsideWindows(at:)`` or ``decide(_:at:)`` for each address.
    ///
    /// - Parameters:
    ///   - cidr: The block to expand. An IPv4-mapped IPv6 block expands to IPv4 addresses.
    ///   - limit: The most addresses the caller will accept.
    /// - Returns: The in-scope addresses; empty when none of the block is in scope.
    /// - Throws: ``WardError`` (``WardError/Code/invalidInput``) when `limit` is negative or when the block holds
    ///   more than `limit` in-scope addresses.
    public func expand(_ cidr: CIDR, limit: Int) throws -> [IPAddress] {
        guard limit >= 0 else {
            throw WardError(.invalidInput, "the address limit \(limit) is negative; use 0 or more")
        }
        let unmapped = cidr.ipv4Unmapped
        let block = AddressInterval(unmapped)
        var intervals = AddressInterval.merged(includes.compactMap { $0.target.interval?.intersection(block) })
        for exclusion in excludes.compactMap(\.target.interval) {
            intervals = intervals.flatMap { $0.subtracting(exclusion) }
        }

        var total = 0
        var tooMany = false
        for interval in intervals {
            // `span` is the count minus one, so comparing it with the limit cannot overflow.
            if interval.span >= UInt128(limit) || total + Int(interval.span) + 1 > limit {
                tooMany = true
                break
            }
            total += Int(interval.span) + 1
        }
        if tooMany {
            let count = intervals.reduce(0.0) { $0 + Double($1.span) + 1 }
            throw WardError(
                .invalidInput,
                "\(cidr) holds \(Self.formatCount(count)) in-scope addresses, more than the limit of \(limit); "
                    + "scan smaller blocks or raise the limit"
            )
        }

        var addresses: [IPAddress] = []
        addresses.reserveCapacity(total)
        for interval in intervals {
            var value = interval.lower
            while true {
                addresses.append(IPAddress(family: unmapped.family, numericValue: value))
                if value == interval.upper { break }
                value += 1
            }
        }
        return addresses
    }

    /// Whether scans may run at `date`: true when there are no windows or one of them contains `date`.
    public func isInsideWindows(at date: Date) -> Bool {
        windows.isEmpty || windows.contains { $0.contains(date) }
    }

    // MARK: - Parts of a decision

    private var includes: [ScopeEntry] { entries.filter { $0.kind == .include } }
    private var excludes: [ScopeEntry] { entries.filter { $0.kind == .exclude } }

    private func decide(address: IPAddress) -> ScopeDecision {
        let unmapped = address.ipv4Unmapped
        if let exclusion = excludes.first(where: { $0.target.contains(unmapped) }) {
            return .refused(reason: "\(address) is excluded by \(Self.name(exclusion))")
        }
        guard let inclusion = includes.first(where: { $0.target.contains(unmapped) }) else {
            return .refused(reason: "\(address) is not inside any declared scope entry; \(Self.addHint)")
        }
        return .allowed(reason: "\(address) is inside included \(Self.name(inclusion))")
    }

    private func decide(hostname text: String, addresses: [IPAddress]) -> ScopeDecision {
        let hostname: Hostname
        do {
            hostname = try Hostname(text)
        } catch let error as WardError {
            return .refused(reason: error.message)
        } catch {
            return .refused(reason: "\(text) is not a valid host name")
        }

        if let exclusion = excludes.first(where: { $0.matches(hostname) }) {
            return .refused(reason: "\(hostname) is excluded by \(Self.name(exclusion))")
        }
        for address in addresses {
            if let exclusion = excludes.first(where: { $0.target.contains(address.ipv4Unmapped) }) {
                return .refused(
                    reason: "\(hostname) resolves to \(address), which is excluded by \(Self.name(exclusion))"
                )
            }
        }

        if let inclusion = includes.first(where: { $0.matches(hostname) }) {
            return .allowed(reason: "\(hostname) matches included \(Self.name(inclusion))")
        }
        guard !addresses.isEmpty else {
            return .refused(
                reason: "\(hostname) is not inside any declared scope entry and has no resolved addresses; "
                    + Self.addHint
            )
        }
        var matches: [String] = []
        for address in addresses {
            guard let inclusion = includes.first(where: { $0.target.contains(address.ipv4Unmapped) }) else {
                return .refused(
                    reason: "\(hostname) resolves to \(address), which is not inside any declared scope entry; "
                        + Self.addHint
                )
            }
            matches.append("\(address) in \(Self.name(inclusion))")
        }
        return .allowed(reason: "\(hostname) resolves only to included addresses (\(matches.joined(separator: ", ")))")
    }

    private func applyWindows(to subject: String, reason: String, at date: Date) -> ScopeDecision {
        guard !windows.isEmpty else { return .allowed(reason: reason) }
        guard let window = windows.first(where: { $0.contains(date) }) else {
            let list = windows.map(\.description).joined(separator: "; ")
            return .refused(reason: "\(subject) is in scope, but the time is outside the scan windows (\(list))")
        }
        return .allowed(reason: "\(reason), within the scan window \(window)")
    }

    /// An entry's target with its note, as named in a reason.
    private static func name(_ entry: ScopeEntry) -> String {
        guard let note = entry.note, !note.isEmpty else { return entry.target.text }
        return "\(entry.target.text) (\(note))"
    }

    /// Up to five entries' targets, for a reason.
    private static func list(_ entries: [ScopeEntry]) -> String {
        let shown = entries.prefix(5).map(\.target.text).joined(separator: ", ")
        return entries.count > 5 ? "\(shown) and \(entries.count - 5) more" : shown
    }

    private static func formatCount(_ count: Double) -> String {
        count < 1e15 ? String(Int(count)) : "about \(count)"
    }
}

extension Scope: Codable {
    private enum CodingKeys: String, CodingKey {
        case entries
        case windows
    }

    /// Decodes a scope; a missing `windows` key means no windows, so scans may run at any time.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.entries = try container.decode([ScopeEntry].self, forKey: .entries)
        self.windows = try container.decodeIfPresent([ScanWindow].self, forKey: .windows) ?? []
    }
}

extension ScopeEntry {
    /// Whether the entry is a host name pattern that matches `hostname`.
    fileprivate func matches(_ hostname: Hostname) -> Bool {
        if case .hostname(let pattern) = target { return pattern.matches(hostname) }
        return false
    }
}

extension CIDR {
    /// The IPv4 block inside an IPv4-mapped IPv6 block (`::ffff:10.0.0.0/104` gives `10.0.0.0/8`); any other block
    /// is returned unchanged.
    var ipv4Unmapped: CIDR {
        guard family == .v6, prefixLength >= 96, case .v4 = network.ipv4Unmapped else { return self }
        return CIDR(alignedNetwork: network.ipv4Unmapped, prefixLength: prefixLength - 96)
    }
}
