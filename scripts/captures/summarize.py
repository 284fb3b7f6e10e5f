#!/usr/bin/env python3
"""Writes SUMMARY.md for the reference captures (to standard output).

Everything in the summary is read back from the capture files with tshark, so
the text always matches the fixtures it sits beside.  The FTPS capture is
decrypted with its key log, which lets the summary show the FTP commands that
travel inside TLS.

Usage: summarize.py CAPTURE_DIR [--fact "name=value"]...
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from dataclasses import dataclass, field

PC_ADDRS = {"10.20.0.10", "fd00:20::10"}
PASSIVE_PORTS = range(40000, 40011)

CAPTURES = [
    ("ftp-passive.pcapng", "FTP, passive mode (PASV) over IPv4, files a.txt and b.txt."),
    ("ftp-active.pcapng", "FTP, active mode (PORT): the server opens each data connection from port 20."),
    ("ftp-passive-ipv6.pcapng", "FTP over IPv6, passive mode (EPSV)."),
    (
        "ftp-active-firewall.pcapng",
        "FTP, active mode, with a rule in the PC dropping new inbound connections until "
        "shortly after the first dropped SYN: the server retransmits its SYN.",
    ),
    (
        "ftps-passive.pcapng",
        "Explicit FTPS (AUTH TLS, PBSZ 0, PROT P), passive mode; decrypted here with "
        "ftps-passive.keys.",
    ),
    ("sftp.pcapng", "SFTP (OpenSSH sftp in batch mode) fetching a.txt."),
    ("scp.pcapng", "scp of a.txt (OpenSSH 9 scp runs the SFTP protocol underneath)."),
    ("scp-legacy.pcapng", "scp -O fetching a.txt: the legacy protocol, exec scp -f on the server."),
    ("sftp-upload.pcapng", "SFTP (OpenSSH sftp in batch mode) sending a.txt with put."),
    ("scp-upload.pcapng", "scp -O sending a.txt: the legacy protocol, exec scp -t on the server."),
]
FTP_CAPTURES = [
    "ftp-passive.pcapng",
    "ftp-active.pcapng",
    "ftp-passive-ipv6.pcapng",
    "ftp-active-firewall.pcapng",
]

FIELDS = [
    "frame.number",
    "frame.time_relative",
    "ip.src",
    "ipv6.src",
    "ip.dst",
    "ipv6.dst",
    "tcp.srcport",
    "tcp.dstport",
    "tcp.stream",
    "tcp.flags",
    "tcp.seq",
    "tcp.ack",
    "tcp.len",
    "tcp.window_size_value",
    "tcp.window_size",
    "tcp.option_kind",
    "tcp.options.mss_val",
    "tcp.options.wscale.shift",
    "tcp.analysis.retransmission",
    "ftp.request.command",
    "ftp.request.arg",
    "ftp.response.code",
    "ftp.response.arg",
    "frame.protocols",
    "_ws.col.Info",
    "arp.opcode",
    "icmpv6.type",
]

FLAG_NAMES = [(0x01, "FIN"), (0x02, "SYN"), (0x04, "RST"), (0x08, "PSH"), (0x10, "ACK"), (0x20, "URG")]
OPTION_NAMES = {0: "EOL", 1: "NOP", 2: "MSS", 3: "WS", 4: "SACK_PERM", 5: "SACK", 8: "TS"}


@dataclass
class Frame:
    no: int
    t: float
    src: str
    dst: str
    stream: int | None
    sport: int = 0
    dport: int = 0
    flags: int = 0
    seq: int = 0
    ack: int = 0
    length: int = 0
    win_raw: int = 0
    win: int = 0
    options: list[int] = field(default_factory=list)
    mss: str = ""
    wscale: str = ""
    retrans: bool = False
    requests: list[tuple[str, str]] = field(default_factory=list)
    replies: list[tuple[str, str]] = field(default_factory=list)
    protocols: str = ""
    info: str = ""
    arp: str = ""
    icmpv6: str = ""

    @property
    def to_server(self) -> bool:
        return self.src in PC_ADDRS

    @property
    def arrow(self) -> str:
        return "→" if self.to_server else "←"

    @property
    def syn(self) -> bool:
        return bool(self.flags & 0x02)

    @property
    def fin(self) -> bool:
        return bool(self.flags & 0x01)

    @property
    def bare_ack(self) -> bool:
        return self.length == 0 and self.flags & 0x17 == 0x10

    @property
    def tls(self) -> bool:
        return ":tls" in self.protocols

    @property
    def flag_text(self) -> str:
        return ",".join(name for bit, name in FLAG_NAMES if self.flags & bit)


def split(value: str) -> list[str]:
    return [v for v in value.split(";")] if value else []


def load(path: str, extra: list[str]) -> list[Frame]:
    cmd = [
        "tshark",
        "-r",
        path,
        "-o",
        "tcp.relative_sequence_numbers:TRUE",
        *extra,
        "-T",
        "fields",
        "-E",
        "separator=/t",
        "-E",
        "occurrence=a",
        "-E",
        "aggregator=;",
    ]
    for name in FIELDS:
        cmd += ["-e", name]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    frames = []
    for line in out.splitlines():
        v = dict(zip(FIELDS, line.split("\t")))
        f = Frame(
            no=int(v["frame.number"]),
            t=float(v["frame.time_relative"]),
            src=v["ip.src"] or v["ipv6.src"],
            dst=v["ip.dst"] or v["ipv6.dst"],
            stream=int(v["tcp.stream"]) if v["tcp.stream"] else None,
            protocols=v["frame.protocols"],
            info=v["_ws.col.Info"],
            arp=v["arp.opcode"],
            icmpv6=v["icmpv6.type"],
        )
        if f.stream is not None:
            f.sport = int(v["tcp.srcport"])
            f.dport = int(v["tcp.dstport"])
            f.flags = int(v["tcp.flags"], 16)
            f.seq = int(v["tcp.seq"])
            f.ack = int(v["tcp.ack"])
            f.length = int(v["tcp.len"])
            f.win_raw = int(v["tcp.window_size_value"])
            f.win = int(v["tcp.window_size"])
            f.options = [int(k) for k in split(v["tcp.option_kind"])]
            f.mss = v["tcp.options.mss_val"]
            f.wscale = v["tcp.options.wscale.shift"]
            f.retrans = bool(v["tcp.analysis.retransmission"])
            commands = split(v["ftp.request.command"])
            args = split(v["ftp.request.arg"])
            if len(args) != len(commands):
                args = [""] * len(commands)
            f.requests = list(zip(commands, args))
            codes = split(v["ftp.response.code"])
            texts = split(v["ftp.response.arg"])
            if len(texts) != len(codes):
                texts = [""] * len(codes)
            f.replies = list(zip(codes, texts))
        frames.append(f)
    return frames


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.3f}"


def ftp_text(f: Frame) -> str:
    parts = [f"{c} {a}".strip() for c, a in f.requests]
    parts += [f"{c} {a}".strip() for c, a in f.replies]
    return " | ".join(parts)


def note(f: Frame) -> str:
    if f.requests or f.replies:
        text = ftp_text(f)
        return f"[TLS] {text}" if f.tls else text
    if f.length == 0:
        return ""
    if "ftp-data" in f.protocols and not f.tls:
        return "file data"
    if f.tls:
        return "[TLS] " + f.info.split("] ")[-1]
    if ":ssh" in f.protocols:
        text = f.info.split("] ")[-1].strip()
        side, _, message = text.partition(":")
        message = message.strip() or "encrypted packet"
        return f"SSH {message}" if side else f"SSH {text}"
    if "reassembled" in f.info:
        return "(first part of a message completed by the next segment)"
    return ""


def role(frames: list[Frame]) -> str:
    first = frames[0]
    ports = {first.sport, first.dport}
    if 21 in ports:
        return "FTP control"
    if 22 in ports:
        return "SSH"
    if 20 in ports:
        return "FTP data (active, server from port 20)"
    if ports & set(PASSIVE_PORTS):
        return "FTP data (passive)"
    return "TCP"


def streams(frames: list[Frame]) -> dict[int, list[Frame]]:
    out: dict[int, list[Frame]] = {}
    for f in frames:
        if f.stream is not None:
            out.setdefault(f.stream, []).append(f)
    return out


def non_tcp_text(frames: list[Frame]) -> str:
    items = []
    for f in frames:
        if f.stream is not None:
            continue
        if f.arp:
            kind = "ARP request" if f.arp == "1" else "ARP reply"
        elif f.icmpv6:
            kind = {"135": "Neighbor Solicitation", "136": "Neighbor Advertisement"}.get(
                f.icmpv6, f"ICMPv6 type {f.icmpv6}"
            )
        else:
            kind = f.info
        items.append(f"#{f.no} {kind}")
    return ", ".join(items) if items else "none"


def options_text(f: Frame) -> str:
    names = []
    for kind in f.options:
        name = OPTION_NAMES.get(kind, str(kind))
        if kind == 2:
            name += f"={f.mss}"
        elif kind == 3:
            name += f"={f.wscale}"
        names.append(name)
    return " ".join(names)


def endpoint(addr: str, port: int) -> str:
    return f"[{addr}]:{port}" if ":" in addr else f"{addr}:{port}"


def connection_block(conn: list[Frame]) -> list[str]:
    first = conn[0]
    head = f"{role(conn)}: {endpoint(first.src, first.sport)} → {endpoint(first.dst, first.dport)}"
    lines = [f"**{head}**", "", "```", "frame  t (ms)    dir flags      len  note"]
    for f in conn:
        extra = note(f)
        if f.syn:
            extra = (extra + " " if extra else "") + f"win={f.win_raw} {options_text(f)}"
        if f.retrans:
            extra = "retransmission " + extra
        lines.append(f"{f.no:>5}  {ms(f.t):>9} {f.arrow}   {f.flag_text:<10} {f.length:>4}  {extra}".rstrip())
    lines += ["```", ""]
    return lines


def other_side_reaction(conn: list[Frame], index: int) -> tuple[Frame | None, Frame | None]:
    """First segment the other side sends after conn[index], and its first payload."""
    sender_to_server = conn[index].to_server
    first = payload = None
    for f in conn[index + 1 :]:
        if f.to_server == sender_to_server:
            if first is None and (f.length > 0 or f.fin):
                # The sender spoke again before any answer: no reaction of its own.
                return None, f
            continue
        if first is None:
            first = f
        if f.length > 0 or f.fin:
            payload = f
            break
    return first, payload


@dataclass
class Reaction:
    kind: str  # "bare ACK first", "answer carries the ACK" or "no ACK of its own"
    text: str
    ack_delay: float | None = None


def reaction(conn: list[Frame], index: int) -> Reaction:
    base = conn[index]
    first, payload = other_side_reaction(conn, index)
    if first is None:
        if payload is not None:
            return Reaction(
                "no ACK of its own",
                f"nothing before #{payload.no} ({label(payload)}); acknowledged together with it",
            )
        return Reaction("no ACK of its own", "nothing")
    if first.bare_ack:
        text = f"bare ACK (+{ms(first.t - base.t)} ms)"
        if payload is not None:
            text += f", then {label(payload)} (+{ms(payload.t - base.t)} ms)"
        return Reaction("bare ACK first", text, first.t - base.t)
    return Reaction("answer carries the ACK", f"{label(first)} at once (+{ms(first.t - base.t)} ms)")


def label(f: Frame) -> str:
    if f.requests:
        return f.requests[0][0]
    if f.replies:
        return f.replies[0][0]
    if f.fin:
        return f.flag_text
    if f.length:
        return f"{f.length} bytes"
    return f.flag_text


def table(headers: list[str], rows: list[list[str]]) -> list[str]:
    # A pipe inside a cell (EPSV replies) would end the cell, even inside backticks.
    body = [[cell.replace("|", "\\|") for cell in row] for row in rows]
    widths = [max([len(headers[i]), 3] + [len(row[i]) for row in body]) for i in range(len(headers))]

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(cell.ljust(widths[i]) for i, cell in enumerate(cells)) + " |"

    lines = [line(headers), "| " + " | ".join("-" * width for width in widths) + " |"]
    return lines + [line(row) for row in body] + [""]


def tidy(lines: list[str]) -> str:
    """One space between sentences outside code blocks, as the project's formatter wants."""
    out = []
    in_code = False
    for text in lines:
        if text.startswith("```"):
            in_code = not in_code
        elif not in_code and not text.startswith("|"):
            text = re.sub(r"([.?!])  +(?=\S)", r"\1 ", text)
        if not in_code and text == "" and (not out or out[-1] == ""):
            continue
        out.append(text)
    return "\n".join(out).rstrip("\n") + "\n"


