# shellcheck shell=bash
# PostgreSQL for ./disputes: finding (or installing) the server binaries and running private clusters.
# Sourced by ./disputes, whose helpers it uses: log, warn, die, is_root, port_in_use, free_port, and ROOT.
# ensure_database sets ConnectionStrings__Disputes; release_database undoes whatever ensure_database started.
# (`dotnet test` alone starts its own throwaway server instead: tests/Disputes.IntegrationTests/Postgres.)
#
# PostgreSQL policy (why it looks like this):
#   * If ConnectionStrings__Disputes is set, that server is used and nothing is started or stopped.
#   * Otherwise a private cluster is created under .pgdata/ (git-ignored), owned by an unprivileged
#     user (PostgreSQL refuses to run as root), listening on 127.0.0.1 only, on a free port, with its
#     unix socket inside the cluster folder, so it never collides with a system PostgreSQL.
#   * `test` gets a throwaway cluster .pgdata/test-<pid>, tuned for speed (no durability), deleted on
#     exit. Parallel test runs therefore never share state.
#   * `run` uses one persistent cluster .pgdata/run so data survives API restarts. Concurrent `run`
#     invocations share it: each registers itself in .pgdata/run.users/, and whoever leaves last stops
#     the server. A server started by a killed invocation is adopted rather than fought with.

PGDATA_ROOT="$ROOT/.pgdata"
DB_NAME=disputes

# ---------------------------------------------------------------------------------------------
# PostgreSQL: binaries
# ---------------------------------------------------------------------------------------------

PG_BIN=""

find_pg_bin() {
  local dir
  if command -v pg_config >/dev/null 2>&1; then
    dir="$(pg_config --bindir 2>/dev/null || true)"
    if [[ -n "$dir" && -x "$dir/initdb" ]]; then
      PG_BIN="$dir"
      return 0
    fi
  fi
  # Debian installs server binaries off PATH, one directory per major version; take the newest.
  dir="$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1)"
  if [[ -n "$dir" && -x "$dir/initdb" ]]; then
    PG_BIN="$dir"
    return 0
  fi
  return 1
}

install_pg() {
  log "PostgreSQL server binaries not found; installing the Debian 'postgresql' package"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  # postgresql-common first, so that we can tell it not to create and start its own 'main'
  # cluster: we only ever use private clusters, and a stray system service would hold port 5432.
  apt-get install -y -q --no-install-recommends postgresql-common
  if [[ -f /etc/postgresql-common/createcluster.conf ]]; then
    sed -i -E 's/^#?[[:space:]]*create_main_cluster[[:space:]]*=.*/create_main_cluster = false/' \
      /etc/postgresql-common/createcluster.conf
  fi
  apt-get install -y -q --no-install-recommends postgresql
}

ensure_pg_bin() {
  find_pg_bin && return 0
  if is_root && command -v apt-get >/dev/null 2>&1; then
    install_pg
    find_pg_bin && return 0
  fi
  cat >&2 <<'EOF'
error: PostgreSQL server binaries (initdb, pg_ctl, postgres) were not found.
Install them, for example on Debian/Ubuntu:
    sudo apt-get update && sudo apt-get install -y postgresql
or point the tools at an existing server:
    export ConnectionStrings__Disputes="Host=...;Port=5432;Database=disputes;Username=...;Password=..."
EOF
  exit 1
}

# ---------------------------------------------------------------------------------------------
# PostgreSQL: private clusters
# ---------------------------------------------------------------------------------------------

PG_USER=""        # OS user owning and running the cluster
PG_DIR=""         # data directory of the cluster this invocation uses
PG_SOCK=""        # unix socket directory
PG_PORT=""        # TCP port on 127.0.0.1
PG_STARTED_BY_US=0
PG_THROWAWAY=0    # remove PG_DIR on exit (test clusters)
PG_SHARED=0       # the shared `run` cluster: reference-counted in .pgdata/run.users

# Runs a PostgreSQL tool as the cluster owner. As root that is the `postgres` system user, because
# the server refuses to run as root.
as_pg_user() {
  if [[ "$PG_USER" == "$(id -un)" ]]; then
    "$@"
  else
    # From /: the cluster user may not be allowed into the caller's working directory.
    (cd / && runuser -u "$PG_USER" -- "$@")
  fi
}

