/// Ward's schema, as the ordered list of its migrations.
///
/// Conventions: identifiers are UUIDs stored as `TEXT`; times are `BIGINT` milliseconds since 1970 (UTC); secrets
/// (passwords, session and API tokens, setup links) are stored only as hashes. Every table that holds an
/// organization's data has an `organization_id` column, and every query on it filters by that column.
public enum Schema {
    /// All migrations, in order.
    public static let migrations: [Migration] = [
        Migration(
            version: 1,
            name: "organizations, accounts, sessions, tokens, scope and audit log",
            statements: [
                """
                CREATE TABLE organizations (
                    id TEXT PRIMARY KEY,
                    name TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    size_tier TEXT NOT NULL,
                    parent_id TEXT REFERENCES organizations (id) ON DELETE RESTRICT,
                    is_default BOOLEAN NOT NULL DEFAULT FALSE,
                    created_at BIGINT NOT NULL
                )
                """,
                "CREATE INDEX organizations_parent ON organizations (parent_id)",
                """
                CREATE TABLE users (
                    id TEXT PRIMARY KEY,
                    email TEXT NOT NULL UNIQUE,
                    display_name TEXT NOT NULL,
                    password_hash TEXT,
                    is_site_admin BOOLEAN NOT NULL DEFAULT FALSE,
                    totp_secret TEXT,
                    totp_enabled BOOLEAN NOT NULL DEFAULT FALSE,
                    totp_last_counter BIGINT,
                    is_disabled BOOLEAN NOT NULL DEFAULT FALSE,
                    created_at BIGINT NOT NULL
                )
                """,
                """
                CREATE TABLE memberships (
                    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
                    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                    role TEXT NOT NULL,
                    created_at BIGINT NOT NULL,
                    PRIMARY KEY (organization_id, user_id)
                )
                """,
                "CREATE INDEX memberships_user ON memberships (user_id)",
                """
                CREATE TABLE sessions (
                    id_hash TEXT PRIMARY KEY,
                    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                    csrf_token TEXT NOT NULL,
                    second_factor_pending BOOLEAN NOT NULL DEFAULT FALSE,
                    created_at BIGINT NOT NULL,
                    last_seen_at BIGINT NOT NULL,
                    expires_at BIGINT NOT NULL,
                    source_address TEXT
                )
                """,
                "CREATE INDEX sessions_user ON sessions (user_id)",
                """
                CREATE TABLE api_tokens (
                    id TEXT PRIMARY KEY,
                    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
                    name TEXT NOT NULL,
                    role TEXT NOT NULL,
                    token_hash TEXT NOT NULL UNIQUE,
                    prefix TEXT NOT NULL,
                    created_by TEXT REFERENCES users (id) ON DELETE SET NULL,
                    created_at BIGINT NOT NULL,
                    expires_at BIGINT,
                    last_used_at BIGINT,
                    revoked_at BIGINT
                )
                """,
                "CREATE INDEX api_tokens_organization ON api_tokens (organization_id)",
                """
                CREATE TABLE scope_entries (
                    id TEXT PRIMARY KEY,
                    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
                    kind TEXT NOT NULL,
                    target TEXT NOT NULL,
                    note TEXT,
                    created_at BIGINT NOT NULL,
                    UNIQUE (organization_id, kind, target)
                )
                """,
                """
                CREATE TABLE scan_windows (
                    id TEXT PRIMARY KEY,
                    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
                    spec TEXT NOT NULL,
                    created_at BIGINT NOT NULL,
                    UNIQUE (organization_id, spec)
                )
                """,
                """
                CREATE TABLE audit_events (
                    id TEXT PRIMARY KEY,
                    occurred_at BIGINT NOT NULL,
                    organization_id TEXT,
                    actor_user_id TEXT,
                    actor TEXT NOT NULL,
                    action TEXT NOT NULL,
                    target TEXT,
                    outcome TEXT NOT NULL,
                    source_address TEXT,
                    details TEXT NOT NULL
                )
                """,
                "CREATE INDEX audit_events_organization ON audit_events (organization_id, occurred_at)",
                "CREATE INDEX audit_events_actor ON audit_events (actor_user_id, occurred_at)",
                """
                CREATE TABLE setup_tokens (
                    token_hash TEXT PRIMARY KEY,
                    user_id TEXT REFERENCES users (id) ON DELETE CASCADE,
                    created_at BIGINT NOT NULL,
                    expires_at BIGINT NOT NULL,
                    used_at BIGINT
                )
                """,
                """
                CREATE TABLE login_throttle (
                    throttle_key TEXT PRIMARY KEY,
                    failures INTEGER NOT NULL,
                    window_started_at BIGINT NOT NULL,
                    locked_until BIGINT
                )
                """,
            ]
        ),
        Migration(
            version: 2,
            name: "framework library, assessments, answers with history, evidence",
            statements: [
                """
                CREATE TABLE framework_documents (
                    name TEXT PRIMARY KEY,
                    kind TEXT NOT NULL,
                    body TEXT NOT NULL,
                    sha256 TEXT NOT NULL,
                    imported_at BIGINT NOT NULL,
                    imported_by TEXT
                )
                """,
                """
                CREATE TABLE assessments (
                    id TEXT PRIMARY KEY,
                    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
                    title TEXT NOT NULL,
                    framework_id TEXT NOT NULL,
                    framework_edition TEXT NOT NULL,
                    tier TEXT NOT NULL,
                    tier_rationale TEXT NOT NULL,
                    created_at BIGINT NOT NULL,
                    created_by TEXT
                )
                """,
                "CREATE INDEX assessments_organization ON assessments (organization_id, created_at)",
                """
                CREATE TABLE assessment_answers (
                    assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
                    organization_id TEXT NOT NULL,
                    requirement_id TEXT NOT NULL,
                    status TEXT NOT NULL,
                    maturity INTEGER,
                    notes TEXT NOT NULL,
                    not_applicable_reason TEXT,
                    owner TEXT,
                    due_date TEXT,
                    marked_for_review BOOLEAN NOT NULL,
                    version INTEGER NOT NULL,
                    updated_at BIGINT NOT NULL,
                    updated_by TEXT,
                    signed_by TEXT,
                    signed_at BIGINT,
                    PRIMARY KEY (assessment_id, requirement_id)
                )
                """,
                """
                CREATE TABLE answer_history (
                    id TEXT PRIMARY KEY,
                    seq BIGINT NOT NULL,
                    assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
                    organization_id TEXT NOT NULL,
                    requirement_id TEXT NOT NULL,
                    version INTEGER NOT NULL,
                    action TEXT NOT NULL,
                    snapshot TEXT NOT NULL,
                    changed_by TEXT,
                    changed_at BIGINT NOT NULL
                )
                """,
                "CREATE INDEX answer_history_requirement ON answer_history (assessment_id, seq)",
                """
                CREATE TABLE evidence (
                    id TEXT PRIMARY KEY,
                    assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
                    organization_id TEXT NOT NULL,
                    requirement_id TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    title TEXT NOT NULL,
                    sha256 TEXT,
                    media_type TEXT,
                    size_bytes BIGINT,
                    url TEXT,
                    added_by TEXT,
                    added_at BIGINT NOT NULL
                )
                """,
                "CREATE INDEX evidence_requirement ON evidence (assessment_id, requirement_id)",
                """
                CREATE TABLE evidence_blobs (
                    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
                    sha256 TEXT NOT NULL,
                    size_bytes BIGINT NOT NULL,
                    content_base64 TEXT NOT NULL,
                    created_at BIGINT NOT NULL,
                    PRIMARY KEY (organization_id, sha256)
                )
                """,
            ]
        ),
        Migration(
            version: 3,
            name: "incidents, timelines, playbook checklists, filed reports, reporting rule sets",
            statements: [
                """
                CREATE TABLE incidents (
                    id TEXT PRIMARY KEY,
                    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
                    title TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    status TEXT NOT NULL,
                    is_exercise BOOLEAN NOT NULL,
                    discovered_at BIGINT NOT NULL,
                    body TEXT NOT NULL,
                    created_at BIGINT NOT NULL,
                    created_by TEXT,
                    updated_at BIGINT NOT NULL
                )
                """,
                "CREATE INDEX incidents_organization ON incidents (organization_id, discovered_at)",
                """
                CREATE TABLE incident_timeline (
                    id TEXT PRIMARY KEY,
                    incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
                    organization_id TEXT NOT NULL,
                    at BIGINT NOT NULL,
                    text TEXT NOT NULL,
                    author TEXT NOT NULL
                )
                """,
                "CREATE INDEX incident_timeline_incident ON incident_timeline (incident_id, at)",
                """
                CREATE TABLE incident_checklist (
                    incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
                    organization_id TEXT NOT NULL,
                    step_id TEXT NOT NULL,
                    done_by TEXT NOT NULL,
                    done_at BIGINT NOT NULL,
                    PRIMARY KEY (incident_id, step_id)
                )
                """,
                """
                CREATE TABLE incident_reports (
                    incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
                    organization_id TEXT NOT NULL,
                    obligation_id TEXT NOT NULL,
                    filed_at BIGINT NOT NULL,
                    reference TEXT,
                    filed_by TEXT NOT NULL,
                    PRIMARY KEY (incident_id, obligation_id)
                )
                """,
                """
                CREATE TABLE reporting_rule_sets (
                    id TEXT PRIMARY KEY,
                    version TEXT NOT NULL,
                    body TEXT NOT NULL,
                    imported_at BIGINT NOT NULL
                )
                """,
            ]
        ),
        Migration(
            version: 4,
            name:
                "workforce training: modules, assignments and completions, phishing-simulation results; incident evidence",
            statements: [
                """
                CREATE TABLE training_modules (
                    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
                    id TEXT NOT NULL,
                    title TEXT NOT NULL,
                    topic TEXT NOT NULL,
                    hicp_practice TEXT,
                    cpg_goal TEXT,
                    minutes INTEGER NOT NULL,
                    PRIMARY KEY (organization_id, id)
                )
                """,
                """
                CREATE TABLE training_records (
                    id TEXT PRIMARY KEY,
                    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
                    module TEXT NOT NULL,
                    person TEXT NOT NULL,
                    department TEXT NOT NULL,
                    assigned_at BIGINT,
                    completed_at BIGINT,
                    source TEXT NOT NULL
                )
                """,
                "CREATE INDEX training_records_organization ON training_records (organization_id, module)",
                """
                CREATE TABLE phishing_results (
                    id TEXT PRIMARY KEY,
                    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
                    campaign TEXT NOT NULL,
                    person TEXT NOT NULL,
                    department TEXT NOT NULL,
                    sent_at BIGINT NOT NULL,
                    clicked BOOLEAN NOT NULL,
                    reported BOOLEAN NOT NULL
                )
                """,
                "CREATE INDEX phishing_results_organization ON phishing_results (organization_id, sent_at)",
                """
                CREATE TABLE incident_evidence (
                    id TEXT PRIMARY KEY,
                    incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
                    organization_id TEXT NOT NULL,
                    title TEXT NOT NULL,
                    sha256 TEXT NOT NULL,
                    media_type TEXT NOT NULL,
                    size_bytes BIGINT NOT NULL,
                    added_by TEXT NOT NULL,
                    added_at BIGINT NOT NULL
                )
                """,
                "CREATE INDEX incident_evidence_incident ON incident_evidence (incident_id)",
            ]
        ),
        Migration(
            version: 5,
            name: "asset inventory with medical devices and change history",
            statements: [
                """
                CREATE TABLE assets (
                    id TEXT PRIMARY KEY,
                    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
                    name TEXT NOT NULL,
                    is_medical BOOLEAN NOT NULL,
                    likely_medical BOOLEAN NOT NULL,
                    last_seen BIGINT NOT NULL,
                    body TEXT NOT NULL
                )
                """,
                "CREATE INDEX assets_organization ON assets (organization_id, name)",
                """
                CREATE TABLE asset_keys (
                    organization_id TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    value TEXT NOT NULL,
                    asset_id TEXT NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
                    PRIMARY KEY (organization_id, kind, value)
                )
                """,
                """
                CREATE TABLE asset_history (
                    id TEXT PRIMARY KEY,
                    asset_id TEXT NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
                    organization_id TEXT NOT NULL,
                    at BIGINT NOT NULL,
                    source TEXT NOT NULL,
                    changes TEXT NOT NULL
                )
                """,
                "CREATE INDEX asset_history_asset ON asset_history (asset_id, at)",
            ]
        ),
        Migration(
            version: 6,
            name: "findings and their lifecycle events",
            statements: [
                """
                CREATE TABLE findings (
                    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
                    finding_key TEXT NOT NULL,
                    asset_id TEXT NOT NULL,
                    severity_rank INTEGER NOT NULL,
                    status TEXT NOT NULL,
                    first_seen BIGINT NOT NULL,
                    last_seen BIGINT NOT NULL,
                    body TEXT NOT NULL,
                    PRIMARY KEY (organization_id, finding_key)
                )
                """,
                "CREATE INDEX findings_listing ON findings (organization_id, status, severity_rank, first_seen)",
                """
                CREATE TABLE finding_events (
                    id TEXT PRIMARY KEY,
                    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
                    finding_key TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    at BIGINT NOT NULL,
                    note TEXT
                )
                """,
                "CREATE INDEX finding_events_key ON finding_events (organization_id, finding_key, at)",
            ]
        ),
        Migration(
            version: 7,
            name: "organization settings, weekly finding snapshots, scan agents and scan jobs",
            statements: [
                """
                CREATE TABLE organization_settings (
                    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
                    name TEXT NOT NULL,
                    body TEXT NOT NULL,
                    updated_at BIGINT NOT NULL,
                    PRIMARY KEY (organization_id, name)
                )
                """,
                """
                CREATE TABLE finding_snapshots (
                    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
                    week TEXT NOT NULL,
                    taken_at BIGINT NOT NULL,
                    body TEXT NOT NULL,
                    PRIMARY KEY (organization_id, week)
                )
                """,
                """
                CREATE TABLE scan_agents (
                    id TEXT PRIMARY KEY,
                    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
                    name TEXT NOT NULL,
                    token_hash TEXT NOT NULL UNIQUE,
                    prefix TEXT NOT NULL,
                    segment TEXT NOT NULL,
                    created_by TEXT,
                    created_at BIGINT NOT NULL,
                    last_seen_at BIGINT,
                    revoked_at BIGINT
                )
                """,
                "CREATE INDEX scan_agents_organization ON scan_agents (organization_id, name)",
                """
                CREATE TABLE scan_jobs (
                    id TEXT PRIMARY KEY,
                    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
                    target TEXT NOT NULL,
                    asset_id TEXT,
                    agent_id TEXT REFERENCES scan_agents (id) ON DELETE SET NULL,
                    profile TEXT NOT NULL,
                    ports TEXT NOT NULL,
                    reason TEXT NOT NULL,
                    due_at BIGINT NOT NULL,
                    state TEXT NOT NULL,
                    claimed_by TEXT,
                    claimed_at BIGINT,
                    finished_at BIGINT,
                    attempts INTEGER NOT NULL,
                    host_up BOOLEAN,
                    misses INTEGER NOT NULL,
                    result TEXT,
                    created_at BIGINT NOT NULL
                )
                """,
                "CREATE INDEX scan_jobs_due ON scan_jobs (state, due_at)",
                // Findings pages are oldest first with a minimum severity: walking this index in age order and
                // skipping lower severities stops after a page instead of sorting every matching finding.
                "CREATE INDEX findings_by_age ON findings (organization_id, status, first_seen, finding_key)",
                "CREATE INDEX scan_jobs_target ON scan_jobs (organization_id, target, finished_at)",
                // At most one job waiting or running per target: replicas that plan at the same moment cannot queue
                // the same host twice.
                """
                CREATE UNIQUE INDEX scan_jobs_one_pending ON scan_jobs (organization_id, target)
                WHERE state IN ('queued', 'running')
                """,
            ]
        ),
        Migration(
            version: 8,
            name: "vulnerability feeds: imports, KEV entries, EPSS scores and intel documents",
            statements: [
                // One row per imported feed file; the identical file again writes nothing. `sequence` orders imports
                // that share a timestamp (several files of one command).
                """
                CREATE TABLE feed_imports (
                    id TEXT PRIMARY KEY,
                    sequence BIGINT NOT NULL,
                    kind TEXT NOT NULL,
                    source TEXT NOT NULL,
                    version TEXT,
                    imported_at BIGINT NOT NULL,
                    sha256 TEXT NOT NULL,
                    entry_count INTEGER NOT NULL,
                    new_count INTEGER NOT NULL
                )
                """,
                "CREATE INDEX feed_imports_kind ON feed_imports (kind, sequence)",
                "CREATE INDEX feed_imports_digest ON feed_imports (kind, sha256)",
                """
                CREATE TABLE kev_entries (
                    cve TEXT PRIMARY KEY,
                    vendor_project TEXT NOT NULL,
                    product TEXT NOT NULL,
                    vulnerability_name TEXT NOT NULL,
                    date_added TEXT NOT NULL,
                    short_description TEXT NOT NULL,
                    required_action TEXT NOT NULL,
                    due_date TEXT NOT NULL,
                    known_ransomware_campaign_use TEXT NOT NULL,
                    notes TEXT NOT NULL,
                    cwes TEXT NOT NULL,
                    first_import_id TEXT NOT NULL,
                    first_seen BIGINT NOT NULL
                )
                """,
                "CREATE INDEX kev_entries_first_import ON kev_entries (first_import_id)",
                "CREATE INDEX kev_entries_date_added ON kev_entries (date_added)",
                """
                CREATE TABLE epss_scores (
                    cve TEXT PRIMARY KEY,
                    probability DOUBLE PRECISION NOT NULL,
                    percentile DOUBLE PRECISION NOT NULL,
                    score_date TEXT,
                    model_version TEXT,
                    import_id TEXT NOT NULL
                )
                """,
                """
                CREATE TABLE intel_documents (
                    kind TEXT NOT NULL,
                    id TEXT NOT NULL,
                    title TEXT,
                    body TEXT NOT NULL,
                    modified TEXT,
                    sha256 TEXT NOT NULL,
                    import_id TEXT NOT NULL,
                    PRIMARY KEY (kind, id)
                )
                """,
                // The CVEs each document speaks about, so that everything known of a CVE is one indexed lookup.
                """
                CREATE TABLE intel_document_cves (
                    cve TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    document_id TEXT NOT NULL,
                    PRIMARY KEY (cve, kind, document_id)
                )
                """,
                "CREATE INDEX intel_document_cves_document ON intel_document_cves (kind, document_id)",
            ]
        ),
        Migration(
            version: 9,
            name: "software bills of materials of assets",
            statements: [
                // One SBOM per asset (a new one replaces the old); the components are kept as the JSON of Ward's
                // format-neutral model, since matching always reads all of them.
                """
                CREATE TABLE asset_sboms (
                    asset_id TEXT PRIMARY KEY REFERENCES assets (id) ON DELETE CASCADE,
                    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
                    file_name TEXT NOT NULL,
                    format TEXT NOT NULL,
                    spec_version TEXT NOT NULL,
                    component_count INTEGER NOT NULL,
                    body TEXT NOT NULL,
                    sha256 TEXT NOT NULL,
                    imported_at BIGINT NOT NULL
                )
                """,
                "CREATE INDEX asset_sboms_organization ON asset_sboms (organization_id)",
            ]
        ),
        Migration(
            version: 10,
            name: "vulnerability alerts, their subscriptions and visits",
            statements: [
                // One alert per organization and vulnerability, whatever the number of sources and assets; the
                // matches behind it are kept as JSON, as shown.
                """
                CREATE TABLE intel_alerts (
                    id TEXT PRIMARY KEY,
                    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
                    vulnerability TEXT NOT NULL,
                    state TEXT NOT NULL,
                    decision TEXT,
                    title TEXT,
                    vendors TEXT NOT NULL,
                    assets TEXT NOT NULL,
                    body TEXT NOT NULL,
                    first_seen BIGINT NOT NULL,
                    last_seen BIGINT NOT NULL,
                    resolved_at BIGINT,
                    UNIQUE (organization_id, vulnerability)
                )
                """,
                "CREATE INDEX intel_alerts_state ON intel_alerts (organization_id, state, first_seen)",
                """
                CREATE TABLE alert_subscriptions (
                    id TEXT PRIMARY KEY,
                    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
                    filter_kind TEXT NOT NULL,
                    filter_value TEXT,
                    channel TEXT NOT NULL,
                    created_at BIGINT NOT NULL
                )
                """,
                """
                CREATE TABLE alert_visits (
                    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
                    viewer TEXT NOT NULL,
                    visited_at BIGINT NOT NULL,
                    PRIMARY KEY (organization_id, viewer)
                )
                """,
            ]
        ),
        Migration(
            version: 11,
            name: "scans started from the web UI, the API and the command line, with progress and results",
            statements: [
                // `result` holds the hosts, ports and facts as the scanner's JSON, written once when the scan ends.
                """
                CREATE TABLE scan_runs (
                    id TEXT PRIMARY KEY,
                    organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
                    targets TEXT NOT NULL,
                    ports TEXT NOT NULL,
                    profile TEXT NOT NULL,
                    identify BOOLEAN NOT NULL,
                    requested_by TEXT NOT NULL,
                    requested_by_user TEXT,
                    state TEXT NOT NULL,
                    runner TEXT,
                    created_at BIGINT NOT NULL,
                    started_at BIGINT,
                    heartbeat_at BIGINT,
                    finished_at BIGINT,
                    addresses_total INTEGER NOT NULL,
                    pairs_total BIGINT NOT NULL,
                    pairs_done BIGINT NOT NULL,
                    open_ports INTEGER NOT NULL,
                    cancel_requested BOOLEAN NOT NULL,
                    error TEXT,
                    summary TEXT,
                    refused TEXT NOT NULL,
                    result TEXT
                )
                """,
                "CREATE INDEX scan_runs_organization ON scan_runs (organization_id, created_at)",
                "CREATE INDEX scan_runs_state ON scan_runs (state, created_at)",
            ]
        ),
        Migration(
            version: 12,
            name: "finding clocks as columns and findings by asset: remediation figures counted by the database",
            statements: { engine in
                // `kev_due`: when the KEV due date passes (end of that day, UTC, in milliseconds). `mitigation_ms`:
                // closed minus first seen, for findings closed now. Both are filled from the stored bodies here and
                // written with every save after, so the figures of a million findings are counted by the database
                // instead of read into memory.
                let backfill: [String] =
                    switch engine {
                    case .sqlite:
                        [
                            """
                            UPDATE findings SET kev_due =
                                (CAST(strftime('%s', json_extract(body, '$.kevDueDate')) AS INTEGER) + 86399) * 1000
                            WHERE json_extract(body, '$.kevDueDate') IS NOT NULL
                            """,
                            """
                            UPDATE findings SET mitigation_ms =
                                CAST(round(json_extract(body, '$.closedAt')) AS INTEGER) - first_seen
                            WHERE json_extract(body, '$.closedAt') IS NOT NULL
                            """,
                        ]
                    case .postgres:
                        [
                            """
                            UPDATE findings SET kev_due =
                                (CAST(EXTRACT(EPOCH FROM CAST(CAST(body AS json) ->> 'kevDueDate' AS date)) AS BIGINT)
                                 + 86399) * 1000
                            WHERE CAST(body AS json) ->> 'kevDueDate' IS NOT NULL
                            """,
                            """
                            UPDATE findings SET mitigation_ms =
                                CAST(round(CAST(CAST(body AS json) ->> 'closedAt' AS numeric)) AS BIGINT)
                                - first_seen
                            WHERE CAST(body AS json) ->> 'closedAt' IS NOT NULL
                            """,
                        ]
                    }
                return [
                    "ALTER TABLE findings ADD COLUMN kev_due BIGINT",
                    "ALTER TABLE findings ADD COLUMN mitigation_ms BIGINT",
                ] + backfill + [
                    // Overdue counts walk one range per severity: KEV-dated ones by `kev_due`, the others by
                    // `first_seen`.
                    """
                    CREATE INDEX findings_clock ON findings (organization_id, status, severity_rank, kev_due, first_seen)
                    """,
                    "CREATE INDEX findings_mitigation ON findings (organization_id, mitigation_ms)",
                    // A scan's findings are matched against the findings of the assets it covered, not all of them.
                    "CREATE INDEX findings_asset ON findings (organization_id, asset_id, status)",
                ]
            }
        ),
    ]
}
