#!/usr/bin/env bash
# Records the reference captures of real FTP, FTPS, SFTP and scp sessions that
# the simulator and the capture reader are calibrated against.
#
# Run as root from anywhere:  sudo scripts/captures/make-captures.sh [NAME...]
# With names (ftp-passive.pcapng, sftp-upload.pcapng ...) only those captures
# are recorded again; the others in the output folder stay as they are, and
# SUMMARY.md is made anew from all of them.
#
# Two network namespaces joined by a veth pair stand in for the learner's PC
# and the server:
#   ta-pc   veth-pc   10.20.0.10/24  fd00:20::10/64
#   ta-srv  veth-srv  10.20.0.20/24  fd00:20::20/64
# vsftpd and OpenSSH's sshd run in ta-srv, the clients (ftp_client.py, sftp,
# scp) and dumpcap run in ta-pc.  Offloads are switched off on both ends so the
# capture shows segments as they would leave a real network card (no 64 KB
# super-segments, correct checksums).  Neighbour caches and TCP metrics are
# flushed before every session, so each capture starts from a cold host and
# shows the ARP or neighbour discovery exchange first.
#
# For every capture FILE the script writes FILE.tshark.tsv, the reference the
# capture reader must agree with.  Final field list (all names exist in
# tshark 4.0):
#   frame.number frame.time_relative ip.src ipv6.src tcp.srcport udp.srcport
#   ip.dst ipv6.dst tcp.dstport udp.dstport tcp.flags tcp.seq tcp.ack tcp.len
#   ftp.request.command ftp.request.arg ftp.response.code ftp.response.arg
# produced with: tshark -r FILE -o tcp.relative_sequence_numbers:TRUE -T fields
#   -E header=y -E separator=/t -e ... (the fields above, in that order)
#
# Everything the script creates outside the output folder (namespaces, the
# account learner, daemons, temporary files) is removed by the exit trap.

set -euo pipefail
export LC_ALL=C

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
OUT="$ROOT/tests/fixtures/captures"

NS_PC=ta-pc
NS_SRV=ta-srv
IF_PC=veth-pc
IF_SRV=veth-srv
PC4=10.20.0.10
SRV4=10.20.0.20
PC6=fd00:20::10
SRV6=fd00:20::20
FTP_USER=learner
FTP_PASS=secret
# Marks the account as ours, so a leftover from an interrupted run is reused
# and removed, while an unrelated account of the same name is never touched.
USER_TAG="tcpip-animation capture account"
# How long the firewall capture keeps inbound SYNs blocked after the first drop.
FIREWALL_HOLD=2.5

TSV_FIELDS=(
  frame.number frame.time_relative ip.src ipv6.src tcp.srcport udp.srcport
  ip.dst ipv6.dst tcp.dstport udp.dstport tcp.flags tcp.seq tcp.ack tcp.len
  ftp.request.command ftp.request.arg ftp.response.code ftp.response.arg
)

log() { printf '== %s\n' "$*" >&2; }
die() {
  printf 'error: %s\n' "$*" >&2
  local f
  # The daemons' own words are usually the quickest explanation.
  for f in vsftpd.out vsftpd.log sshd.log client.log dumpcap.log; do
    [[ -n "${WORK:-}" && -s "$WORK/$f" ]] && { echo "--- $f" >&2; tail -n 20 "$WORK/$f" >&2; }
  done
  exit 1
}

[[ $(id -u) -eq 0 ]] || die "run as root (namespaces, daemons and a local account are needed)"

need_cmd() {
  local cmd=$1 pkg=$2
  if ! command -v "$cmd" >/dev/null 2>&1 && [[ ! -x "/usr/sbin/$cmd" ]]; then
    log "installing $pkg"
    DEBIAN_FRONTEND=noninteractive apt-get install -y "$pkg" >/dev/null ||
      { apt-get update >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y "$pkg" >/dev/null; }
  fi
}
need_cmd ip iproute2
need_cmd dumpcap tshark
need_cmd tshark tshark
need_cmd capinfos tshark
need_cmd vsftpd vsftpd
need_cmd sshd openssh-server
need_cmd sftp openssh-client
need_cmd sshpass sshpass
need_cmd nft nftables
need_cmd ethtool ethtool
need_cmd openssl openssl
need_cmd python3 python3

WORK=""
CAP_PID=""
CLIENT_PID=""
VSFTPD_PID=""
SSHD_PID=""
CREATED_USER=0
CREATED_RUN_SSHD=0

