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
            condition: .openPort([3389])
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
            condition: .openPort([139, 445])
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
            condition: .openPort([23])
        ),
        ExposureRule(
            id: "exposure.ftp",
            title: "FTP is reachable",
            why: "FTP sends passwords and files in clear text; patient files moved over FTP can be read on the way.",
            severity: .medium,
            remediation: "Replace FTP with SFTP or HTTPS transfers; if it must stay, restrict who can reach it.",
            hicpPractices: ["6"],
            hphGoals: ["E5"],
            condition: .openPort([21])
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
            condition: .openPort([5900, 5901, 5902, 5903])
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
            condition: .openPort([1433, 3306, 5432, 6379, 27017])
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
            condition: .openPort([2575])
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
            condition: .openPort([1883])
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
    ]
}
