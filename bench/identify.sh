#!/usr/bin/env bash
# Service-identification benchmark (issue 9): a lab of real services on free loopback ports — most of them on ports
# that say nothing about the service — identified by Ward (`ward scan run --profile standard`), by `nmap -sV`
# (Debian's nmap 7.93) and by a minimal identification program (bench/identify/grab.py: connect to every port at
# once, read a greeting, else send one HTTP request, and name what answered), in the same run, ROUNDS times.
#
#   bash bench/identify.sh [ROUNDS]      (default 3)
#
# The lab: OpenSSH, nginx (HTTP and TLS, and a FHIR capability statement), Redis, MariaDB, Mosquitto, vsftpd,
# Orthanc with its DICOMweb plugin (REST and DICOM ports), DCMTK's storescp (DICOM), an hl7apy MLLP listener, and
# PostgreSQL on 5432 when it runs. Only 127.0.0.1 is scanned; every server is started here and killed at the end.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
ROUNDS="${1:-3}"
for tool in nmap python3 openssl nginx redis-server mosquitto storescp Orthanc mariadbd mariadb-install-db; do
    command -v "$tool" >/dev/null || [ -x "/usr/sbin/$tool" ] || { echo "identify.sh: needs $tool" >&2; exit 1; }
done
WORK="$(mktemp -d /tmp/ward-identify-bench.XXXXXX)"
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
    rm -rf "$WORK"
}
trap cleanup EXIT

cd "$ROOT"
swift build -c release --product ward 2>&1 | tail -n 1 >&2
WARD="$(swift build -c release --show-bin-path)/ward"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
wait_port() {
    python3 - "$1" <<'PY'
import socket, sys, time
deadline = time.time() + 60
while time.time() < deadline:
    try:
        socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=1).close()
        sys.exit(0)
    except OSError:
        time.sleep(0.1)
sys.exit(f"port {sys.argv[1]} did not open within 60 s")
PY
}
start() { "$@" >"$WORK/$(basename "$1").log" 2>&1 & PIDS+=($!); }

# OpenSSH
SSH_PORT=$(free_port)
mkdir -p /run/sshd
ssh-keygen -q -t ed25519 -N "" -f "$WORK/ssh_host_key"
printf 'ListenAddress 127.0.0.1\nUsePAM no\nPasswordAuthentication no\nKbdInteractiveAuthentication no\nPidFile none\n' >"$WORK/sshd_config"
start /usr/sbin/sshd -D -e -f "$WORK/sshd_config" -p "$SSH_PORT" -h "$WORK/ssh_host_key"

# nginx: plain HTTP with a FHIR capability statement, and TLS
HTTP_PORT=$(free_port); TLS_PORT=$(free_port)
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$WORK/key.pem" -out "$WORK/cert.pem" -days 2 \
    -subj "/CN=lab.ward-bench.local" >/dev/null 2>&1
cat >"$WORK/capability.json" <<'JSON'
{"resourceType": "CapabilityStatement", "status": "active", "date": "2026-11-30", "kind": "instance",
 "fhirVersion": "4.0.1", "format": ["json"], "software": {"name": "Ward Bench FHIR", "version": "1.0"},
 "rest": [{"mode": "server"}]}
JSON
cat >"$WORK/nginx.conf" <<NGINX
master_process off; worker_processes 1; pid $WORK/nginx.pid; error_log $WORK/nginx-error.log;
events { worker_connections 64; }
http {
    access_log off; client_body_temp_path $WORK/body; proxy_temp_path $WORK/proxy; fastcgi_temp_path $WORK/fcgi;
    uwsgi_temp_path $WORK/uwsgi; scgi_temp_path $WORK/scgi; default_type text/html; server_tokens on;
    server {
        listen 127.0.0.1:$HTTP_PORT; listen 127.0.0.1:$TLS_PORT ssl;
        ssl_certificate $WORK/cert.pem; ssl_certificate_key $WORK/key.pem;
        location = /fhir/metadata { default_type application/fhir+json; alias $WORK/capability.json; }
        location / { return 200 "lab\n"; }
    }
}
NGINX
start "$(command -v nginx || echo /usr/sbin/nginx)" -e "$WORK/nginx-error.log" -c "$WORK/nginx.conf" -p "$WORK" -g "daemon off;"

# Redis
REDIS_PORT=$(free_port)
start "$(command -v redis-server)" --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no --dir "$WORK"

# MariaDB
MARIADB_PORT=$(free_port)
mariadb-install-db --no-defaults --datadir="$WORK/mariadb" --auth-root-authentication-method=normal \
    --skip-test-db >/dev/null 2>&1