kill_ns_processes() {
  local ns=$1 pids
  pids=$(ip netns pids "$ns" 2>/dev/null || true)
  if [[ -n "$pids" ]]; then
    # shellcheck disable=SC2086  # one pid per word
    kill $pids 2>/dev/null || true
    sleep 0.3
    pids=$(ip netns pids "$ns" 2>/dev/null || true)
    # shellcheck disable=SC2086
    [[ -z "$pids" ]] || kill -KILL $pids 2>/dev/null || true
  fi
}

remove_namespaces() {
  local ns
  for ns in "$NS_PC" "$NS_SRV"; do
    if ip netns list | grep -qw "$ns"; then
      kill_ns_processes "$ns"
      ip netns del "$ns"
    fi
  done
}

cleanup() {
  local status=$? pid
  set +e
  for pid in "$CAP_PID" "$CLIENT_PID" "$VSFTPD_PID" "$SSHD_PID"; do
    [[ -n "$pid" ]] && kill "$pid" 2>/dev/null
  done
  for pid in "$CAP_PID" "$CLIENT_PID" "$VSFTPD_PID" "$SSHD_PID"; do
    [[ -n "$pid" ]] && wait "$pid" 2>/dev/null
  done
  remove_namespaces
  if [[ $CREATED_USER -eq 1 ]]; then
    userdel "$FTP_USER" 2>/dev/null
  fi
  if [[ $CREATED_RUN_SSHD -eq 1 ]]; then
    rmdir /run/sshd 2>/dev/null
  fi
  [[ -n "$WORK" && -d "$WORK" ]] && rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

in_pc() { ip netns exec "$NS_PC" "$@"; }
in_srv() { ip netns exec "$NS_SRV" "$@"; }

# ---------------------------------------------------------------- workspace
remove_namespaces
WORK=$(mktemp -d /tmp/ta-captures.XXXXXX)
chmod 755 "$WORK"
mkdir -p "$WORK/home" "$WORK/empty" "$WORK/client" "$WORK/client-src" "$WORK/out"
chmod 755 "$WORK/home"
chmod 555 "$WORK/empty"

# Readable, deterministic file contents of an exact size (last byte a newline).
make_text() {
  local name=$1 size=$2
  awk -v n="$name" -v size="$size" 'BEGIN {
    s = ""; i = 1
    while (length(s) < size) {
      s = s sprintf("%s line %03d: TCP/IP Animation sample text, carried by TCP segment after segment.\n", n, i)
      i++
    }
    printf "%s\n", substr(s, 1, size - 1)
  }' >"$WORK/home/$name"
  chmod 644 "$WORK/home/$name"
  [[ $(stat -c %s "$WORK/home/$name") -eq $size ]] || die "$name has the wrong size"
}
make_text a.txt 1200
make_text b.txt 2600

# ---------------------------------------------------------------- account
if id "$FTP_USER" >/dev/null 2>&1; then
  [[ $(getent passwd "$FTP_USER" | cut -d: -f5) == "$USER_TAG" ]] ||
    die "an account named $FTP_USER already exists and was not made by this script"
  usermod -d "$WORK/home" "$FTP_USER"
else
  useradd --no-create-home --home-dir "$WORK/home" --shell /bin/bash --comment "$USER_TAG" "$FTP_USER"
fi
CREATED_USER=1
echo "$FTP_USER:$FTP_PASS" | chpasswd
if [[ ! -d /run/sshd ]]; then
  mkdir -m 755 /run/sshd
  CREATED_RUN_SSHD=1
fi

# ---------------------------------------------------------------- network
log "namespaces $NS_PC <-> $NS_SRV"
ip netns add "$NS_PC"
ip netns add "$NS_SRV"
ip -n "$NS_PC" link add "$IF_PC" type veth peer name "$IF_SRV" netns "$NS_SRV"
setup_end() {
  local ns=$1 dev=$2 a4=$3 a6=$4
  ip -n "$ns" link set lo up
  # No router solicitations or DAD probes: nothing but the sessions on the wire.
  ip netns exec "$ns" sysctl -qw "net.ipv6.conf.$dev.accept_ra=0"
  ip netns exec "$ns" sysctl -qw "net.ipv6.conf.$dev.router_solicitations=0"
  ip netns exec "$ns" sysctl -qw "net.ipv6.conf.$dev.accept_dad=0"
  ip -n "$ns" link set "$dev" mtu 1500
  ip netns exec "$ns" ethtool -K "$dev" rx off tx off tso off gso off gro off >/dev/null 2>&1 || true
  ip -n "$ns" addr add "$a4/24" dev "$dev"
  ip -n "$ns" addr add "$a6/64" dev "$dev" nodad
  ip -n "$ns" link set "$dev" up
}
setup_end "$NS_PC" "$IF_PC" "$PC4" "$PC6"
setup_end "$NS_SRV" "$IF_SRV" "$SRV4" "$SRV6"
# Let the multicast listener reports that follow link-up die down.
sleep 3

