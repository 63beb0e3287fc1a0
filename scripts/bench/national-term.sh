# The national term of the service benchmarks, sourced by scripts/bench/me-schedule and scripts/bench/console
# (not run alone): installs wrk and pgbench when missing, builds ttbd in release (or takes BIN), starts a private
# cluster in a throwaway folder, imports the catalog and a generated roster of $rows delegates, lays down the
# term of scripts/bench/me-schedule-term.sql ($seats seats a class, every delegate seated, one API token each)
# and starts `ttbd serve` on a free port.
#
# In: rows, seats. Out: bin, work, socket, sql (psql on the cluster), server, serve_pid, and the counts classes,
# sessions, enrollments and tokens; the EXIT trap stops the service and the cluster and removes the folder.
bash scripts/setup
for tool in wrk pgbench; do
  command -v "$tool" >/dev/null && continue
  echo "bench: installing $tool from Debian's packages…" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  package=$tool
  [ "$tool" = pgbench ] && package=postgresql-contrib
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$package" >/dev/null
done

if [ -n "${BIN:-}" ]; then
  bin=$BIN
else
  build_log=$(mktemp)
  swift build -c release --product ttbd --scratch-path .build-release >"$build_log" 2>&1 || { cat "$build_log"; exit 70; }
  rm -f "$build_log"
  bin="$PWD/.build-release/release"
fi

work=$(mktemp -d /tmp/ttbd-bench.XXXXXX)
chmod 755 "$work"
export TTBD_HOME="$work/home"
unset DATABASE_URL TTBD_SERVER TTBD_TOKEN
serve_pid=""
cleanup() {
  if [ -n "$serve_pid" ]; then kill "$serve_pid" 2>/dev/null || true; wait "$serve_pid" 2>/dev/null || true; fi
  "$bin/ttbd" db down >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "Preparing $rows delegates and their term (not timed)…" >&2
"$bin/ttbd" db up >/dev/null
"$bin/ttbd" catalog import course-catalog >/dev/null
python3 scripts/bench/generate-roster.py "$rows" --seed 2026 --out "$work/roster.csv"
"$bin/ttbd" delegates import "$work/roster.csv" >/dev/null
socket="$TTBD_HOME/run"
sql() { psql -X -q -A -t -v ON_ERROR_STOP=1 -h "$socket" -U ttbd -d ttbd "$@"; }
sql -v seats="$seats" -f scripts/bench/me-schedule-term.sql
sql -c "COPY (SELECT token FROM bench_tokens ORDER BY n) TO STDOUT" >"$work/tokens.txt"
read -r classes sessions enrollments tokens < <(sql -F ' ' -c "
  SELECT (SELECT count(*) FROM classes), (SELECT count(*) FROM sessions),
         (SELECT count(*) FROM enrollments), (SELECT count(*) FROM api_tokens)")

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
server="http://127.0.0.1:$port"
"$bin/ttbd" serve --port "$port" --no-jobs >"$work/serve.log" 2>&1 &
serve_pid=$!
for _ in $(seq 1 300); do
  curl -fsS "$server/health" >/dev/null 2>&1 && break
  kill -0 "$serve_pid" 2>/dev/null || { cat "$work/serve.log"; exit 70; }
  sleep 0.1
done