choose_pg_user() {
  if is_root; then
    id postgres >/dev/null 2>&1 ||
      die "running as root needs the 'postgres' system user to own the cluster (apt-get install postgresql creates it)"
    PG_USER=postgres
  else
    PG_USER="$(id -un)"
  fi
}

# As root the cluster runs as `postgres`, which cannot reach a checkout under a private home
# directory (/root is mode 700, a common place for CI clones). Then, and only then, the clusters
# live under /var/tmp in a folder named after the checkout instead of in .pgdata/.
resolve_pgdata_root() {
  mkdir -p "$PGDATA_ROOT"
  if [[ "$PG_USER" == "$(id -un)" ]] || as_pg_user test -x "$PGDATA_ROOT"; then
    return 0
  fi
  local alt
  alt="/var/tmp/disputes-pgdata-$(printf '%s' "$ROOT" | md5sum | cut -c1-12)"
  warn "user '$PG_USER' cannot reach $PGDATA_ROOT; keeping the PostgreSQL clusters in $alt"
  mkdir -p "$alt"
  chmod 755 "$alt"
  PGDATA_ROOT="$alt"
}

# Makes a directory owned by the cluster user and checks that this user can actually reach it
# (a repository under /root, for instance, is not traversable by `postgres`).
make_pg_owned_dir() {
  local dir="$1"
  mkdir -p "$dir"
  if [[ "$PG_USER" != "$(id -un)" ]]; then
    chown "$PG_USER:" "$dir"
  fi
  chmod 700 "$dir"
  as_pg_user test -w "$dir"
}