# ---------------------------------------------------------------- servers
wait_listen() {
  local port=$1 _
  for _ in $(seq 100); do
    if in_srv ss -Hltn "sport = :$port" | grep -q .; then return 0; fi
    sleep 0.05
  done
  die "nothing listens on port $port in $NS_SRV"
}

start_vsftpd() {
  local conf=$1
  stop_vsftpd
  cp "$HERE/$conf" "$WORK/vsftpd.conf"
  {
    echo "secure_chroot_dir=$WORK/empty"
    echo "vsftpd_log_file=$WORK/vsftpd.log"
    if [[ $conf == vsftpd-ftps.conf ]]; then
      echo "rsa_cert_file=$WORK/ftps-cert.pem"
      echo "rsa_private_key_file=$WORK/ftps-key.pem"
    fi
  } >>"$WORK/vsftpd.conf"
  # Before its first session vsftpd writes startup errors to descriptor 0.
  ip netns exec "$NS_SRV" /usr/sbin/vsftpd "$WORK/vsftpd.conf" \
    0>>"$WORK/vsftpd.out" >>"$WORK/vsftpd.out" 2>&1 &
  VSFTPD_PID=$!
  wait_listen 21
}

stop_vsftpd() {
  if [[ -n "$VSFTPD_PID" ]]; then
    kill "$VSFTPD_PID" 2>/dev/null || true
    wait "$VSFTPD_PID" 2>/dev/null || true
    VSFTPD_PID=""
  fi
}

start_sshd() {
  ssh-keygen -q -t ed25519 -N '' -C '' -f "$WORK/ssh_host_ed25519_key"
  in_srv /usr/sbin/sshd -t -f "$HERE/sshd_config" -h "$WORK/ssh_host_ed25519_key" \
    -o "PidFile=$WORK/sshd.pid"
  ip netns exec "$NS_SRV" /usr/sbin/sshd -D -e -f "$HERE/sshd_config" \
    -h "$WORK/ssh_host_ed25519_key" -o "PidFile=$WORK/sshd.pid" 2>>"$WORK/sshd.log" &
  SSHD_PID=$!
  wait_listen 22
}

# Self-signed certificate for FTPS, valid for the server address.
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 3650 \
  -subj "/CN=ftp.tcpip-animation.test" -addext "subjectAltName=IP:$SRV4,IP:$SRV6" \
  -keyout "$WORK/ftps-key.pem" -out "$WORK/ftps-cert.pem" 2>/dev/null
chmod 600 "$WORK/ftps-key.pem"

# ---------------------------------------------------------------- capturing
start_capture() {
  local name=$1 _
  ip -n "$NS_PC" neigh flush dev "$IF_PC"
  ip -n "$NS_SRV" neigh flush dev "$IF_SRV"
  in_pc ip tcp_metrics flush all 2>/dev/null || true
  in_srv ip tcp_metrics flush all 2>/dev/null || true
  rm -f "$WORK/client/"*
  : >"$WORK/dumpcap.log"
  ip netns exec "$NS_PC" dumpcap -q -i "$IF_PC" -w "$WORK/out/$name" >"$WORK/dumpcap.log" 2>&1 &
  CAP_PID=$!
  for _ in $(seq 100); do
    grep -q '^File:' "$WORK/dumpcap.log" && break
    sleep 0.05
  done
  grep -q '^File:' "$WORK/dumpcap.log" || die "dumpcap did not start: $(cat "$WORK/dumpcap.log")"
  sleep 0.3
}

stop_capture() {
  # Room for the last ACKs of the connection teardown.
  sleep 0.5
  # A background job of a script ignores SIGINT; dumpcap closes its file cleanly on TERM too.
  kill -TERM "$CAP_PID"
  wait "$CAP_PID" || true
  CAP_PID=""
}

check_download() {
  local got=$1 want=$2
  cmp -s "$WORK/client/$got" "$WORK/home/$want" || die "$got does not match $want"
}

ftp_client() {
  in_pc python3 "$HERE/ftp_client.py" --out "$WORK/client" "$@" >>"$WORK/client.log"
}

SSH_OPTS=(
  -F /dev/null -o BatchMode=no -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null
  -o PubkeyAuthentication=no -o PreferredAuthentications=password -o LogLevel=ERROR
)

