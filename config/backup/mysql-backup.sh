#!/usr/bin/env bash
# Backup and restore of one service schema (canteen or care_facility) with mysqldump; see docs/reliability.md.
#
#   mysql-backup.sh dump    <schema> <file.sql.gz>      consistent online dump (InnoDB snapshot, no locks)
#   mysql-backup.sh restore <file.sql.gz> <schema>      into an empty or new schema (refuses a non-empty one)
#   mysql-backup.sh compare <schema> <other-schema>     row counts and CHECKSUM TABLE of every table
#   mysql-backup.sh selftest <schema>                   dump, restore into <schema>_restore_check, compare, drop
#
# Connection options come from MYSQL_OPTS (default "-uroot", e.g. "-h db -u backup -p..." or
# "--defaults-extra-file=/etc/xingfu/backup.cnf"). The dump carries no CREATE DATABASE / USE, so it can be
# restored under another name (a copy for checking, or the real schema after a loss).
set -euo pipefail

MYSQL_OPTS=${MYSQL_OPTS:--uroot}
# shellcheck disable=SC2086
sql() { mysql $MYSQL_OPTS --batch --skip-column-names "$@"; }

die() { echo "mysql-backup: $*" >&2; exit 1; }

dump() {
  local schema=$1 file=$2
  # --single-transaction: one consistent snapshot while the service keeps writing (all tables are InnoDB);
  # --routines/--triggers/--events: everything the schema holds; --hex-blob: pictures and keys byte-exact
  # shellcheck disable=SC2086
  mysqldump $MYSQL_OPTS --single-transaction --quick --routines --triggers --events --hex-blob \
    --default-character-set=utf8mb4 --no-tablespaces --skip-dump-date "$schema" | gzip -c > "$file.tmp"
  mv "$file.tmp" "$file"
  echo "dumped $schema to $file ($(wc -c < "$file") bytes)"
}

restore() {
  local file=$1 schema=$2
  sql -e "CREATE DATABASE IF NOT EXISTS \`$schema\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
  local tables
  tables=$(sql -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$schema'")
  [ "$tables" -eq 0 ] || die "schema $schema is not empty ($tables tables); restore into a new schema"
  gunzip -c "$file" | sql "$schema"
  echo "restored $file into $schema"
}

# one line per table: name, row count, checksum
fingerprint() {
  local schema=$1 table
  for table in $(sql -e "SELECT table_name FROM information_schema.tables WHERE table_schema = '$schema'
                         AND table_type = 'BASE TABLE' ORDER BY table_name"); do
    local rows checksum
    rows=$(sql -e "SELECT COUNT(*) FROM \`$schema\`.\`$table\`")
    checksum=$(sql -e "CHECKSUM TABLE \`$schema\`.\`$table\`" | awk '{print $2}')
    echo "$table $rows $checksum"
  done
}

compare() {
  local a=$1 b=$2
  local left right
  left=$(fingerprint "$a")
  right=$(fingerprint "$b")
  [ -n "$left" ] || die "schema $a has no tables"
  if [ "$left" != "$right" ]; then
    diff <(echo "$left") <(echo "$right") >&2 || true
    die "$a and $b differ"
  fi
  echo "$a and $b are identical: $(echo "$left" | wc -l) tables, $(echo "$left" | awk '{s+=$2} END {print s}') rows"
}

selftest() {
  local schema=$1
  SELFTEST_COPY=${1}_restore_check
  SELFTEST_FILE=$(mktemp --suffix=.sql.gz)
  trap 'rm -f "$SELFTEST_FILE"; sql -e "DROP DATABASE IF EXISTS \`$SELFTEST_COPY\`"' EXIT
  local copy=$SELFTEST_COPY file=$SELFTEST_FILE
  sql -e "DROP DATABASE IF EXISTS \`$copy\`"
  dump "$schema" "$file"
  restore "$file" "$copy"
  compare "$schema" "$copy"
}

case ${1:-} in
  dump) [ $# -eq 3 ] || die "usage: dump <schema> <file.sql.gz>"; dump "$2" "$3" ;;
  restore) [ $# -eq 3 ] || die "usage: restore <file.sql.gz> <schema>"; restore "$2" "$3" ;;
  compare) [ $# -eq 3 ] || die "usage: compare <schema> <other-schema>"; compare "$2" "$3" ;;
  selftest) [ $# -eq 2 ] || die "usage: selftest <schema>"; selftest "$2" ;;
  *) sed -n '2,12p' "$0" >&2; exit 2 ;;
esac