@dataclass
class ReactionRow:
    capture: str
    key: str
    message: str
    result: Reaction


def control_reactions(name: str, frames: list[Frame]) -> tuple[list[ReactionRow], list[ReactionRow]]:
    """How each side reacted to the other's FTP messages on the control connection."""
    to_server: list[ReactionRow] = []
    to_pc: list[ReactionRow] = []
    for conn in streams(frames).values():
        if role(conn) != "FTP control":
            continue
        last_command = "connect"
        for i, f in enumerate(conn):
            if f.to_server and f.requests:
                last_command = f.requests[0][0]
                to_server.append(ReactionRow(name, last_command, f"#{f.no} {ftp_text(f)}", reaction(conn, i)))
            elif not f.to_server and f.replies:
                key = f"{f.replies[0][0]} (to {last_command})"
                to_pc.append(ReactionRow(name, key, f"#{f.no} {ftp_text(f)}", reaction(conn, i)))
    return to_server, to_pc


def aggregate(rows: list[ReactionRow]) -> list[list[str]]:
    """One line per message type: how often each reaction was seen."""
    groups: dict[str, dict[str, list[Reaction]]] = {}
    for row in rows:
        family = "FTPS" if row.capture.startswith("ftps") else "FTP"
        groups.setdefault(f"{row.key} [{family}]", {}).setdefault(row.result.kind, []).append(row.result)
    out = []
    for key, kinds in groups.items():
        cells = []
        for kind, results in kinds.items():
            cell = f"{len(results)}× {kind}"
            delays = [r.ack_delay for r in results if r.ack_delay is not None]
            if delays:
                span = ms(min(delays)) if len(delays) == 1 else f"{ms(min(delays))}–{ms(max(delays))}"
                cell += f" (ACK after {span} ms)"
            cells.append(cell)
        out.append([key, "; ".join(cells)])
    return out


