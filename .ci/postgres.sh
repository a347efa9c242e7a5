# Sourced by .ci/run: a throwaway PostgreSQL 15 server (Debian's packages, installed with apt-get
# when missing and running as root) for the web API sample's integration tests. postgres_start exports KINERJA_TEST_POSTGRES when the server is up,
# or prints why it could not start and leaves it unset (the PostgreSQL tests then report that they
# did not run). postgres_stop stops the server and removes its files. Never fails the caller.
# Run by hand: `. .ci/postgres.sh && postgres_start && dotnet test tests/Kinerja.Samples.WebApi.Tests; postgres_stop`

KINERJA_PG_BIN="${KINERJA_PG_BIN:-/usr/lib/postgresql/15/bin}"
KINERJA_PG_DIR=""
KINERJA_PG_USER=""

kinerja_pg_not_started() {
  echo "PostgreSQL not started: $*"
  echo "(so the PostgreSQL tests of tests/Kinerja.Samples.WebApi.Tests are reported as skipped: KINERJA_TEST_POSTGRES is not set)"
}

kinerja_pg_as() {
  # Runs a command as the server's owner (PostgreSQL refuses to run as root).
  if [ "$(id -u)" -eq 0 ]; then runuser -u "$KINERJA_PG_USER" -- "$@"; else "$@"; fi
}

postgres_start() {
  unset KINERJA_TEST_POSTGRES
  if [ ! -x "$KINERJA_PG_BIN/initdb" ] && [ "$(id -u)" -eq 0 ] && command -v apt-get > /dev/null 2>&1; then
    # A new machine may not have the server yet: install Debian's package (no cluster is used but ours).
    echo "PostgreSQL 15 is not installed: apt-get install postgresql-15 ..."
    export DEBIAN_FRONTEND=noninteractive
    { timeout 600 apt-get install -y -qq postgresql-15 || { timeout 300 apt-get update -qq && timeout 600 apt-get install -y -qq postgresql-15; }; } \
      > /tmp/kinerja-pg-install.log 2>&1 || tail -n 5 /tmp/kinerja-pg-install.log
  fi

  if [ ! -x "$KINERJA_PG_BIN/initdb" ] || [ ! -x "$KINERJA_PG_BIN/pg_ctl" ]; then
    kinerja_pg_not_started "$KINERJA_PG_BIN/initdb or pg_ctl is missing (apt-get install postgresql-15)."
    return 0
  fi

  KINERJA_PG_USER="$(id -un)"
  if [ "$(id -u)" -eq 0 ]; then
    KINERJA_PG_USER=postgres
    if ! id "$KINERJA_PG_USER" > /dev/null 2>&1; then
      KINERJA_PG_USER=kinerja-pg
      id "$KINERJA_PG_USER" > /dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$KINERJA_PG_USER" \
        || { kinerja_pg_not_started "running as root and no non-root user could be made to own the server."; return 0; }
    fi
  fi

  local port
  port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')" \
    || { kinerja_pg_not_started "no free port found."; return 0; }
  KINERJA_PG_DIR="$(mktemp -d /tmp/kinerja-pg.XXXXXX)"
  chown "$KINERJA_PG_USER" "$KINERJA_PG_DIR" 2> /dev/null || true

  if ! kinerja_pg_as "$KINERJA_PG_BIN/initdb" -D "$KINERJA_PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C > "$KINERJA_PG_DIR/initdb.log" 2>&1; then
    tail -n 20 "$KINERJA_PG_DIR/initdb.log"; kinerja_pg_not_started "initdb failed (its log is above)."
    postgres_stop; return 0
  fi

  # Listens on 127.0.0.1 only, trusts local connections (a throwaway server), durability off for speed.
  if ! kinerja_pg_as "$KINERJA_PG_BIN/pg_ctl" -D "$KINERJA_PG_DIR/data" -l "$KINERJA_PG_DIR/server.log" -w -t 60 \
       -o "-c listen_addresses=127.0.0.1 -p $port -k $KINERJA_PG_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start > /dev/null 2>&1; then
    tail -n 20 "$KINERJA_PG_DIR/server.log" 2> /dev/null; kinerja_pg_not_started "pg_ctl start failed (the server log is above)."
    postgres_stop; return 0
  fi

  export KINERJA_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Timeout=15"
  echo "PostgreSQL $("$KINERJA_PG_BIN/postgres" --version | awk '{print $3}') started on 127.0.0.1:$port (data in $KINERJA_PG_DIR); KINERJA_TEST_POSTGRES is set."
}

postgres_stop() {
  if [ -n "$KINERJA_PG_DIR" ] && [ -d "$KINERJA_PG_DIR" ]; then
    if [ -f "$KINERJA_PG_DIR/data/postmaster.pid" ]; then
      kinerja_pg_as "$KINERJA_PG_BIN/pg_ctl" -D "$KINERJA_PG_DIR/data" -m fast -w stop > /dev/null 2>&1 \
        && echo "PostgreSQL stopped." || echo "PostgreSQL: pg_ctl stop failed (see $KINERJA_PG_DIR/server.log)."
    fi
    rm -rf "$KINERJA_PG_DIR"
  fi
  KINERJA_PG_DIR=""
  unset KINERJA_TEST_POSTGRES
}
