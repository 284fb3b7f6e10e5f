#!/usr/bin/env python3
"""One FTP or FTPS session for the reference captures.

The exchange is kept exactly to: connect, USER/PASS, TYPE I, one RETR per
file, QUIT.  ftplib's retrbinary() would send its own TYPE I before every
RETR, so the transfer loop below mirrors retrbinary() without that command.
With --tls the session is explicit FTPS: AUTH TLS, login, PBSZ 0 and PROT P
(prot_p), then the same TYPE I / RETR / QUIT sequence.
"""

import argparse
import ftplib
import os
import ssl
import sys


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", required=True)
    parser.add_argument("--port", type=int, default=21)
    parser.add_argument("--user", default="learner")
    parser.add_argument("--password", default="secret")
    parser.add_argument("--mode", choices=("passive", "active"), default="passive")
    parser.add_argument("--tls", action="store_true", help="explicit FTPS (AUTH TLS)")
    parser.add_argument("--cafile", help="certificate that signs the server certificate")
    parser.add_argument("--keylog", help="append TLS secrets here (SSLKEYLOGFILE format)")
    parser.add_argument("--out", required=True, help="directory for the downloaded files")
    parser.add_argument("files", nargs="+")
    return parser.parse_args()


def tls_context(cafile: str | None, keylog: str | None) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if keylog:
        # Lets tshark decrypt the capture, so the summary can show the FTP
        # commands that travel inside TLS.
        context.keylog_filename = keylog
    if cafile:
        context.load_verify_locations(cafile)
    else:
        # Without the generated certificate there is nothing to check against.
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def fetch(ftp: ftplib.FTP, name: str) -> bytes:
    chunks = []
    conn = ftp.transfercmd("RETR " + name)
    try:
        while True:
            data = conn.recv(8192)
            if not data:
                break
            chunks.append(data)
        if isinstance(conn, ssl.SSLSocket):
            # Same as retrbinary(): answer the server's close_notify.
            conn.unwrap()
    finally:
        conn.close()
    ftp.voidresp()
    return b"".join(chunks)


def main() -> int:
    args = parse_args()
    if args.tls:
        ftp: ftplib.FTP = ftplib.FTP_TLS(context=tls_context(args.cafile, args.keylog))
    else:
        ftp = ftplib.FTP()
    ftp.connect(args.host, args.port)
    ftp.login(args.user, args.password)
    if isinstance(ftp, ftplib.FTP_TLS):
        ftp.prot_p()
    ftp.set_pasv(args.mode == "passive")
    ftp.voidcmd("TYPE I")
    for name in args.files:
        data = fetch(ftp, name)
        with open(os.path.join(args.out, name), "wb") as handle:
            handle.write(data)
        print(f"{name}: {len(data)} bytes")
    ftp.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
