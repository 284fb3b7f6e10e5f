#!/usr/bin/env bash
# Makes small real captures for the capture reader's tests, and beside each one the packet list tshark
# prints for it (NAME.tshark.tsv), which the tests compare the reader with.
#
# Everything runs inside a network namespace of its own, on its loopback interface, so that no other
# traffic of the machine ends up in the captures:
#   http.pcapng      python3 -m http.server; GET requests over IPv4 and IPv6, a 404, a large file
#   dns-icmp.pcap    DNS queries and answers over UDP, then a datagram to a closed port and the ICMP
#                    "port unreachable" it gets (classic pcap, Linux cooked header: captured on "any")
#   tls.pcapng       openssl s_server and s_client, TLS 1.2 then TLS 1.3, an HTTP request inside
#
# Needs root (for the namespace), tshark, python3 and openssl.
#
# Usage: scripts/captures/make-loopback-captures.sh              make the captures and their listings
#        scripts/captures/make-loopback-captures.sh --tsv FILE...  only (re)write the listings of FILEs
set -euo pipefail

OUT=tests/fixtures/captures/loopback
FIELDS=(
  frame.number frame.time_relative ip.src ip.dst ipv6.src ipv6.dst
  tcp.srcport tcp.dstport udp.srcport udp.dstport tcp.flags tcp.seq tcp.ack tcp.len udp.length
  tcp.stream udp.stream tcp.analysis.retransmission icmp.type icmpv6.type
  ftp.request.command ftp.response.code http.request.method http.response.code
  tls.record.content_type tls.record.opaque_type tls.handshake.type dns.flags.response dns.qry.name
)

# The listing tshark prints for a capture. IP reassembly is off: the reader does not reassemble fragments.
write_tsv() {
  local args=() f
  for f in "${FIELDS[@]}"; do args+=(-e "$f"); done
  for f in "$@"; do
    tshark -r "$f" -T fields -E header=y -E separator=/t -o ip.defragment:FALSE -o ipv6.defragment:FALSE \
      "${args[@]}" >"${f%.*}.tshark.tsv" 2>/dev/null
    echo "wrote ${f%.*}.tshark.tsv"
  done
}

if [[ "${1:-}" == "--tsv" ]]; then
  shift
  write_tsv "$@"
  exit 0
fi

cd "$(dirname "$0")/../.."
NS="tcpip-animation-captures-$$"
WORK="$(mktemp -d)"
PIDS=()

