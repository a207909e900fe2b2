import WardCore

extension ExposureRule {
    /// Ward's exposure rules. Text is our own; HPH CPG goals: E1 mitigate known vulnerabilities, E5 strong encryption,
    /// E8 unique credentials, X1 asset inventory, X7 network segmentation, X10 configuration management.
    public static let bundled: [ExposureRule] = [
        ExposureRule(
            id: "exposure.rdp",
            title: "Remote Desktop is reachable",
            why: "Remote Desktop is the most common way ransomware crews get into hospitals: stolen or guessed "
                + "passwords on an open RDP port give a full session on the machine.",
            severity: .high,
            remediation: "Close port 3389 to everything but a VPN or a jump host with multifactor sign-in; require "
                + "Network Level Authentication.",
            hicpPractices: ["6", "3"],
            hphGoals: ["X7", "E3"],
            condition: .anyOf([.openPort([3389]), .service(["rdp"])])
        ),
        ExposureRule(
            id: "exposure.smb",
            title: "Windows file sharing (SMB) is reachable",
            why: "SMB carried WannaCry and NotPetya through hospital networks; an SMB port open beyond the servers "
                + "that need it lets malware spread from one machine to the next.",
            severity: .high,
            remediation: "Allow SMB only between the computers and file servers that need it; block it at segment "
                + "borders; turn off SMBv1.",
            hicpPractices: ["6"],
            hphGoals: ["X7", "X10"],
            condition: .anyOf([.openPort([139, 445]), .service(["smb"])])
        ),
        ExposureRule(
            id: "exposure.telnet",
            title: "Telnet is reachable",
            why: "Telnet sends passwords and everything typed in clear text; anyone on the network path can read them.",
            severity: .high,
            remediation: "Turn Telnet off and use SSH; if a device can only do Telnet, put it on a segment only its "
                + "administrators reach.",
            hicpPractices: ["6", "9"],
            hphGoals: ["E5", "X7"],
            condition: .anyOf([.openPort([23]), .service(["telnet"])])
        ),
        ExposureRule(
            id: "exposure.ftp",
            title: "FTP is reachable",
            why: "FTP sends passwords and files in clear text; patient files moved over FTP can be read on the way.",
            severity: .medium,
            remediation: "Replace FTP with SFTP or HTTPS transfers; if it must stay, restrict who can reach it.",
            hicpPractices: ["6"],
            hphGoals: ["E5"],
            condition: .anyOf([.openPort([21]), .service(["ftp"])])
        ),
        ExposureRule(
            id: "exposure.vnc",
            title: "VNC remote control is reachable",
            why: "VNC often runs with a weak or no password on workstations and device consoles; it gives whoever "
                + "connects the screen and keyboard.",
            severity: .high,
            remediation: "Close VNC ports to everything but a jump host; set strong passwords or replace it with a "
                + "remote tool that has multifactor sign-in.",
            hicpPractices: ["6", "9"],
            hphGoals: ["X7", "E3"],
            condition: .anyOf([.openPort([5900, 5901, 5902, 5903]), .service(["vnc"])])
        ),
        ExposureRule(
            id: "exposure.database",
            title: "A database port is reachable",
            why: "Databases hold patient and business records; a database port reachable from ordinary workstations "
                + "is one stolen password away from a data breach.",
            severity: .medium,
            remediation: "Let only the application servers that use the database reach it; check that it requires "
                + "a password for every account.",
            hicpPractices: ["6"],
            hphGoals: ["X7"],
            condition: .anyOf([
                .openPort([1433, 3306, 5432, 6379, 27017]),
                .service(["mssql", "mysql", "postgresql", "redis", "mongodb"]),
            ])
        ),
        ExposureRule(
            id: "exposure.hl7-mllp",
            title: "An HL7 interface (MLLP) is reachable",
            why: "HL7 interfaces accept orders, results and admissions without any sign-in; a reachable one can be "
                + "fed false clinical messages or read.",
            severity: .medium,
            remediation: "Let only the interface engine and the systems it serves reach this port; tunnel HL7 over "
                + "TLS or a VPN between sites.",
            hicpPractices: ["6", "9"],
            hphGoals: ["X7"],
            condition: .anyOf([.openPort([2575]), .service(["hl7-mllp"])])
        ),
        ExposureRule(
            id: "exposure.mqtt",
            title: "An MQTT broker is reachable",
            why: "MQTT brokers pass messages between devices, often without a password; anyone who reaches one can "
                + "read and send device messages.",
            severity: .medium,
            remediation: "Require client authentication and TLS on the broker; restrict it to the device segment.",
            hicpPractices: ["6", "9"],
            hphGoals: ["X7"],
            condition: .anyOf([.openPort([1883]), .service(["mqtt"])])
        ),
        ExposureRule(
            id: "exposure.dicom-any-caller",
            title: "A DICOM service accepts any caller",
            why: "A PACS or modality that accepts an association from any AE title lets anyone on the network query, "
                + "retrieve or send images — patient data and the images clinicians rely on.",
            severity: .high,
            remediation: "Configure the DICOM service to accept only the AE titles (and addresses) of known peers; "
                + "restrict the port to the imaging segment.",
            hicpPractices: ["9", "6"],
            hphGoals: ["X7", "X10"],
            condition: .fact("dicom.accepts_any_caller", equals: "true")
        ),
        ExposureRule(
            id: "exposure.redis-no-auth",
            title: "Redis answers without a password",
            why: "A Redis server without authentication lets anyone read or change what it holds, and is a known "
                + "way to take over the host.",
            severity: .critical,
            remediation: "Set a password (requirepass or ACL users), bind Redis to the addresses that need it, and "
                + "enable protected mode.",
            hicpPractices: ["6"],
            hphGoals: ["E8", "X10"],
            condition: .fact("redis.unauthenticated", equals: "true")
        ),
        ExposureRule(
            id: "exposure.tls-legacy",
            title: "TLS 1.0 or 1.1 is accepted",
            why: "TLS 1.0 and 1.1 have known weaknesses and are retired; a service that still accepts them can be "
                + "pushed to a weak connection.",
            severity: .medium,
            remediation: "Allow only TLS 1.2 and 1.3 in the service's TLS settings.",
            hicpPractices: ["6"],
            hphGoals: ["E5"],
            condition: .fact("tls.legacy_versions", equals: "true")
        ),
        ExposureRule(
            id: "exposure.certificate-expired",
            title: "The TLS certificate has expired",
            why: "An expired certificate teaches staff to click through warnings, which is what an attacker in the "
                + "middle needs.",
            severity: .medium,
            remediation: "Renew the certificate and set a reminder (or automatic renewal) before the next expiry.",
            hicpPractices: ["6"],
            hphGoals: ["E5", "X10"],
            condition: .fact("tls.certificate_expired", equals: "true")
        ),
        ExposureRule(
            id: "exposure.certificate-self-signed",
            title: "The TLS certificate is self-signed",
            why: "A self-signed certificate cannot be told apart from an attacker's; users learn to accept warnings.",
            severity: .low,
            remediation: "Use a certificate from the organization's certificate authority or a public one.",
            hicpPractices: ["6"],
            hphGoals: ["E5"],
            condition: .fact("tls.self_signed", equals: "true")
        ),
        ExposureRule(
            id: "exposure.dicomweb-open",
            title: "DICOMweb answers queries without credentials",
            why: "A DICOMweb service that answers study queries without a sign-in hands patient names, identifiers "
                + "and study lists to anyone who reaches it, and usually the images too.",
            severity: .high,
            remediation: "Turn on authentication for the DICOMweb API (or put it behind a proxy that requires it) and "
                + "let only the viewers and systems that use it reach the port.",
            hicpPractices: ["9", "6", "3"],
            hphGoals: ["E8", "X7"],
            condition: .fact("dicomweb.unauthenticated", equals: "true")
        ),
        ExposureRule(
            id: "exposure.pacs-api-open",
            title: "A PACS web API (Orthanc) is open without a sign-in",
            why: "Orthanc's REST API reads, changes and deletes studies; without authentication anyone on the "
                + "network can copy or erase the images clinicians depend on.",
            severity: .high,
            remediation: "Set AuthenticationEnabled with named users in Orthanc's configuration, keep "
                + "RemoteAccessAllowed off where it is not needed, and restrict the port to the imaging segment.",
            hicpPractices: ["9", "6", "3"],
            hphGoals: ["E8", "X7"],
            condition: .fact("orthanc.unauthenticated", equals: "true")
        ),
        ExposureRule(
            id: "exposure.fhir-no-security",
            title: "A FHIR server declares no security",
            why: "The capability statement of this FHIR server lists no authorization service (such as SMART on "
                + "FHIR); a FHIR API without it can give out patient records to any caller.",
            severity: .medium,
            remediation: "Protect the FHIR API with OAuth 2.0 / SMART on FHIR, declare it in the capability "
                + "statement, and check that resource reads are refused without a token.",
            hicpPractices: ["9", "6"],
            hphGoals: ["E8", "X10"],
            condition: .fact("fhir.security_declared", equals: "false")
        ),
        ExposureRule(
            id: "exposure.postgresql-trust",
            title: "PostgreSQL lets users in without a password",
            why: "A PostgreSQL server set to trust lets anyone who reaches it sign in as a database user without a "
                + "password, and read or change what it holds.",
            severity: .critical,
            remediation: "Replace trust with scram-sha-256 in pg_hba.conf for every network entry and reload the "
                + "server.",
            hicpPractices: ["6"],
            hphGoals: ["E8", "X10"],
            condition: .fact("postgresql.unauthenticated", equals: "true")
        ),
        ExposureRule(
            id: "exposure.mongodb-no-auth",
            title: "MongoDB runs commands without authentication",
            why: "A MongoDB server that lists its databases to anyone lets them read, change or ransom every record; "
                + "open MongoDB servers are emptied by automated attacks within hours.",
            severity: .critical,
            remediation: "Turn on authorization (security.authorization: enabled), create named users, and bind the "
                + "server to the addresses of the applications that use it.",
            hicpPractices: ["6", "3"],
            hphGoals: ["E8", "X10"],
            condition: .fact("mongodb.unauthenticated", equals: "true")
        ),
        ExposureRule(
            id: "exposure.mqtt-anonymous",
            title: "The MQTT broker accepts anonymous clients",
            why: "Anyone who reaches this broker can subscribe to every device topic and publish commands or false "
                + "readings to the devices that listen.",
            severity: .high,
            remediation: "Set allow_anonymous false, give each device its own credentials or client certificate, and "
                + "restrict topics with an access control list.",
            hicpPractices: ["9", "6"],
            hphGoals: ["E8", "X7"],
            condition: .fact("mqtt.unauthenticated", equals: "true")
        ),
        ExposureRule(
            id: "exposure.mssql-no-encryption",
            title: "SQL Server cannot encrypt its connections",
            why: "This SQL Server says it does not support encryption: passwords and query results, often patient "
                + "data, cross the network in clear text.",
            severity: .medium,
            remediation: "Install a certificate for SQL Server and turn on Force Encryption, then upgrade clients "
                + "that cannot use TLS.",
            hicpPractices: ["4", "6"],
            hphGoals: ["E5"],
            condition: .fact("mssql.encryption", equals: "not-supported")
        ),
        ExposureRule(
            id: "exposure.rdp-no-nla",
            title: "Remote Desktop does not require Network Level Authentication",
            why: "Without NLA, anyone who reaches the port gets a sign-in screen and a session on the machine before "
                + "proving who they are, which is how BlueKeep-style flaws and password guessing reach Windows PCs.",
            severity: .high,
            remediation: "Require Network Level Authentication in the Remote Desktop settings (or by group policy) and "
                + "refuse the standard RDP security layer.",
            hicpPractices: ["3", "6"],
            hphGoals: ["E3", "X10"],
            condition: .fact("rdp.nla_required", equals: "false")
        ),
        ExposureRule(
            id: "exposure.smbv1",
            title: "SMB version 1 is turned on",
            why: "SMBv1 is the protocol WannaCry and NotPetya spread through; it has no modern protections and "
                + "Microsoft has deprecated it.",
            severity: .high,
            remediation: "Turn SMBv1 off on the server (and on clients); replace devices that can only speak SMBv1 or "
                + "isolate them.",
            hicpPractices: ["6", "7"],
            hphGoals: ["E1", "X10"],
            condition: .fact("smb.smb1", equals: "true")
        ),
        ExposureRule(
            id: "exposure.smb-signing-off",
            title: "SMB signing is not required",
            why: "When signing is optional, an attacker on the network can relay or tamper with file-sharing sessions "
                + "and take over accounts that use them.",
            severity: .medium,
            remediation: "Require SMB signing on servers (and domain controllers) by group policy or server settings.",
            hicpPractices: ["6"],
            hphGoals: ["X10"],
            condition: .fact("smb.signing_required", equals: "false")
        ),
        ExposureRule(
            id: "exposure.vnc-no-auth",
            title: "VNC asks for no password",
            why: "This VNC server offers the None security type: anyone who reaches it sees and controls the screen, "
                + "on a workstation or a device console.",
            severity: .critical,
            remediation: "Set a password or, better, require a VeNCrypt/TLS login, and let only a jump host reach the "
                + "port.",
            hicpPractices: ["3", "9"],
            hphGoals: ["E8", "X7"],
            condition: .fact("vnc.unauthenticated", equals: "true")
        ),
        ExposureRule(
            id: "exposure.admin-console",
            title: "An administration console is reachable",
            why: "Consoles such as a PACS explorer, Jenkins or phpMyAdmin change systems and data; reachable from the "
                + "network, they are one weak or default password away from an attacker.",
            severity: .medium,
            remediation: "Let only administrators' workstations or a jump host reach the console, require strong "
                + "sign-in (multifactor where offered), and change any default credentials.",
            hicpPractices: ["3", "6"],
            hphGoals: ["E8", "X7"],
            condition: .fact("http.admin_console", equals: "true")
        ),
        ExposureRule(
            id: "exposure.default-web-page",
            title: "A web server shows its default page",
            why: "A default installation page means a server that nobody configured or looks after; such servers are "
                + "rarely patched and often forgotten in the inventory.",
            severity: .low,
            remediation: "Find who owns the server; configure it for its purpose or turn it off, and record it in the "
                + "asset inventory.",
            hicpPractices: ["5", "6"],
            hphGoals: ["X1", "X10"],
            condition: .fact("http.default_page", equals: "true")
        ),
    ]
}
