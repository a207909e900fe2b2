extension CSAFValidator.Checker {
    typealias DocumentVersion = CSAFValidator.DocumentVersion

    private struct Revision {
        var index: Int
        var number: String
        var version: DocumentVersion?
        var date: CSAFValidator.Timestamp?

        var path: String { "$.document.tracking.revision_history[\(index)]" }
    }

    /// A revision whose number and date both parse, the only ones that can be put in order.
    private struct DatedRevision {
        var index: Int
        var number: String
        var version: DocumentVersion
        var date: CSAFValidator.Timestamp

        var path: String { "$.document.tracking.revision_history[\(index)]" }
    }

    /// Tests 6.1.14 and 6.1.16 to 6.1.22 and 6.1.30: the revision history, the document version and the status
    /// tell one consistent story.
    mutating func checkRevisionHistory() {
        guard let tracking = root["document"]?["tracking"] else { return }
        let status = tracking["status"]?.string
        let released = status == "final" || status == "interim"
        let versionText = tracking["version"]?.string
        let version = versionText.flatMap(DocumentVersion.init)
        let revisions = (tracking["revision_history"]?.array ?? []).enumerated().compactMap { index, item in
            item["number"]?.string.map {
                Revision(
                    index: index,
                    number: $0,
                    version: DocumentVersion($0),
                    date: item["date"]?.string.flatMap(CSAFValidator.Timestamp.init)
                )
            }
        }
        // Ties in date are broken by number: the standard's examples accept several revisions at the same instant.
        let sorted: [DatedRevision] = revisions.compactMap { revision in
            guard let version = revision.version, let date = revision.date else { return nil }
            return DatedRevision(index: revision.index, number: revision.number, version: version, date: date)
        }.sorted { lhs, rhs in
            if lhs.date != rhs.date { return lhs.date < rhs.date }
            return DocumentVersion.precedes(lhs.version, rhs.version)
        }

        for (earlier, later) in zip(sorted, sorted.dropFirst())
        where DocumentVersion.precedes(later.version, earlier.version) {
            report(
                "6.1.14",
                later.path,
                "revision \(later.number) is dated after revision \(earlier.number) but has a lower number; "
                    + "the revision history sorted by date must be sorted by number too"
            )
        }

        if let version, let versionText, let latest = sorted.last,
            !version.matches(latest.version, ignoringPreRelease: status == "draft")
        {
            report(
                "6.1.16",
                "$.document.tracking.version",
                "the document version is \(versionText) but the latest revision (by date) is \(latest.number)"
            )
        }

        if let version, let versionText, status != "draft", version.isInitialDevelopment || version.hasPreRelease {
            report(
                "6.1.17",
                "$.document.tracking.status",
                "the document version \(versionText) marks an unreleased document, so the status must be draft, "
                    + "not \(status ?? "missing")"
            )
        }

        for revision in revisions {
            guard let revisionVersion = revision.version else { continue }
            if released, revisionVersion.isInitialDevelopment {
                report(
                    "6.1.18",
                    "\(revision.path).number",
                    "the document is \(status ?? "") but its revision history lists the unreleased version "
                        + revision.number
                )
            }
            if revisionVersion.hasPreRelease {
                report(
                    "6.1.19",
                    "\(revision.path).number",
                    "the revision history lists the pre-release version \(revision.number); "
                        + "pre-releases belong in draft documents only"
                )
            }
        }

        if let version, let versionText, released, version.hasPreRelease {
            report(
                "6.1.20",
                "$.document.tracking.version",
                "the document is \(status ?? "") but its version \(versionText) has a pre-release part"
            )
        }

        checkMissingRevisions(sorted)

        var seenNumbers = Set<String>()
        for revision in revisions where !seenNumbers.insert(revision.number).inserted {
            report("6.1.22", revision.path, "the revision number \(revision.number) appears more than once")
        }

        let kinds = Set(revisions.compactMap { $0.version?.kind } + [version?.kind].compactMap { $0 })
        if kinds.count > 1 {
            report(
                "6.1.30",
                "$.document.tracking",
                "the document version and revision history mix integer and semantic version numbers; use one scheme"
            )
        }
    }

    /// Test 6.1.21: integer numbers, or the major versions of semantic ones, start at 0 or 1 and leave no gap.
    private mutating func checkMissingRevisions(_ sorted: [DatedRevision]) {
        let majors = Set(sorted.map(\.version.major)).sorted()
        guard let first = majors.first else { return }
        if first > 1 {
            report(
                "6.1.21",
                "$.document.tracking.revision_history",
                "the revision history starts at version \(first); the first revision must be 0 or 1"
            )
        }
        for (lower, higher) in zip(majors, majors.dropFirst()) where higher != lower + 1 {
            report(
                "6.1.21",
                "$.document.tracking.revision_history",
                "the revision history has no item for version \(lower + 1) (it jumps from \(lower) to \(higher))"
            )
        }
    }
}
