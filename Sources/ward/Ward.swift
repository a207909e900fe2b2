import ArgumentParser

/// `ward`: the command line of Ward. Each subcommand parses its arguments and calls one library function.
@main
struct Ward: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ward",
        abstract: "Ward: cybersecurity for healthcare organizations — assess, scan, know what affects you, respond.",
        discussion: """
            Data lives in ./ward-data (SQLite) unless --database or WARD_DATABASE_URL points at PostgreSQL.
            Every command works on the database directly; no server needs to be running.
            """,
        version: WardVersion.current,
        subcommands: [
            ServeCommand.self, DemoCommand.self, DatabaseCommand.self, AdminCommand.self,
            OrganizationCommand.self, FrameworksCommand.self, AssessCommand.self, IncidentCommand.self,
            RulesCommand.self,
            DirectoryCommand.self, TrainingCommand.self, ImportCommand.self, AssetsCommand.self,
            FindingsCommand.self, SBOMCommand.self, IntelCommand.self, AlertsCommand.self, RescanCommand.self,
            AgentsCommand.self,
            AgentCommand.self, ScanCommand.self,
            FeedsCommand.self,
        ]
    )
}

enum WardVersion {
    static let current = "0.1.0"
}
