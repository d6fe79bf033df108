#!/usr/bin/env bash
# Adds a migration with the same name for both providers: etc/scripts/add-migration.sh AddPosts
set -euo pipefail
cd "$(dirname "$0")/../.."
name="${1:?usage: add-migration.sh MigrationName}"
dotnet tool restore >/dev/null
for provider in Sqlite SqlServer; do
  dotnet ef migrations add "$name" \
    --project "aspnet-core/src/TalentReform.EntityFrameworkCore.$provider" \
    --startup-project aspnet-core/src/TalentReform.DbMigrator \
    --output-dir Migrations -- "$provider"
done