session_ftp_passive() {
  ftp_client --host "$SRV4" --mode passive a.txt b.txt
  check_download a.txt a.txt
  check_download b.txt b.txt
}

session_ftp_active() {
  ftp_client --host "$SRV4" --mode active a.txt b.txt
  check_download a.txt a.txt
  check_download b.txt b.txt
}

session_ftp_passive_ipv6() {
  ftp_client --host "$SRV6" --mode passive a.txt b.txt
  check_download a.txt a.txt
  check_download b.txt b.txt
}

nft_drops() {
  in_pc nft list chain inet ta_firewall input | awk '/counter packets/ {
    for (i = 1; i <= NF; i++) if ($i == "packets") print $(i + 1)
  }'
}

session_ftp_active_firewall() {
  # Drop every inbound SYN that would open a new connection into the PC: the
  # server's active-mode data connection from port 20 is the only one.
  in_pc nft -f - <<'EOF'
table inet ta_firewall {
  chain input {
    type filter hook input priority filter; policy accept;
    tcp flags & (syn | ack) == syn ct state new counter drop
  }
}
EOF
  ip netns exec "$NS_PC" python3 "$HERE/ftp_client.py" --out "$WORK/client" --host "$SRV4" \
    --mode active a.txt b.txt >>"$WORK/client.log" &
  CLIENT_PID=$!
  local _ drops=0
  for _ in $(seq 500); do
    drops=$(nft_drops)
    [[ ${drops:-0} -gt 0 ]] && break
    sleep 0.02
  done
  [[ ${drops:-0} -gt 0 ]] || die "the firewall never dropped a SYN"
  sleep "$FIREWALL_HOLD"
  log "firewall dropped $(nft_drops) SYN(s), removing the rule"
  in_pc nft delete table inet ta_firewall
  wait "$CLIENT_PID"
  CLIENT_PID=""
  check_download a.txt a.txt
  check_download b.txt b.txt
}

session_ftps_passive() {
  rm -f "$WORK/out/ftps-passive.keys"
  ftp_client --host "$SRV4" --mode passive --tls --cafile "$WORK/ftps-cert.pem" \
    --keylog "$WORK/out/ftps-passive.keys" a.txt b.txt
  check_download a.txt a.txt
  check_download b.txt b.txt
}

session_sftp() {
  printf 'get a.txt %s/a.txt\n' "$WORK/client" >"$WORK/sftp-batch"
  in_pc sshpass -p "$FTP_PASS" sftp "${SSH_OPTS[@]}" -b "$WORK/sftp-batch" \
    "$FTP_USER@$SRV4" >>"$WORK/client.log" 2>&1
  check_download a.txt a.txt
}

# Uploads send a.txt from the PC into the account's home; the server's copy is
# put aside first, so only the upload can bring it back.
prepare_upload() {
  cp "$WORK/home/a.txt" "$WORK/client-src/a.txt"
  rm -f "$WORK/home/a.txt"
}

check_upload() {
  cmp -s "$WORK/home/a.txt" "$WORK/client-src/a.txt" || die "the uploaded a.txt does not match"
  chown root:root "$WORK/home/a.txt"
  chmod 644 "$WORK/home/a.txt"
}

session_sftp_upload() {
  prepare_upload
  printf 'put %s/a.txt\n' "$WORK/client-src" >"$WORK/sftp-batch"
  in_pc sshpass -p "$FTP_PASS" sftp "${SSH_OPTS[@]}" -b "$WORK/sftp-batch" \
    "$FTP_USER@$SRV4" >>"$WORK/client.log" 2>&1
  check_upload
}

session_scp_upload() {
  prepare_upload
  # -O: the legacy scp protocol (exec scp -t on the server), as the simulator's scp speaks it.
  in_pc sshpass -p "$FTP_PASS" scp "${SSH_OPTS[@]}" -O -q "$WORK/client-src/a.txt" \
    "$FTP_USER@$SRV4:" >>"$WORK/client.log" 2>&1
  check_upload
}

session_scp_legacy() {
  in_pc sshpass -p "$FTP_PASS" scp "${SSH_OPTS[@]}" -O -q "$FTP_USER@$SRV4:a.txt" \
    "$WORK/client/a.txt" >>"$WORK/client.log" 2>&1
  check_download a.txt a.txt
}

session_scp() {
  # OpenSSH 9 scp speaks the SFTP protocol underneath unless given -O.
  in_pc sshpass -p "$FTP_PASS" scp "${SSH_OPTS[@]}" -q "$FTP_USER@$SRV4:a.txt" \
    "$WORK/client/a.txt" >>"$WORK/client.log" 2>&1
  check_download a.txt a.txt
}

