#!/usr/bin/env python3
"""An HL7 v2 listener over MLLP for Ward's scanner tests, built on hl7apy's MLLPServer.

Usage: mllp_listener.py PORT LOG [MODE]

Listens on 127.0.0.1:PORT. Every message received is appended to LOG (one line, segments joined by " / "), so
that a test can check what the scanner sent. MODE says how the listener answers:

  accept   (default) an ACK with MSA-1 "AA" to an NMQ^N01, and an ACK "AR" to any other message type;
  reject   an ACK "AR" (unsupported message type, ERR code 200) to every message, NMQ included.

Answers are built with hl7apy, with sending application WARD-TEST-LISTENER, facility WARD-TEST-LAB and the
version the incoming message named. The listener runs until it is killed.
"""

import sys

from hl7apy.core import Message
from hl7apy.mllp import AbstractErrorHandler, AbstractHandler, MLLPServer, UnsupportedMessageType

APPLICATION = "WARD-TEST-LISTENER"
FACILITY = "WARD-TEST-LAB"
SUPPORTED_VERSIONS = {"2.3", "2.3.1", "2.4", "2.5", "2.5.1", "2.6"}


def header_fields(text):
    """The fields of the MSH segment of an ER7 message, numbered as HL7 numbers them (index 1 is MSH-1)."""
    segment = text.replace("\n", "\r").split("\r")[0]
    if not segment.startswith("MSH") or len(segment) < 4:
        return {}
    separator = segment[3]
    parts = segment.split(separator)
    fields = {1: separator}
    for number, value in enumerate(parts[1:], start=2):
        fields[number] = value
    return fields


def log(text):
    with open(LOG, "a", encoding="utf-8") as handle:
        handle.write(" / ".join(s for s in text.replace("\n", "\r").split("\r") if s) + "\n")


def acknowledgment(incoming, code, error_text=None):
    fields = header_fields(incoming)
    version = fields.get(12, "").split("^")[0]
    if version not in SUPPORTED_VERSIONS:
        version = "2.5"
    trigger = fields.get(9, "").split("^")
    ack = Message("ACK", version=version)
    ack.msh.msh_3 = APPLICATION
    ack.msh.msh_4 = FACILITY
    ack.msh.msh_5 = fields.get(3, "")
    ack.msh.msh_6 = fields.get(4, "")
    ack.msh.msh_9 = "ACK^" + (trigger[1] if len(trigger) > 1 else "") + "^ACK"
    ack.msh.msh_10 = "ACK" + fields.get(10, "")[:17]
    ack.msh.msh_11 = fields.get(11, "P") or "P"
    ack.msh.msh_12 = version
    ack.msa.msa_1 = code
    ack.msa.msa_2 = fields.get(10, "")
    if error_text is not None:
        err = ack.add_segment("ERR")
        err.err_3 = "200^Unsupported message type^HL70357"
        err.err_4 = "E"
        err.err_8 = error_text
    return "\x0b" + ack.to_er7() + "\r\x1c\r"


class Accept(AbstractHandler):
    def reply(self):
        log(self.incoming_message)
        return acknowledgment(self.incoming_message, "AA")


class Refuse(AbstractErrorHandler):
    def reply(self):
        log(self.incoming_message)
        if isinstance(self.exc, UnsupportedMessageType):
            return acknowledgment(self.incoming_message, "AR", "Unsupported message type")
        return acknowledgment(self.incoming_message, "AE", "Message not understood")


if __name__ == "__main__":
    PORT = int(sys.argv[1])
    LOG = sys.argv[2]
    MODE = sys.argv[3] if len(sys.argv) > 3 else "accept"
    handlers = {"ERR": (Refuse,)}
    if MODE == "accept":
        handlers["NMQ^N01"] = (Accept,)
        handlers["NMQ^N01^NMQ_N01"] = (Accept,)
    server = MLLPServer("127.0.0.1", PORT, handlers, timeout=10)
    server.serve_forever()
