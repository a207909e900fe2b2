#!/usr/bin/env python3
"""Writes an nmap XML file (-oX format, as nmap 7.93 writes it) with N made-up hosts in 10.0.0.0/8.

    python3 bench/inventory/generate_nmap.py N OUT.xml

Each host has an address, a MAC, a host name, an OS guess and 2 to 7 open ports with services, so the import does
the same work per host as for a real service scan. Deterministic: the same N gives the same file.
"""
import random
import sys

SERVICES = [
    (22, "ssh", "OpenSSH", "8.4p1", "cpe:/a:openbsd:openssh:8.4p1"),
    (80, "http", "nginx", "1.22.1", "cpe:/a:igor_sysoev:nginx:1.22.1"),
    (443, "https", "nginx", "1.22.1", "cpe:/a:igor_sysoev:nginx:1.22.1"),
    (445, "microsoft-ds", "Samba smbd", "4.17", "cpe:/a:samba:samba"),
    (3389, "ms-wbt-server", "Microsoft Terminal Services", "", "cpe:/o:microsoft:windows"),
    (104, "dicom", "", "", ""),
    (2575, "hl7", "", "", ""),
    (5432, "postgresql", "PostgreSQL DB", "15.3", "cpe:/a:postgresql:postgresql:15"),
    (8080, "http-proxy", "Apache Tomcat", "9.0", "cpe:/a:apache:tomcat:9.0"),
]


def host(index, rng):
    a, b, c = (index >> 16) & 255, (index >> 8) & 255, index & 255
    address = f"10.{a}.{b}.{c}"
    mac = "00:09:FB:%02X:%02X:%02X" % (a, b, c) if index % 7 == 0 else "52:54:00:%02X:%02X:%02X" % (a, b, c)
    ports = rng.sample(SERVICES, rng.randint(2, 7))
    lines = [
        f'<host starttime="1764460800" endtime="1764460830"><status state="up" reason="syn-ack" reason_ttl="64"/>',
        f'<address addr="{address}" addrtype="ipv4"/>',
        f'<address addr="{mac}" addrtype="mac"/>',
        f'<hostnames><hostname name="host{index}.clinic.example" type="PTR"/></hostnames>',
        '<ports><extraports state="closed" count="990"><extrareasons reason="conn-refused" count="990"/></extraports>',
    ]
    for number, name, product, version, cpe in sorted(ports):
        service = f'<service name="{name}"'
        if product:
            service += f' product="{product}"'
        if version:
            service += f' version="{version}"'
        service += ' method="probed" conf="10">'
        if cpe:
            service += f"<cpe>{cpe}</cpe>"
        service += "</service>"
        lines.append(
            f'<port protocol="tcp" portid="{number}"><state state="open" reason="syn-ack" reason_ttl="64"/>'
            f"{service}</port>"
        )
    lines.append("</ports>")
    lines.append('<os><osmatch name="Linux 5.0 - 5.14" accuracy="96" line="1"/></os>')
    lines.append("</host>")
    return "\n".join(lines)


def main():
    count = int(sys.argv[1])
    rng = random.Random(count)
    with open(sys.argv[2], "w") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE nmaprun>\n')
        out.write(
            '<nmaprun scanner="nmap" args="nmap -sV -O -oX bench.xml 10.0.0.0/8" start="1764460800" '
            'startstr="Sun Nov 30 00:00:00 2025" version="7.93" xmloutputversion="1.05">\n'
        )
        out.write('<scaninfo type="syn" protocol="tcp" numservices="1000" services="1-1000"/>\n')
        for index in range(1, count + 1):
            out.write(host(index, rng))
            out.write("\n")
        out.write(
            f'<runstats><finished time="1764464400" timestr="Sun Nov 30 01:00:00 2025" elapsed="3600" '
            f'exit="success"/><hosts up="{count}" down="0" total="{count}"/></runstats>\n</nmaprun>\n'
        )


if __name__ == "__main__":
    main()
