#!/usr/bin/env python3
"""Compares what nmap -sV, Ward and the minimal grab named on each port of the lab, and their times.

Usage: compare.py LAB NMAP_XML WARD_JSON GRAB_TXT T0 T1 T2 T3

LAB has a line per port: the port, then the service family it runs (ssh, http, tls, dicom …) and a note. A tool
identified a port when the family it names is the lab's (nmap's `ssl/http` counts as tls; Ward's `http` behind which
it found Orthanc or FHIR counts as http).
"""

import json
import sys
import xml.etree.ElementTree as ET

lab_file, nmap_file, ward_file, grab_file = sys.argv[1:5]
t0, t1, t2, t3 = map(float, sys.argv[5:9])

lab = {}
for line in open(lab_file):
    parts = line.split(maxsplit=2)
    if len(parts) >= 2:
        lab[int(parts[0])] = (parts[1], parts[2].strip() if len(parts) > 2 else "")

nmap = {}
for port in ET.parse(nmap_file).iter("port"):
    service = port.find("service")
    if service is None or port.find("state").get("state") != "open":
        continue
    text = service.get("name", "")
    if service.get("tunnel") == "ssl":
        text = "ssl/" + text
    if service.get("method") != "probed":
        text += "?"
    product = " ".join(x for x in (service.get("product"), service.get("version")) if x)
    nmap[int(port.get("portid"))] = (text, product)

ward = {}
facts = json.load(open(ward_file)).get("facts", {}).get("127.0.0.1", {})
for port, found in facts.items():
    product = " ".join(x for x in (found.get("product"), found.get("version")) if x)
    ward[int(port)] = (found.get("service", ""), product)

grab = {}
for line in open(grab_file):
    port, found = line.split()
    grab[int(port)] = found


def family(tool_name: str) -> str:
    name = tool_name.rstrip("?")
    aliases = {"ssl/http": "https", "ssl/https": "https", "ssl": "tls", "mariadb": "mysql",
               "hl7": "hl7-mllp"}
    return aliases.get(name, name)


def identified(expected: str, tool_name: str) -> bool:
    return bool(tool_name) and not tool_name.endswith("?") and family(tool_name) == expected


rows = []
counts = {"nmap": 0, "ward": 0, "grab": 0}
missing = []
for port in sorted(lab):
    expected, note = lab[port]
    n = nmap.get(port, ("", ""))
    w = ward.get(port, ("", ""))
    g = grab.get(port, "")
    ok = {"nmap": identified(expected, n[0]), "ward": identified(expected, w[0]), "grab": identified(expected, g)}
    for tool in counts:
        counts[tool] += ok[tool]
    if ok["nmap"] and not ok["ward"]:
        missing.append(port)
    mark = lambda good: "+" if good else "-"
    rows.append(f"{port:>6} {expected + ' ' + note:<38} {mark(ok['nmap'])} {(n[0] + ' ' + n[1]).strip():<34} "
                f"{mark(ok['ward'])} {(w[0] + ' ' + w[1]).strip():<30} {mark(ok['grab'])} {g}")

print(f"{'port':>6} {'lab':<38}   {'nmap -sV':<34}   {'ward (standard)':<30}   grab")
print("\n".join(rows))
nmap_s, ward_s, grab_s = t1 - t0, t2 - t1, t3 - t2
print(f"identified: nmap {counts['nmap']}/{len(lab)}, ward {counts['ward']}/{len(lab)}, grab {counts['grab']}/{len(lab)}")
print(f"time: nmap {nmap_s:.2f} s, ward {ward_s:.2f} s, grab {grab_s:.2f} s; "
      f"ward/nmap {ward_s / nmap_s:.2f}, ward/grab {ward_s / grab_s:.2f}")
print("ward identifies every service nmap identifies" if not missing
      else f"nmap identified but ward did not: {missing}")
