# Shared by deploy/local/up and deploy/local/down (sourced, not run).
# Everything lives under JIANDANG_HOME (default <repo>/.jiandang): data/, logs/, run/ (pid files), tmp/.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
if [[ -n "${JIANDANG_HOME:-}" ]]; then
  mkdir -p "$JIANDANG_HOME"
  JIANDANG_HOME="$(cd "$JIANDANG_HOME" && pwd)"
else
  JIANDANG_HOME="$REPO_ROOT/.jiandang"
fi
export JIANDANG_HOME
DATA_DIR="$JIANDANG_HOME/data"
LOG_DIR="$JIANDANG_HOME/logs"
RUN_DIR="$JIANDANG_HOME/run"
TMP_DIR="$JIANDANG_HOME/tmp"

KAFKA_PORT="${JIANDANG_KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${JIANDANG_KAFKA_CONTROLLER_PORT:-$((KAFKA_PORT + 1))}"
POSTGRES_PORT="${JIANDANG_POSTGRES_PORT:-5432}"
MONGO_PORT="${JIANDANG_MONGO_PORT:-27017}"
IDP_PORT="${JIANDANG_IDP_PORT:-9000}"
# The services listen on base+1 (registration) ... base+6 (audit): 8081..8086 by default.
SERVICE_PORT_BASE="${JIANDANG_SERVICE_PORT_BASE:-8080}"
[[ "$SERVICE_PORT_BASE" =~ ^[0-9]+$ ]] && (( SERVICE_PORT_BASE >= 1 && SERVICE_PORT_BASE <= 65529 )) \
  || { printf 'ERROR: JIANDANG_SERVICE_PORT_BASE must be a port number (services use base+1..base+6), not %s\n' \
         "$SERVICE_PORT_BASE" >&2; exit 1; }
POSTGRES_DATABASES="registration,relapse,assistance,exit"

INFRA_CP="$REPO_ROOT/platform/local-infrastructure/target/classes:$REPO_ROOT/platform/local-infrastructure/target/lib/*"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

say()  { printf '%s\n' "$*"; }
warn() { printf 'WARN: %s\n' "$*" >&2; }
die()  { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

pid_file() { printf '%s/%s.pid' "$RUN_DIR" "$1"; }
log_file() { printf '%s/%s.log' "$LOG_DIR" "$1"; }

# The pid recorded for component $1 if that process still runs and is ours (its command line names
# JIANDANG_HOME's component marker), else nothing. Guards against pids recycled by other programs.
running_pid() {
  local file pid
  file="$(pid_file "$1")"
  [[ -f "$file" ]] || return 1
  pid="$(<"$file")"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q -- "-Djiandang.component=$1 " || return 1
  printf '%s' "$pid"
}

# The recorded pid of $1 while that process lives (no command-line check: right after the start it may
# still be setsid or nohup on its way to exec java).
alive_pid() {
  local file pid
  file="$(pid_file "$1")"
  [[ -f "$file" ]] || return 1
  pid="$(<"$file")"
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null && printf '%s' "$pid"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# stop_component NAME [TIMEOUT_SECONDS]: SIGTERM, wait, SIGKILL as a last resort.
stop_component() {
  local name="$1" timeout="${2:-60}" pid waited=0
  if ! pid="$(running_pid "$name")"; then
    rm -f "$(pid_file "$name")"
    return 0
  fi
  say "Stopping $name (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do
    if (( waited >= timeout * 4 )); then
      warn "$name did not stop within ${timeout}s; killing it"
      kill -KILL "$pid" 2>/dev/null || true
      break
    fi
    sleep 0.25
    waited=$((waited + 1))
  done
  rm -f "$(pid_file "$name")"
}

# A PostgreSQL server left by a launcher that was killed (SIGKILL) keeps the data folder locked.
stop_orphan_postmaster() {
  local pidfile="$DATA_DIR/postgres/postmaster.pid" pid waited=0
  [[ -f "$pidfile" ]] || return 0
  pid="$(head -n 1 "$pidfile")"
  if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null \
      && tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q postgres; then
    say "Stopping a PostgreSQL server left running on $DATA_DIR/postgres (pid $pid)"
    kill -INT "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null && (( waited < 120 )); do sleep 0.25; waited=$((waited + 1)); done
  fi
}