start "$(command -v mariadbd || echo /usr/sbin/mariadbd)" --no-defaults --datadir="$WORK/mariadb" \
    --port="$MARIADB_PORT" --bind-address=127.0.0.1 --socket="$WORK/mariadb.sock" --user=root --skip-log-bin

# Mosquitto
MQTT_PORT=$(free_port)
printf 'listener %s 127.0.0.1\nallow_anonymous true\npersistence false\n' "$MQTT_PORT" >"$WORK/mosquitto.conf"
start "$(command -v mosquitto || echo /usr/sbin/mosquitto)" -c "$WORK/mosquitto.conf"

# vsftpd
FTP_PORT=$(free_port)
mkdir -p /var/run/vsftpd/empty
printf 'listen=YES\nlisten_address=127.0.0.1\nlisten_port=%s\nbackground=NO\nanonymous_enable=NO\nlocal_enable=YES\nseccomp_sandbox=NO\n' \
    "$FTP_PORT" >"$WORK/vsftpd.conf"
start "$(command -v vsftpd || echo /usr/sbin/vsftpd)" "$WORK/vsftpd.conf"

# Orthanc with DICOMweb, and DCMTK's storescp
ORTHANC_HTTP=$(free_port); ORTHANC_DICOM=$(free_port); STORESCP_PORT=$(free_port)
mkdir -p "$WORK/orthanc"
cat >"$WORK/orthanc.json" <<JSON
{"Name": "Ward bench PACS", "StorageDirectory": "$WORK/orthanc", "IndexDirectory": "$WORK/orthanc",
 "HttpPort": $ORTHANC_HTTP, "DicomPort": $ORTHANC_DICOM, "DicomAet": "WARDPACS", "RemoteAccessAllowed": false,
 "AuthenticationEnabled": false, "Plugins": ["/usr/share/orthanc/plugins/libOrthancDicomWeb.so"],
 "DicomWeb": {"Enable": true, "Root": "/dicom-web/"}}
JSON
start "$(command -v Orthanc)" "$WORK/orthanc.json"  # in this shell, so that the cleanup kills it
mkdir -p "$WORK/storescp"
start "$(command -v storescp)" --aetitle LABSCP --output-directory "$WORK/storescp" "$STORESCP_PORT"

# HL7 over MLLP
MLLP_PORT=$(free_port)
start "$(command -v python3)" "$ROOT/Tests/Peers/mllp_listener.py" "$MLLP_PORT" "$WORK/mllp.log"

PORTS=($SSH_PORT $HTTP_PORT $TLS_PORT $REDIS_PORT $MARIADB_PORT $MQTT_PORT $FTP_PORT $ORTHANC_HTTP $ORTHANC_DICOM
    $STORESCP_PORT $MLLP_PORT)
for port in "${PORTS[@]}"; do wait_port "$port"; done
if python3 -c 'import socket; socket.create_connection(("127.0.0.1", 5432), timeout=1).close()' 2>/dev/null; then
    PORTS+=(5432)
fi
LIST=$(IFS=,; echo "${PORTS[*]}")
cat >"$WORK/lab.txt" <<LAB
$SSH_PORT ssh (OpenSSH)
$HTTP_PORT http (nginx, FHIR at /fhir)
$TLS_PORT https (nginx)
$REDIS_PORT redis
$MARIADB_PORT mysql (MariaDB)
$MQTT_PORT mqtt (Mosquitto)
$FTP_PORT ftp (vsftpd)
$ORTHANC_HTTP http (Orthanc REST and DICOMweb)
$ORTHANC_DICOM dicom (Orthanc)
$STORESCP_PORT dicom (DCMTK storescp)
$MLLP_PORT hl7-mllp (hl7apy)
LAB
[[ " ${PORTS[*]} " == *" 5432 "* ]] && echo "5432 postgresql" >>"$WORK/lab.txt"
echo "lab on 127.0.0.1: $LIST"

"$WARD" scan run --help >/dev/null
for round in $(seq 1 "$ROUNDS"); do
    echo "== round $round"
    t0=$(date +%s.%N)
    nmap -sV -p "$LIST" -n -Pn 127.0.0.1 -oX "$WORK/nmap.xml" >/dev/null
    t1=$(date +%s.%N)
    "$WARD" scan run 127.0.0.1 --scope 127.0.0.1 --ports "$LIST" --profile standard --quiet --format json \
        >"$WORK/ward.json" 2>"$WORK/ward.err"
    t2=$(date +%s.%N)
    python3 "$HERE/identify/grab.py" 127.0.0.1 "$LIST" >"$WORK/grab.txt"
    t3=$(date +%s.%N)
    python3 "$HERE/identify/compare.py" "$WORK/lab.txt" "$WORK/nmap.xml" "$WORK/ward.json" "$WORK/grab.txt" \
        "$t0" "$t1" "$t2" "$t3"
done