cleanup() {
  local pid
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  ip netns del "$NS" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

ip netns add "$NS"
# An Ethernet-sized MTU, so that a file of a few kilobytes takes several segments as on a real network.
ip netns exec "$NS" ip link set lo mtu 1500 up
in_ns() { ip netns exec "$NS" "$@"; }

# Starts a program in the namespace in the background and remembers it for the cleanup.
background() {
  ip netns exec "$NS" "$@" >>"$WORK/background.log" 2>&1 &
  PIDS+=("$!")
}

wait_for_port() {
  local proto=$1 port=$2 i
  for i in $(seq 100); do
    if in_ns ss -ln"${proto:0:1}" | grep -q ":$port "; then return 0; fi
    sleep 0.05
  done
  echo "nothing listens on $proto port $port" >&2
  return 1
}

# capture NAME INTERFACE FORMAT FILTER COMMAND...: records COMMAND's traffic into $OUT/NAME.
capture() {
  local name=$1 iface=$2 format=$3 filter=$4 file
  shift 4
  file="$WORK/$name"
  ip netns exec "$NS" tshark -i "$iface" -F "$format" -f "$filter" -w "$file" >"$WORK/tshark.log" 2>&1 &
  local pid=$!
  local i
  for i in $(seq 100); do
    grep -q "Capturing on" "$WORK/tshark.log" && break
    sleep 0.05
  done
  "$@"
  sleep 0.5
  kill -TERM "$pid"
  wait "$pid" || true
  mkdir -p "$OUT"
  cp "$file" "$OUT/$name"
  chmod 644 "$OUT/$name"
  write_tsv "$OUT/$name"
}

# HTTP ----------------------------------------------------------------------------------------------
mkdir -p "$WORK/www"
printf 'Hello from the capture test.\n' >"$WORK/www/hello.txt"
python3 -c 'import sys; sys.stdout.write("".join("line %05d of a file large enough for several segments\n" % i for i in range(400)))' \
  >"$WORK/www/big.txt"
background python3 -m http.server 80 --bind :: --directory "$WORK/www"
wait_for_port tcp 80

http_client() {
  in_ns python3 - <<'PY'
import http.client
for host, path in [("127.0.0.2", "/hello.txt"), ("127.0.0.2", "/missing.txt"), ("::1", "/hello.txt"), ("127.0.0.2", "/big.txt")]:
    c = http.client.HTTPConnection(host, 80, timeout=5)
    c.request("GET", path)
    c.getresponse().read()
    c.close()
PY
}
capture http.pcapng lo pcapng "tcp port 80" http_client

# DNS and ICMP -------------------------------------------------------------------------------------
# A background job's standard input is /dev/null, so the server's program goes through a file.
cat >"$WORK/dns-server.py" <<'PY'
import socket, struct
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(("127.0.0.2", 53))
while True:
    query, peer = s.recvfrom(512)
    qid, flags, qd = struct.unpack("!HHH", query[:6])
    end = 12
    while query[end] != 0:
        end += query[end] + 1
    question = query[12:end + 5]
    qtype = struct.unpack("!H", query[end + 1:end + 3])[0]
    if qtype == 1:
        answer = b"\xc0\x0c" + struct.pack("!HHIH", 1, 1, 300, 4) + bytes([192, 0, 2, 80])
    else:
        answer = b"\xc0\x0c" + struct.pack("!HHIH", 28, 1, 300, 16) + bytes.fromhex("20010db8000000000000000000000050")
    header = struct.pack("!HHHHHH", qid, 0x8180, 1, 1, 0, 0)
    s.sendto(header + question + answer, peer)
PY
background python3 "$WORK/dns-server.py"
wait_for_port udp 53

dns_client() {
  in_ns python3 - <<'PY'
import socket, struct
def query(qid, name, qtype):
    q = b"".join(bytes([len(p)]) + p.encode() for p in name.split(".")) + b"\0"
    return struct.pack("!HHHHHH", qid, 0x0100, 1, 0, 0, 0) + q + struct.pack("!HH", qtype, 1)
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.settimeout(2)
s.sendto(query(0x1234, "files.example.test", 1), ("127.0.0.2", 53))
s.recvfrom(512)
s.sendto(query(0x1235, "files.example.test", 28), ("127.0.0.2", 53))
s.recvfrom(512)
# Nothing listens on port 54: the answer is an ICMP port unreachable.
other = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
other.settimeout(1)
other.sendto(b"is anybody there?", ("127.0.0.2", 54))
try:
    other.recvfrom(512)
except OSError:
    pass
PY
}
capture dns-icmp.pcap any pcap "udp or icmp" dns_client

# TLS ------------------------------------------------------------------------------------------------
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj /CN=capture.test -days 3650 \
  -keyout "$WORK/key.pem" -out "$WORK/cert.pem" 2>/dev/null
background openssl s_server -accept 443 -cert "$WORK/cert.pem" -key "$WORK/key.pem" -www -quiet
wait_for_port tcp 443

tls_client() {
  local version
  for version in -tls1_2 -tls1_3; do
    printf 'GET / HTTP/1.0\r\n\r\n' | in_ns openssl s_client -connect 127.0.0.2:443 "$version" -quiet \
      >/dev/null 2>&1 || true
  done
}
capture tls.pcapng lo pcapng "tcp port 443" tls_client