def data_connections(frames: list[Frame]) -> list[list[Frame]]:
    return [c for c in streams(frames).values() if role(c).startswith("FTP data")]


def data_ack_pattern(conn: list[Frame]) -> str:
    sender_to_server = sum(f.length for f in conn if f.to_server) > sum(
        f.length for f in conn if not f.to_server
    )
    tokens = []
    for f in conn:
        if f.syn or (f.bare_ack and f.seq == 1 and f.ack == 1):
            continue
        push = "*" if f.flags & 0x08 else ""
        if f.to_server == sender_to_server:
            if f.fin:
                tokens.append("FIN")
            elif f.length:
                tokens.append(f"D{f.length}{push}")
            elif f.bare_ack:
                tokens.append("A")
        elif f.bare_ack:
            tokens.append("a")
        elif f.fin:
            tokens.append("fin")
        elif f.length:
            tokens.append(f"r{f.length}{push}")
    return " ".join(tokens)


def close_pattern(conn: list[Frame]) -> str:
    fins = [f for f in conn if f.fin]
    if not fins:
        return "no FIN"
    first = fins[0]
    who = "PC" if first.to_server else "server"
    rest = [f for f in conn if f.no > first.no]
    other = [f for f in rest if f.to_server != first.to_server]
    if not other:
        return f"{who} FIN first; no answer captured"
    answer = other[0]
    if answer.fin:
        kind = "combined FIN,ACK (acknowledges the FIN)" if answer.ack == first.seq + 1 else "FIN,ACK"
    elif answer.bare_ack:
        later = next((f for f in other if f.fin), None)
        gap = f", FIN {ms(later.t - answer.t)} ms later" if later else ""
        kind = f"separate bare ACK{gap}"
    else:
        kind = f"{answer.flag_text} len {answer.length}"
    return f"{who} FIN first (#{first.no}); other side: {kind}"


