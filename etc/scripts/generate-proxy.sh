#!/usr/bin/env bash
# Regenerates angular/openapi.json from the host and the TypeScript client (angular/src/app/proxy) from it.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
work="$(mktemp -d)"; port="${PROXY_PORT:-5198}" # distinct ports let two worktrees regenerate at once
dotnet build aspnet-core/src/TalentReform.HttpApi.Host -p:SkipSpaBuild=true -nologo -clp:ErrorsOnly
(cd aspnet-core/src/TalentReform.HttpApi.Host && ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" \
  ConnectionStrings__Default="Data Source=$work/proxy.db" App__SeedDemoData=true \
  exec dotnet bin/Debug/net10.0/TalentReform.HttpApi.Host.dll) >"$work/host.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break; sleep 1; done
(cd angular && API="http://127.0.0.1:$port" npm run --silent proxy:fetch && npm run --silent proxy:generate)
echo "angular/openapi.json and angular/src/app/proxy regenerated."