WANTED=("$@")
wanted() {
  local name=$1 w
  [[ ${#WANTED[@]} -eq 0 ]] && return 0
  for w in "${WANTED[@]}"; do [[ $w == "$name" ]] && return 0; done
  return 1
}

record() {
  local name=$1 session=$2
  wanted "$name" || return 0
  log "capturing $name"
  start_capture "$name"
  "$session"
  stop_capture
}

if wanted ftp-passive.pcapng || wanted ftp-active.pcapng || wanted ftp-passive-ipv6.pcapng ||
  wanted ftp-active-firewall.pcapng; then
  start_vsftpd vsftpd.conf
fi
record ftp-passive.pcapng session_ftp_passive
record ftp-active.pcapng session_ftp_active
record ftp-passive-ipv6.pcapng session_ftp_passive_ipv6
record ftp-active-firewall.pcapng session_ftp_active_firewall
if wanted ftps-passive.pcapng; then start_vsftpd vsftpd-ftps.conf; fi
record ftps-passive.pcapng session_ftps_passive
stop_vsftpd
start_sshd
record sftp.pcapng session_sftp
record scp.pcapng session_scp
record scp-legacy.pcapng session_scp_legacy
# The account writes into its home only for the uploads.
chown "$FTP_USER" "$WORK/home"
record sftp-upload.pcapng session_sftp_upload
record scp-upload.pcapng session_scp_upload
chown root "$WORK/home"

# The classic libpcap copy holds the very same passive session.
if [[ -f "$WORK/out/ftp-passive.pcapng" ]]; then
  tshark -r "$WORK/out/ftp-passive.pcapng" -F pcap -w "$WORK/out/ftp-passive.pcap" 2>/dev/null
fi

# ---------------------------------------------------------------- outputs
mkdir -p "$OUT"
tsv_args=()
for f in "${TSV_FIELDS[@]}"; do tsv_args+=(-e "$f"); done
for file in "$WORK"/out/*.pcap "$WORK"/out/*.pcapng; do
  [[ -f "$file" ]] || continue
  name=$(basename "$file")
  size=$(stat -c %s "$file")
  [[ $size -lt 61440 ]] || die "$name is $size bytes, more than 60 KB"
  cp "$file" "$OUT/$name"
  chmod 644 "$OUT/$name"
  tshark -r "$OUT/$name" -o tcp.relative_sequence_numbers:TRUE -T fields -E header=y \
    -E separator=/t "${tsv_args[@]}" >"$OUT/$name.tshark.tsv" 2>/dev/null
  frames=$(capinfos -Mc "$OUT/$name" | awk -F': *' '/Number of packets/ {print $2}')
  rows=$(($(wc -l <"$OUT/$name.tshark.tsv") - 1))
  [[ $rows -gt 0 && $rows -eq $frames ]] || die "$name: $frames frames but $rows tshark rows"
  log "$name: $size bytes, $frames frames"
done

# TLS secrets of the FTPS session: lets tshark (and the summary) look inside.
if [[ -f "$WORK/out/ftps-passive.keys" ]]; then
  cp "$WORK/out/ftps-passive.keys" "$OUT/ftps-passive.keys"
  chmod 644 "$OUT/ftps-passive.keys"
fi

srv_sysctl() { in_srv sysctl -n "$1" 2>/dev/null || echo "(not present)"; }
python3 "$HERE/summarize.py" "$OUT" \
  --fact "Kernel (uname -r)=$(uname -r)" \
  --fact "tshark=$(tshark --version 2>/dev/null | head -n 1)" \
  --fact "vsftpd=$(dpkg-query -W -f '${Version}' vsftpd 2>/dev/null || echo unknown)" \
  --fact "OpenSSH=$(ssh -V 2>&1)" \
  --fact "Python=$(python3 --version 2>&1)" \
  --fact "net.ipv4.tcp_syn_linear_timeouts=$(srv_sysctl net.ipv4.tcp_syn_linear_timeouts)" \
  --fact "net.ipv4.tcp_syn_retries=$(srv_sysctl net.ipv4.tcp_syn_retries)" \
  --fact "net.ipv4.tcp_rmem=$(srv_sysctl net.ipv4.tcp_rmem)" \
  --fact "net.ipv4.tcp_wmem=$(srv_sysctl net.ipv4.tcp_wmem)" \
  --fact "Firewall hold after the first dropped SYN=${FIREWALL_HOLD} s" \
  >"$OUT/SUMMARY.md"
log "done; fixtures in tests/fixtures/captures"
