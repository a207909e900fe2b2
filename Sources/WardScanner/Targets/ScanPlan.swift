import Foundation
import WardCore

#if canImport(Glibc)
    import Glibc
#endif

/// The addresses a scan will touch, decided before any packet: every target expanded (blocks, ranges, host names
/// resolved), each address judged against the scope and its windows, and the total held under a guard.
///
/// ```swift
/// let plan = try ScanPlan.make(["10.0.0.0/30", "pacs.clinic.example"], scope: scope, at: .now, maxHosts: 4096)
/// plan.addresses  // what may be scanned
/// plan.refused    // what may not, each with the reason
/// ```
///
/// - Important: Only ``addresses`` may be given to a scanner. A host name is refused when any address it resolves to
///   is excluded, so a DNS answer cannot lead a scan out of scope.
public struct ScanPlan: Sendable, Hashable {
    /// A target or address that will not be scanned, and why.
    public struct Refusal: Sendable, Hashable, Codable {
        public var target: String
        public var reason: String
    }

    /// In-scope addresses, in the order the targets gave them, without repeats.
    public var addresses: [IPAddress]
    public var refused: [Refusal]
    /// Names that did not resolve; the scan goes on without them.
    public var unresolved: [String]

    /// Resolves a host name to its addresses (empty when it does not resolve).
    public typealias Resolver = @Sendable (String) -> [IPAddress]

    /// Plans a scan.
    ///
    /// - Throws: `invalidInput` naming the target that is not an address, block, range or host name, and when the
    ///   in-scope addresses exceed `maxHosts`.
    public static func make(
        _ targets: [String],
        scope: Scope,
        at date: Date,
        maxHosts: Int,
        resolve: Resolver = ScanPlan.systemResolver
    ) throws -> ScanPlan {
        var plan = ScanPlan(addresses: [], refused: [], unresolved: [])
        var seen: Set<IPAddress> = []
        func consider(_ address: IPAddress, as target: String) throws {
            guard !seen.contains(address) else { return }
            let decision = scope.decide(.address(address), at: date)
            guard decision.isAllowed else {
                plan.refused.append(Refusal(target: target, reason: decision.reason))
                return
            }
            seen.insert(address)
            plan.addresses.append(address)
            guard plan.addresses.count <= maxHosts else {
                throw WardError(
                    .invalidInput,
                    "the targets hold more than \(maxHosts) in-scope addresses; scan smaller blocks or raise --max-hosts",
                    location: "targets"
                )
            }
        }
        for (index, text) in targets.enumerated() {
            let target: ScopeEntry.Target
            do {
                target = try ScopeEntry.Target(text)
            } catch let error as WardError {
                throw WardError(.invalidInput, error.message, location: "targets[\(index)] '\(text)'")
            }
            switch target {
            case .cidr(let cidr) where cidr.addressCount == 1:
                try consider(cidr.network, as: text)
            case .cidr(let cidr):
                let inScope = try scope.expand(cidr, limit: maxHosts - plan.addresses.count)
                if inScope.isEmpty {
                    plan.refused.append(Refusal(target: text, reason: "no address of \(text) is in scope"))
                }
                if !inScope.isEmpty && !scope.isInsideWindows(at: date) {
                    plan.refused.append(Refusal(target: text, reason: scope.decide(cidr: cidr, at: date).reason))
                    continue
                }
                for address in inScope { try consider(address, as: address.description) }
            case .range(let range):
                guard range.addressCount <= Double(maxHosts) else {
                    throw WardError(
                        .invalidInput,
                        "\(text) holds more than \(maxHosts) addresses; scan a smaller range or raise --max-hosts",
                        location: "targets[\(index)]"
                    )
                }
                for address in range.addresses { try consider(address, as: address.description) }
            case .hostname(let pattern):
                guard !text.contains("*") else {
                    throw WardError(
                        .invalidInput,
                        "'\(text)' is a pattern; scan names one by one",
                        location: "targets[\(index)]"
                    )
                }
                let addresses = resolve(pattern.description)
                if addresses.isEmpty {
                    plan.unresolved.append(text)
                    continue
                }
                let decision = scope.decide(.hostname(text, addresses: addresses), at: date)
                guard decision.isAllowed else {
                    plan.refused.append(Refusal(target: text, reason: decision.reason))
                    continue
                }
                for address in addresses { try consider(address, as: text) }
            }
        }
        return plan
    }

    /// The system's resolver (`getaddrinfo`), TCP addresses only.
    public static let systemResolver: Resolver = { name in
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var result: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(name, nil, &hints, &result) == 0, let first = result else { return [] }
        defer { freeaddrinfo(first) }
        var addresses: [IPAddress] = []
        var cursor: UnsafeMutablePointer<addrinfo>? = first
        while let entry = cursor {
            var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
            if let socketAddress = entry.pointee.ai_addr {
                if entry.pointee.ai_family == AF_INET {
                    socketAddress.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { pointer in
                        var address = pointer.pointee.sin_addr
                        inet_ntop(AF_INET, &address, &buffer, socklen_t(buffer.count))
                    }
                } else if entry.pointee.ai_family == AF_INET6 {
                    socketAddress.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { pointer in
                        var address = pointer.pointee.sin6_addr
                        inet_ntop(AF_INET6, &address, &buffer, socklen_t(buffer.count))
                    }
                }
            }
            let text = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if let address = try? IPAddress(text), !addresses.contains(address) { addresses.append(address) }
            cursor = entry.pointee.ai_next
        }
        return addresses
    }
}
