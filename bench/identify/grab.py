#!/usr/bin/env python3
"""The limit for service identification: the least a program can do to name what listens on each port.

Usage: grab.py HOST PORT,PORT,...

Connects to every port at once, reads what the service says first (at most 2 s), and otherwise sends one HTTP
request on a new connection (at most 2 s for the answer). Prints one line per port: the port and a name (ssh, ftp,
smtp, mysql, vnc, http or unknown). It knows no TLS, no DICOM, no HL7 and no database handshake: it is a floor for
the time identification takes, not a scanner.
"""

import asyncio
import sys


def name(first: bytes) -> str:
    if first.startswith(b"SSH-"):
        return "ssh"
    if first.startswith(b"220") and b"FTP" in first.upper():
        return "ftp"
    if first.startswith(b"220"):
        return "smtp"
    if first.startswith(b"RFB "):
        return "vnc"
    if len(first) > 5 and first[4] == 0x0A:
        return "mysql"
    if first.startswith(b"HTTP/"):
        return "http"
    return "unknown"


async def read(host: str, port: int, send: bytes | None) -> bytes:
    try:
        reader, writer = await asyncio.wait_for(asyncio.open_connection(host, port), 2)
    except (OSError, asyncio.TimeoutError):
        return b""
    try:
        if send:
            writer.write(send)
            await writer.drain()
        return await asyncio.wait_for(reader.read(1024), 2)
    except (OSError, asyncio.TimeoutError):
        return b""
    finally:
        writer.close()


async def identify(host: str, port: int) -> str:
    first = await read(host, port, None)
    if first:
        return name(first)
    return name(await read(host, port, b"GET / HTTP/1.0\r\nHost: " + host.encode() + b"\r\n\r\n"))


async def main() -> None:
    host, ports = sys.argv[1], [int(p) for p in sys.argv[2].split(",")]
    names = await asyncio.gather(*(identify(host, port) for port in ports))
    for port, found in zip(ports, names):
        print(port, found)


asyncio.run(main())
