#!/usr/bin/env python3
"""The limit for the nmap import: the least work any importer must do, a streaming parse of the file into per-host
records (Python's expat-based iterparse, clearing each host as it goes), with no database.

    python3 bench/inventory/parse_limit.py FILE.xml
"""
import sys
import xml.etree.ElementTree as ET

hosts = ports = 0
for _, element in ET.iterparse(sys.argv[1], events=("end",)):
    if element.tag == "host":
        hosts += 1
        ports += len(element.findall("./ports/port"))
        element.clear()
print(f"{hosts} hosts, {ports} ports")