def transfer_orders(frames: list[Frame]) -> list[str]:
    """Control and data events from each PASV/EPSV/PORT to the 226, in wire order."""
    conns = streams(frames)
    control = next((c for c in conns.values() if role(c) == "FTP control"), None)
    if control is None:
        return []
    data_streams = {c[0].stream for c in conns.values() if role(c).startswith("FTP data")}
    out = []
    starts = [f for f in control if f.to_server and f.requests and f.requests[0][0] in ("PASV", "EPSV", "PORT")]
    for start in starts:
        end = next(
            (f for f in control if f.no > start.no and f.replies and f.replies[0][0] == "226"),
            None,
        )
        if end is None:
            continue
        tokens = []
        for f in frames:
            if f.no < start.no or f.no > end.no or f.stream is None:
                continue
            side = "PC" if f.to_server else "srv"
            if f.stream == control[0].stream:
                tokens.append(f"ctl {side} {label(f) if (f.requests or f.replies) else 'ACK'}")
            elif f.stream in data_streams:
                if f.length and not f.fin:
                    what = f"data {f.length}"
                else:
                    what = f.flag_text
                tokens.append(f"data {side} {what}" if not what.startswith("data") else f"{what} ({side})")
        out.append(" → ".join(tokens))
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("dir")
    parser.add_argument("--fact", action="append", default=[])
    args = parser.parse_args()

    loaded: dict[str, list[Frame]] = {}
    for name, _ in CAPTURES:
        extra: list[str] = []
        if name.startswith("ftps"):
            keys = os.path.join(args.dir, "ftps-passive.keys")
            # The data connections carry TLS, not plain FTP data: hand them to TLS.
            extra = [
                "-o",
                f"tls.keylog_file:{keys}",
                "--disable-protocol",
                "ftp-data",
                "-d",
                "tcp.port==40000-40010,tls",
            ]
        loaded[name] = load(os.path.join(args.dir, name), extra)
    pcap = load(os.path.join(args.dir, "ftp-passive.pcap"), [])

    w = []
    w += [
        "# Reference captures: summary",
        "",
        "Recorded by `scripts/captures/make-captures.sh` between two network namespaces joined by",
        "a veth pair (MTU 1500, offloads off): the PC is 10.20.0.10 / fd00:20::10, the server",
        "10.20.0.20 / fd00:20::20.  Every capture is taken on the PC's interface.  This file is",
        "generated from the captures by `scripts/captures/summarize.py`.",
        "",
        "Direction: `→` PC to server, `←` server to PC.  `len` is the TCP payload length.",
        "Times are milliseconds since the first frame of the capture.",
        "",
        "## Environment",
        "",
    ]
    for fact in args.fact:
        key, _, value = fact.partition("=")
        w.append(f"- {key}: `{' '.join(value.split())}`")
    w.append("")

    w += ["## Captures", ""]
    base = loaded["ftp-passive.pcapng"]
    same = len(base) == len(pcap) and all(
        (a.length, a.flags, a.seq, a.ack, a.src) == (b.length, b.flags, b.seq, b.ack, b.src)
        and abs(a.t - b.t) < 1e-6
        for a, b in zip(base, pcap)
    )
    for name, description in CAPTURES:
        frames = loaded[name]
        w += [f"### {name}", "", description, ""]
        w += [f"{len(frames)} frames.  Before TCP: {non_tcp_text(frames)}.", ""]
        for conn in streams(frames).values():
            w += connection_block(conn)
        if name == "ftp-passive.pcapng":
            verdict = (
                "the same frames, with times cut to microseconds"
                if same
                else "NOT the same frames (check the script)"
            )
            w += [f"`ftp-passive.pcap` (classic libpcap) holds {verdict}.", ""]

    w += ["## Observations for the simulator", ""]

    # 1. Bare ACKs before replies.
    to_server: list[ReactionRow] = []
    to_pc: list[ReactionRow] = []
    for name in FTP_CAPTURES + ["ftps-passive.pcapng"]:
        a, b = control_reactions(name, loaded[name])
        to_server += a
        to_pc += b
    w += [
        "### 1. Bare ACK before the application's answer?",
        "",
        "Server side: after each FTP command, is the server's first segment on the control",
        "connection a bare ACK (the kernel acknowledged before vsftpd answered) or the reply",
        "itself carrying the acknowledgement?  Counted over the four plain FTP captures and,",
        "separately, the FTPS one (commands read through the decryption).",
        "",
    ]
    w += table(["command", "server's first segment after it"], aggregate(to_server))
    w += ["PC side: after each reply, the PC's first segment on the control connection.", ""]
    w += table(["reply", "PC's first segment after it"], aggregate(to_pc))
    w += [
        "How to read this: Linux acknowledges at once unless the connection looks",
        "interactive, in which case it holds the ACK back (at first about 40 ms) hoping to",
        "send it with data.  The first command after the greeting (USER, or AUTH TLS) is",
        "acknowledged at once.  PASS keeps vsftpd busy (PAM) for longer than the",
        "delayed-ACK timer, so a bare ACK leaves some 40 ms after PASS and the reply much",
        "later; after that timer has fired the next command is again acknowledged at once.",
        "The remaining commands are answered within a fraction of a millisecond and the",
        "reply carries the ACK, except where vsftpd has to wait: RETR in the firewall",
        "capture (the data connection takes 3 s) gets the 40 ms bare ACK too, and the",
        "command after it is acknowledged at once again.  On the PC, 150 never gets an",
        "ACK of its own: the 226 follows within a millisecond and one bare ACK covers both.",
        "",
        "Details, message by message:",
        "",
    ]
    w += table(
        ["capture", "command (PC → server)", "server's first segment after it"],
        [[r.capture, r.message, r.result.text] for r in to_server],
    )
    w += table(
        ["capture", "reply (server → PC)", "PC's first segment after it"],
        [[r.capture, r.message, r.result.text] for r in to_pc],
    )
    w += [
        "Data connections, segment by segment after the handshake: `D` payload from the",
        "side sending the file, `r` payload from the other side, `a`/`A` a bare ACK from",
        "the receiving/sending side, `FIN`/`fin` the sending/receiving side's FIN, `*` PSH",
        "set.",
        "",
    ]
    plain_segments = acked = pushed = 0
    for name in FTP_CAPTURES:
        for conn in data_connections(loaded[name]):
            tokens = data_ack_pattern(conn).split()
            for i, token in enumerate(tokens):
                if token.startswith("D"):
                    plain_segments += 1
                    acked += i + 1 < len(tokens) and tokens[i + 1] == "a"
                    pushed += token.endswith("*")
    w += [
        f"In the plain FTP captures {acked} of {plain_segments} data segments were followed",
        f"directly by their own bare ACK; {pushed} of {plain_segments} carried PSH (Linux sets",
        "PSH on the segment that empties the send buffer, so a full-sized segment followed",
        "by more data goes without it).",
        "",
    ]
    for name in FTP_CAPTURES + ["ftps-passive.pcapng"]:
        for conn in data_connections(loaded[name]):
            w.append(f"- {name} #{conn[0].no}: `{data_ack_pattern(conn)}`")
    w.append("")

    # 2. Closing.
    w += ["### 2. Closing", "", "Data connections:", ""]
    for name in FTP_CAPTURES + ["ftps-passive.pcapng"]:
        for conn in data_connections(loaded[name]):
            w.append(f"- {name} data #{conn[0].no}: {close_pattern(conn)}")
    w += ["", "Control and SSH connections:", ""]
    for name, _ in CAPTURES:
        for conn in streams(loaded[name]).values():
            if role(conn) in ("FTP control", "SSH"):
                w.append(f"- {name} {role(conn)}: {close_pattern(conn)}")
    w += [
        "",
        "Who closes the FTP control connection first is a race: vsftpd closes right after",
        "writing 221 and ftplib closes right after reading it, so either FIN can come",
        "first and separate runs of the script differ.  Whichever side is second answers",
        "with one combined FIN,ACK: a Linux socket that receives a FIN holds its ACK back,",
        "and the application closes within a fraction of a millisecond, so the ACK rides",
        "on its own FIN.  The same holds on the data connections.  sftp and scp",
        "usually close first from the PC, and sshd acknowledges at once and sends its",
        "own FIN some milliseconds later; but after a legacy `scp -O` download the",
        "server's FIN can come first (scp-legacy.pcapng), because both ends close",
        "within a millisecond of the SSH disconnect.",
        "",
    ]

    # 3. Order of 150 / data / FIN / 226.
    w += [
        "### 3. Order of 150, data, FIN and 226 on the wire",
        "",
        "From each PASV/EPSV/PORT to the 226, control (`ctl`) and data connection events",
        "in wire order.",
        "",
    ]
    transfers = before_data = after_close = 0
    for name in FTP_CAPTURES + ["ftps-passive.pcapng"]:
        w.append(f"{name}:")
        w.append("")
        for order in transfer_orders(loaded[name]):
            w.append(f"- {order}")
            steps = order.split(" → ")
            transfers += 1
            first_data = next(i for i, step in enumerate(steps) if step.startswith("data") and "(" in step)
            before_data += steps.index("ctl srv 150") < first_data
            last_data = max(i for i, step in enumerate(steps) if step.startswith("data"))
            after_close += steps.index("ctl srv 226") > last_data
        w.append("")
    w += [
        f"150 went out before any payload on the data connection in {before_data} of {transfers}",
        f"transfers, and 226 after the data connection's last segment (the final ACK of",
        f"its close) in {after_close} of {transfers}, which fits vsftpd waiting for the PC to",
        "close its end before reporting success.  In passive mode the PC opens the data",
        "connection right after 227/229, before it sends RETR; in active mode the server",
        "connects only after RETR and sends 150 once its connection is established (in the",
        "firewall capture, 150 waits for the retransmitted SYN to get through).",
        "",
    ]

    # 4. TCP options and windows.
    w += ["### 4. TCP options and windows", ""]
    rows = []
    seen = set()
    for name, _ in CAPTURES:
        for f in loaded[name]:
            if not f.syn:
                continue
            kind = "SYN-ACK" if f.flags & 0x10 else "SYN"
            family = "IPv6" if ":" in f.src else "IPv4"
            sender = "PC" if f.to_server else "server"
            key = (kind, family, sender, f.win_raw, options_text(f))
            if key in seen:
                continue
            seen.add(key)
            rows.append([kind, family, sender, str(f.win_raw), options_text(f), f"{name} #{f.no}"])
    w += table(["segment", "family", "sent by", "window", "options in wire order", "first seen"], rows)
    w += [
        "Every SYN and SYN-ACK carries the same options in the same order (Linux's layout:",
        "MSS, SACK permitted and timestamps, one NOP, window scale).  The SYN window is a",
        "whole number of MSS (64240 = 44 × 1460, 64800 = 45 × 1440); the SYN-ACK window",
        "a whole number of MSS minus the 12 bytes of timestamp option (65160 = 45 × 1448,",
        "64260 = 45 × 1428).  Windows in SYN and SYN-ACK are never scaled.  The shift",
        "follows the largest receive buffer allowed (third value of net.ipv4.tcp_rmem under",
        "Environment); with Linux's usual 6 MB it would be 7 instead of 10.",
        "",
    ]
    w += [
        "Window after the handshake (raw field value, and scaled by the shift each side",
        "announced), first segment and range over the connection:",
        "",
    ]
    rows = []
    for name, _ in CAPTURES:
        for conn in streams(loaded[name]).values():
            for to_server in (True, False):
                segs = [f for f in conn if f.to_server == to_server and not f.syn]
                if not segs:
                    continue
                raws = [f.win_raw for f in segs]
                rows.append(
                    [
                        name,
                        f"#{conn[0].no} {role(conn)}",
                        "PC" if to_server else "server",
                        f"{segs[0].win_raw} ({segs[0].win})",
                        f"{min(raws)}–{max(raws)}",
                        f"{min(f.win for f in segs)}–{max(f.win for f in segs)}",
                    ]
                )
    w += table(["capture", "connection", "sender", "first", "raw range", "scaled range"], rows)

    # 5. SYN retransmissions.
    w += ["### 5. SYN retransmissions (ftp-active-firewall.pcapng)", ""]
    fw = loaded["ftp-active-firewall.pcapng"]
    for conn in data_connections(fw):
        syns = [f for f in conn if f.syn and not f.flags & 0x10]
        if len(syns) < 2:
            continue
        t0 = syns[0].t
        times = [f"{f.t - t0:.6f}" for f in syns]
        gaps = [f"{b.t - a.t:.6f}" for a, b in zip(syns, syns[1:])]
        synack = next((f for f in conn if f.syn and f.flags & 0x10), None)
        w.append(f"- SYNs from port 20 at (s after the first): {', '.join(times)}")
        w.append(f"- gaps between them (s): {', '.join(gaps)}")
        if synack is not None:
            w.append(f"- SYN-ACK from the PC: {synack.t - t0:.6f} s after the first SYN")
        w.append("")
    for fact in args.fact:
        if "syn" in fact:
            key, _, value = fact.partition("=")
            w.append(f"- {key} = {value}")
    w += [
        "",
        "The SYN left again about every second, not after 1, 3 and 7 s: with",
        "`tcp_syn_linear_timeouts` the first retransmissions of a connecting socket keep",
        "the initial timeout of 1 s (plus timer slack) before exponential backoff starts.",
        "Dropped SYNs are visible because the capture sees frames before the firewall.",
        "The SYN that finally got through was answered by the PC's SYN-ACK at once.",
        "",
    ]

    # 6. Reply texts.
    w += ["### 6. vsftpd reply texts", ""]
    replies: dict[tuple[str, str], dict[str, None]] = {}
    for name in FTP_CAPTURES + ["ftps-passive.pcapng"]:
        for conn in streams(loaded[name]).values():
            if role(conn) != "FTP control":
                continue
            last_command = "(connection opened)"
            for f in conn:
                if f.requests:
                    last_command = f.requests[0][0]
                for code, text in f.replies:
                    # A dict keeps first-seen order without duplicates.
                    replies.setdefault((code, text), {})[last_command] = None
    rows = [[code, f"`{code} {text}`", ", ".join(where)] for (code, text), where in replies.items()]
    w += [
        "Every reply is a single line ending in CRLF.  The port in 227/229 is whichever",
        "one vsftpd picked from 40000–40010, so it changes between runs.",
        "",
    ]
    w += table(["code", "exact line (without CRLF)", "answer to"], rows)

    sys.stdout.write(tidy(w))
    return 0


if __name__ == "__main__":
    sys.exit(main())
