#!/usr/bin/env bash
# The README's "Running it on a server", step by step, in a folder standing for the server's root: install
# the checked-out commit, make the folders with their owners, write the config and secrets.env (mode 600),
# run the pre-flight check and then what the crawl timer runs, as an unprivileged service user, against the
# offline mirror served on 127.0.0.1. Nothing leaves the machine.
#
#   deploy/try-server-install.sh ROOT     (ROOT: a fresh folder; run from the repository)
#
# As root, the service user is `nobody` (uid 65534, through setpriv), as `useradd --system` would make one:
# the code and its virtualenv stay root's and read-only to it. As anyone else, that user runs everything.
set -euo pipefail

root=$(realpath -m "${1:?usage: $0 ROOT}")
repo=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$root"
[ -z "$(ls -A "$root")" ] || { echo "$root is not empty" >&2; exit 2; }

prefix=$root/opt/paris-archive
etc=$root/etc/paris-archive
archive=$root/srv/paris-archive
logs=$root/var/log/paris-archive

if [ "$(id -u)" = 0 ]; then
    service_user=65534
    as_service() { setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; }
    chmod 755 "$root"
    as_service test -x "$root" || { echo "$root: a folder above it is closed to other users; pick another" >&2; exit 2; }
else
    service_user=$(id -u)
    as_service() { "$@"; }
fi

echo "== 1. the code and its virtualenv, owned by the installing user"
make -C "$repo" --no-print-directory install PREFIX="$prefix" PYTHON="${PYTHON:-/usr/bin/python3}"

echo "== 2. folders and owners"
install -d -m 755 "$etc"
install -d -m 750 -o "$service_user" "$archive" "$logs"

echo "== 3. the config file, and secrets.env readable by the service user only"
cat > "$etc/paris-archive.toml" <<EOF
archive = "$archive"
contact = "mailto:web-archives@paris.fr"

[crawl]
start_urls = ["http://127.0.0.1:PORT/international/"]
settings = { DOWNLOAD_DELAY = 0, AUTOTHROTTLE_ENABLED = false }

[schedule]
crawl = "15 6 * * *"
timezone = "Europe/Paris"
EOF
install -m 600 -o "$service_user" /dev/null "$etc/secrets.env"
echo "PARIS_ARCHIVE_SMTP_PASSWORD=not-used-by-the-crawl" > "$etc/secrets.env"

echo "== 4. the offline mirror on 127.0.0.1, standing for the live site"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
sed -i "s/PORT/$port/" "$etc/paris-archive.toml"
"$prefix/.venv/bin/paris-archive" mirror serve --epoch 2024 --port "$port" > "$root/mirror.log" 2>&1 &
mirror=$!
trap 'kill $mirror 2>/dev/null || true' EXIT
for _ in $(seq 50); do grep -q "serving" "$root/mirror.log" && break; sleep 0.2; done

echo "== 5. the pre-flight check, as the service user"
export PARIS_ARCHIVE_CONFIG=$etc/paris-archive.toml
as_service "$prefix/.venv/bin/paris-archive" check

echo "== 6. what the timer runs (WorkingDirectory, EnvironmentFile, ExecStart), as the service user"
(cd "$prefix" && set -a && . "$etc/secrets.env" && set +a &&
    as_service "$prefix/.venv/bin/paris-archive" schedule --run-now crawl >> "$logs/cron.log" 2>&1)

echo "== 7. what it wrote"
as_service "$prefix/.venv/bin/paris-archive" snapshots --archive "$archive"
as_service "$prefix/.venv/bin/paris-archive" show latest --json --archive "$archive" > "$root/manifest.json"
echo "installed: $("$prefix/.venv/bin/paris-archive" --version)"