# The cluster's unix socket lives inside the cluster folder unless that path would exceed the
# 107-byte limit of socket addresses (deep checkouts); then it gets a short private /tmp directory.
choose_socket_dir() {
  PG_SOCK="$PG_DIR/socket"
  if ((${#PG_SOCK} + 20 > 100)); then
    PG_SOCK="$(mktemp -d /tmp/disputes-pgsock.XXXXXX)"
  fi
  make_pg_owned_dir "$PG_SOCK"
}

# PostgreSQL processes keep the data directory as their working directory, which identifies the
# processes of one cluster without trusting a possibly stale pid file.
cluster_pids() {
  local dir="$1" p
  for p in /proc/[0-9]*; do
    if [[ "$(readlink "$p/cwd" 2>/dev/null || true)" == "$dir" ]]; then
      echo "${p#/proc/}"
    fi
  done
}

# True (and sets PG_PORT, PG_SOCK) when the postmaster named in postmaster.pid is alive, answers on
# its port, and really serves this data directory.
cluster_is_live() {
  local dir="$1" pidfile="$1/postmaster.pid" pid port sock served
  [[ -f "$pidfile" ]] || return 1
  pid="$(sed -n 1p "$pidfile")"
  port="$(sed -n 4p "$pidfile")"
  sock="$(sed -n 5p "$pidfile")"
  [[ -n "$pid" && -n "$port" ]] || return 1
  [[ "$(readlink "/proc/$pid/cwd" 2>/dev/null || true)" == "$dir" ]] || return 1
  "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$port" -t 3 || return 1
  served="$("$PG_BIN/psql" -X -At -h 127.0.0.1 -p "$port" -U postgres -d postgres \
    -c 'SHOW data_directory' 2>/dev/null || true)"
  [[ "$served" == "$dir" ]] || return 1
  PG_PORT="$port"
  PG_SOCK="$sock"
}

# A postmaster.pid whose process is gone (kill -9, power loss) must not block startup. PostgreSQL
# itself refuses to start while a recycled PID in that file belongs to a live process, and while
# orphaned backends still hold shared memory; so wait for the orphans, then drop the stale file.
clear_stale_pidfile() {
  local dir="$1" pidfile="$1/postmaster.pid" pid i
  [[ -f "$pidfile" ]] || return 0
  pid="$(sed -n 1p "$pidfile")"
  if [[ -n "$pid" && "$(readlink "/proc/$pid/cwd" 2>/dev/null || true)" == "$dir" ]]; then
    return 0 # a real postmaster of this cluster; it is either starting or stopping, not stale
  fi
  for i in $(seq 1 30); do
    [[ -z "$(cluster_pids "$dir")" ]] && break
    ((i == 1)) && log "waiting for leftover processes of a killed PostgreSQL in $dir to exit"
    sleep 1
  done
  warn "removing stale $pidfile (PID ${pid:-?} is not running PostgreSQL)"
  rm -f "$pidfile"
}

init_cluster() {
  local dir="$1" flavour="$2"
  # -U postgres: the role named in the connection string exists whoever runs initdb.
  # --locale=C: no dependency on generated locales on minimal machines.
  local args=(-D "$dir" -U postgres -A trust -E UTF8 --locale=C --no-instructions)
  if [[ "$flavour" == throwaway ]]; then args+=(--no-sync); fi
  log "creating PostgreSQL cluster in ${dir#"$ROOT"/}"
  make_pg_owned_dir "$dir" ||
    die "user '$PG_USER' cannot write to $dir; check that every parent directory is traversable"
  as_pg_user "$PG_BIN/initdb" "${args[@]}" >"$dir.initdb.log" 2>&1 || {
    cat "$dir.initdb.log" >&2
    die "initdb failed"
  }
  rm -f "$dir.initdb.log"
  # Only loopback TCP and the private socket; trust is safe because nothing else can connect.
  as_pg_user tee "$dir/pg_hba.conf" >/dev/null <<'EOF2'
# Written by ./disputes: a private development cluster reachable only from this machine.
local all all              trust
host  all all 127.0.0.1/32 trust
EOF2
  {
    echo "# Written by ./disputes"
    echo "listen_addresses = '127.0.0.1'"
    # Integration tests run several WebApplicationFactory hosts, each with its own Npgsql pool.
    echo "max_connections = 250"
    echo "logging_collector = off"
    if [[ "$flavour" == durable ]]; then
      # The load benchmark measures commits as production pays for them: fsync, synchronous commit and full
      # page writes stay on (the defaults). Only sizing is production-like rather than initdb's minimum, and
      # pg_stat_statements counts the statements each command costs.
      echo "shared_buffers = 512MB"
      echo "max_wal_size = 2GB"
      echo "shared_preload_libraries = 'pg_stat_statements'"
      echo "pg_stat_statements.track = all"
    fi
    if [[ "$flavour" == throwaway ]]; then
      # A test cluster is deleted afterwards: durability only costs time.
      echo "fsync = off"
      echo "synchronous_commit = off"
      echo "full_page_writes = off"
      echo "checkpoint_timeout = 30min"
      echo "max_wal_size = 2GB"
    fi
    # Port and socket directory change from start to start; start_cluster rewrites this file
    # (a file rather than pg_ctl -o, so that paths with spaces need no shell quoting).
    echo "include_if_exists = 'disputes-runtime.conf'"
  } | as_pg_user tee -a "$dir/postgresql.conf" >/dev/null
}

# The port the cluster listened on last time (the persistent `run` cluster keeps it, so that a
# database GUI pointed at it keeps working), or DISPUTES_PG_PORT, if free; otherwise a free port.
pick_pg_port() {
  local dir="$1" attempt="$2" wanted=""
  if ((attempt == 1)); then
    wanted="${DISPUTES_PG_PORT:-}"
    if [[ -z "$wanted" && -f "$dir/disputes-runtime.conf" ]]; then
      wanted="$(sed -n 's/^port = \([0-9]*\)$/\1/p' "$dir/disputes-runtime.conf")"
    fi
  fi
  if [[ -n "$wanted" ]]; then
    if ! port_in_use "$wanted"; then
      echo "$wanted"
      return 0
    fi
    warn "PostgreSQL port $wanted is taken; choosing another"
  fi
  free_port
}

# Starts the cluster on a fresh free port; retries because another process can take the port
# between the probe and PostgreSQL's bind, and because orphans of a killed server may linger.
start_cluster() {
  local dir="$1" attempt
  for attempt in 1 2 3 4 5; do
    clear_stale_pidfile "$dir"
    PG_PORT="$(pick_pg_port "$dir" "$attempt")"
    printf "port = %s\nunix_socket_directories = '%s'\n" "$PG_PORT" "${PG_SOCK//\'/\'\'}" |
      as_pg_user tee "$dir/disputes-runtime.conf" >/dev/null
    # 9>&-: the postmaster must not inherit the run.lock descriptor (see with_run_lock), or it
    # would hold the lock for its whole life.
    if as_pg_user "$PG_BIN/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 -s start 9>&-; then
      PG_STARTED_BY_US=1
      return 0
    fi
    warn "PostgreSQL did not start (attempt $attempt); last log lines:"
    tail -n 5 "$dir/server.log" >&2 || true
    sleep "$attempt"
  done
  die "could not start PostgreSQL in $dir (see $dir/server.log)"
}

stop_cluster() {
  local dir="$1"
  as_pg_user "$PG_BIN/pg_ctl" -D "$dir" -m fast -w -t 60 -s stop ||
    as_pg_user "$PG_BIN/pg_ctl" -D "$dir" -m immediate -w -t 30 -s stop || true
}

create_database() {
  local exists
  exists="$("$PG_BIN/psql" -X -At -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres \
    -c "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'")"
  if [[ "$exists" != 1 ]]; then
    "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres "$DB_NAME"
  fi
}

export_connection_string() {
  # Include Error Detail: show parameter values in server errors; this is a local dev/test cluster.
  export ConnectionStrings__Disputes="Host=127.0.0.1;Port=$PG_PORT;Database=$DB_NAME;Username=postgres;Include Error Detail=true"
  log "PostgreSQL ready: $ConnectionStrings__Disputes"
}

# Serializes start/stop decisions of concurrent `run` invocations on the shared cluster. The lock
# is held on descriptor 9, which long-lived children (the postmaster) must not inherit.
with_run_lock() {
  mkdir -p "$PGDATA_ROOT"
  (
    flock -w 120 9 || die "timed out waiting for $PGDATA_ROOT/run.lock"
    "$@"
  ) 9>"$PGDATA_ROOT/run.lock"
}

# Registered users of the shared cluster whose process is still alive.
live_run_users() {
  local f
  for f in "$PGDATA_ROOT/run.users"/*; do
    [[ -e "$f" ]] || continue
    if kill -0 "${f##*/}" 2>/dev/null; then
      echo "${f##*/}"
    else
      rm -f "$f"
    fi
  done
}

# Prints PG_PORT on stdout so the caller (outside the locking subshell) learns it.
shared_cluster_acquire() {
  mkdir -p "$PGDATA_ROOT/run.users"
  : >"$PGDATA_ROOT/run.users/$$"
  if cluster_is_live "$PG_DIR"; then
    log "reusing the PostgreSQL already serving ${PG_DIR#"$ROOT"/} (port $PG_PORT)"
  else
    [[ -f "$PG_DIR/PG_VERSION" ]] || init_cluster "$PG_DIR" persistent
    choose_socket_dir
    start_cluster "$PG_DIR"
  fi
  echo "$PG_PORT"
}

shared_cluster_release() {
  rm -f "$PGDATA_ROOT/run.users/$$"
  if [[ -n "$(live_run_users)" ]]; then
    log "PostgreSQL in ${PG_DIR#"$ROOT"/} left running for the other ./disputes run"
  elif cluster_is_live "$PG_DIR"; then
    log "stopping PostgreSQL in ${PG_DIR#"$ROOT"/}"
    stop_cluster "$PG_DIR"
  fi
}

# A `test` invocation killed with SIGKILL cannot clean up; its cluster folder is named after its
# PID, so once that process is gone the next `test` stops the orphaned server and deletes it.
sweep_orphan_test_clusters() {
  local dir pid
  for dir in "$PGDATA_ROOT"/test-*; do
    [[ -d "$dir" ]] || continue
    pid="${dir##*/test-}"
    [[ "$pid" =~ ^[0-9]+$ ]] || continue
    kill -0 "$pid" 2>/dev/null && continue
    log "removing orphaned test cluster ${dir#"$ROOT"/}"
    if [[ -n "$(cluster_pids "$dir")" ]]; then
      as_pg_user "$PG_BIN/pg_ctl" -D "$dir" -m immediate -w -t 30 -s stop || true
    fi
    rm -rf "$dir" "$dir.initdb.log"
  done
}

# Sets ConnectionStrings__Disputes, starting a private cluster when none was given.
# $1: "throwaway" (test), "durable" (a throwaway cluster with production durability: bench load) or "shared" (run).
ensure_database() {
  local mode="$1"
  if [[ -n "${ConnectionStrings__Disputes:-}" ]]; then
    log "using PostgreSQL from ConnectionStrings__Disputes; not starting one"
    return 0
  fi
  ensure_pg_bin
  choose_pg_user
  resolve_pgdata_root
  if [[ "$mode" == throwaway || "$mode" == durable ]]; then
    sweep_orphan_test_clusters
    # Named like a test cluster either way, so that the orphan sweep also removes a killed bench's cluster.
    PG_DIR="$PGDATA_ROOT/test-$$"
    PG_THROWAWAY=1
    rm -rf "$PG_DIR" # a previous process with our PID was killed before cleaning up
    init_cluster "$PG_DIR" "$mode"
    choose_socket_dir
    start_cluster "$PG_DIR"
  else
    PG_DIR="$PGDATA_ROOT/run"
    PG_SHARED=1
    PG_PORT="$(with_run_lock shared_cluster_acquire)"
  fi
  create_database
  export_connection_string
}

release_database() {
  if ((PG_SHARED)); then
    PG_SHARED=0
    with_run_lock shared_cluster_release || true
  elif ((PG_STARTED_BY_US)); then
    PG_STARTED_BY_US=0
    if [[ "${DISPUTES_KEEP_PG:-0}" == 1 ]]; then
      local as=""
      [[ "$PG_USER" == "$(id -un)" ]] || as="runuser -u $PG_USER -- "
      log "DISPUTES_KEEP_PG=1: leaving PostgreSQL running in $PG_DIR (port $PG_PORT);" \
        "stop it with: $as$PG_BIN/pg_ctl -D $PG_DIR stop"
      return 0
    fi
    stop_cluster "$PG_DIR"
  fi
  if ((PG_THROWAWAY)); then
    PG_THROWAWAY=0
    if [[ "${DISPUTES_KEEP_PG:-0}" != 1 ]]; then
      # A start that timed out may still have left a postmaster behind; never delete under it.
      if [[ -n "$(cluster_pids "$PG_DIR")" ]]; then
        as_pg_user "$PG_BIN/pg_ctl" -D "$PG_DIR" -m immediate -w -t 30 -s stop || true
      fi
      rm -rf "$PG_DIR" "$PG_DIR.initdb.log"
    fi
  fi
  # A fallback socket directory in /tmp is ours alone.
  if [[ -n "$PG_SOCK" && "$PG_SOCK" == /tmp/disputes-pgsock.* ]]; then
    rm -rf "$PG_SOCK"
  fi
  PG_SOCK=""
}

# ---------------------------------------------------------------------------------------------
# PostgreSQL: handing the cluster to the reliability harness
# ---------------------------------------------------------------------------------------------

# The reliability harness stops and starts PostgreSQL in its outage scenario, which only a cluster this
# invocation started may suffer; with ConnectionStrings__Disputes from outside, the harness skips it.
export_pg_control() {
  unset DISPUTES_RELIABILITY_PG_STOP DISPUTES_RELIABILITY_PG_START DISPUTES_RELIABILITY_PG_DIR
  ((PG_STARTED_BY_US)) || return 0
  local as=""
  [[ "$PG_USER" == "$(id -un)" ]] || as="runuser -u $(printf '%q' "$PG_USER") -- "
  # The harness appends the shutdown mode (fast or immediate).
  export DISPUTES_RELIABILITY_PG_STOP="cd / && ${as}$(printf '%q' "$PG_BIN/pg_ctl") -D $(printf '%q' "$PG_DIR") -w -t 60 -s stop -m"
  # Its processes are found by their working directory, to freeze them (SIGSTOP) in the outage scenario.
  export DISPUTES_RELIABILITY_PG_DIR="$PG_DIR"
  export DISPUTES_RELIABILITY_PG_START="cd / && ${as}$(printf '%q' "$PG_BIN/pg_ctl") -D $(printf '%q' "$PG_DIR") -l $(printf '%q' "$PG_DIR/server.log") -w -t 60 -s start"
}

# Test clusters trade durability for speed (synchronous_commit=off, fsync=off). An immediate stop of such a
# server loses commits it already acknowledged, and the reliability run caught exactly that as
# "acknowledged but missing". The outage scenario is about the API, so its server gets PostgreSQL's defaults.
make_cluster_durable() {
  ((PG_STARTED_BY_US)) || return 0
  local setting
  for setting in "synchronous_commit = on" "fsync = on" "full_page_writes = on"; do
    "$PG_BIN/psql" -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -c "ALTER SYSTEM SET $setting" || return 1
  done
  "$PG_BIN/psql" -X -q -At -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -c "SELECT pg_reload_conf()" >/dev/null
}
