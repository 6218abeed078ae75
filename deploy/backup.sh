#!/usr/bin/env bash
# Back up the newsroom: the PostgreSQL database (custom format) and the uploaded media.
#   deploy/backup.sh /backups/2026-11-23      (reads DATABASE_URL and MEDIA_ROOT)
set -euo pipefail
target=${1:?usage: deploy/backup.sh TARGET_DIRECTORY}
: "${DATABASE_URL:?set DATABASE_URL, e.g. postgres://postgres@127.0.0.1:5432/newsroom}"
media=${MEDIA_ROOT:-var/media}
mkdir -p "$target"
pg_dump --format=custom --no-owner --file="$target/newsroom.dump" "$DATABASE_URL"
if [ -d "$media" ]; then
    tar --create --gzip --file="$target/media.tar.gz" --directory="$media" .
fi
echo "Backed up to $target: $(ls "$target" | tr '\n' ' ')"
