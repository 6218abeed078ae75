#!/usr/bin/env bash
# Restore a backup made by deploy/backup.sh into an EMPTY database and media directory.
#   createdb newsroom_restored
#   DATABASE_URL=postgres://postgres@127.0.0.1:5432/newsroom_restored \
#     MEDIA_ROOT=/srv/newsroom/media deploy/restore.sh /backups/2026-11-23
set -euo pipefail
source=${1:?usage: deploy/restore.sh BACKUP_DIRECTORY}
: "${DATABASE_URL:?set DATABASE_URL to the empty database to restore into}"
media=${MEDIA_ROOT:-var/media}
pg_restore --no-owner --exit-on-error --dbname="$DATABASE_URL" "$source/newsroom.dump"
if [ -f "$source/media.tar.gz" ]; then
    mkdir -p "$media"
    tar --extract --gzip --file="$source/media.tar.gz" --directory="$media"
fi
echo "Restored $source into $DATABASE_URL and $media"
