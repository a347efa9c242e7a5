#!/usr/bin/env bash
# Adds an EF Core migration named <Name> to the web API sample for both of its providers, with the
# local dotnet-ef tool (dotnet-tools.json): SqliteKinerjaDbContext into Persistence/Migrations/Sqlite and
# PostgresKinerjaDbContext into Persistence/Migrations/Postgres. The design-time factories make the
# contexts: no app start-up, no configuration and no database server are needed.
# Usage: eng/add-migration.sh <Name> [--allow-empty]
#   --allow-empty  add it even when the model has not changed (a migration of hand-written SQL or data).
# Then review both generated migrations, run the sample's tests (they fail while a provider's model
# differs from its migrations) and commit the files of both folders together.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
project="$root/samples/Kinerja.Samples.WebApi"
name="${1:-}"
allow_empty="${2:-}"

if [[ ! "$name" =~ ^[A-Z][A-Za-z0-9]*$ ]]; then
  echo "usage: eng/add-migration.sh <Name> [--allow-empty]  (Name in PascalCase: letters and digits, e.g. AddRealisasiEvidence)" >&2
  exit 2
fi
if [ -n "$allow_empty" ] && [ "$allow_empty" != "--allow-empty" ]; then
  echo "unknown option '$allow_empty' (only --allow-empty)" >&2
  exit 2
fi
if compgen -G "$project/Persistence/Migrations/*/*_${name}.cs" > /dev/null; then
  echo "a migration named $name exists already: $(cd "$project" && ls Persistence/Migrations/*/*_"${name}".cs | tr '\n' ' ')" >&2
  exit 1
fi

cd "$root"
dotnet tool restore > /dev/null
dotnet build "$project" -m:1 -nologo -v:q

ef() { dotnet dotnet-ef "$@" --project "$project" --no-build; }

if [ -z "$allow_empty" ] && ef migrations has-pending-model-changes --context SqliteKinerjaDbContext > /dev/null 2>&1 \
   && ef migrations has-pending-model-changes --context PostgresKinerjaDbContext > /dev/null 2>&1; then
  echo "The model has not changed since the last migration of either provider: nothing to add (--allow-empty to add one anyway)." >&2
  exit 1
fi

# The namespace follows the folder (Kinerja.Samples.WebApi.Persistence.Migrations.Sqlite); passing --namespace
# as well would put a first model snapshot in a folder made from the namespace instead.
ef migrations add "$name" --context SqliteKinerjaDbContext --output-dir Persistence/Migrations/Sqlite
if ! ef migrations add "$name" --context PostgresKinerjaDbContext --output-dir Persistence/Migrations/Postgres; then
  echo "Adding $name for PostgreSQL failed: removing the SQLite one again, so that the two sets stay alike." >&2
  dotnet build "$project" -m:1 -nologo -v:q && ef migrations remove --context SqliteKinerjaDbContext --force
  exit 1
fi

echo "Added $name for SQLite and PostgreSQL:"
(cd "$project" && git status --short -- Persistence/Migrations)
