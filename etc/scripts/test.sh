#!/usr/bin/env bash
# Runs every test suite: backend (xUnit), Angular unit tests (Vitest) and browser end-to-end tests
# (Playwright driving Debian's Chromium against the real host on a fresh SQLite database).
# The last line is the total over all suites: "N passed, N failed". Exit code is non-zero on any failure.
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
artifacts="$root/test/e2e-artifacts"
work="$(mktemp -d)"
mkdir -p "$artifacts"
host_pid=""
cleanup() { [ -n "$host_pid" ] && kill "$host_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

total_passed=0
total_failed=0
summary=()
record() { # suite passed failed
  total_passed=$((total_passed + $2)); total_failed=$((total_failed + $3))
  summary+=("$(printf '%-40s %5d passed, %d failed' "$1" "$2" "$3")")
}
step() { echo; echo "==> $*"; }

# --- prerequisites -----------------------------------------------------------------------------
step "Checking prerequisites"
missing=()
command -v dotnet >/dev/null || missing+=(".NET 10 SDK (dotnet)")
command -v node >/dev/null || missing+=("Node.js 20 (node)")
command -v npm >/dev/null || missing+=("npm")
if [ ${#missing[@]} -gt 0 ]; then
  echo "Missing: ${missing[*]}. Install them and run again." >&2
  echo "0 passed, 1 failed"; exit 1
fi
if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "Installing Debian's chromium and fonts-noto-cjk for the browser tests ..."
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk) >"$work/apt.log" 2>&1 \
      || { tail -20 "$work/apt.log"; }
  fi
fi
[ -x /usr/bin/chromium ] || echo "WARNING: /usr/bin/chromium is missing: run 'sudo apt-get install chromium fonts-noto-cjk'; the browser tests will fail." >&2

# --- build ---------------------------------------------------------------------------------------
npm_install() { # dir: npm ci, unless node_modules was installed from this very lock file
  local stamp="$1/node_modules/.lock-sha256" want
  want="$(sha256sum "$1/package-lock.json" | cut -d' ' -f1)"
  [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && return 0
  (cd "$1" && npm ci --no-audit --no-fund --loglevel=error) && echo "$want" >"$stamp"
}
step "Installing npm packages and building the Angular app"
npm_install "$root/angular" && (cd angular && npm run build --silent) >"$work/ng-build.log" 2>&1
ng_build=$?
[ $ng_build -eq 0 ] || { tail -40 "$work/ng-build.log"; }

step "Building the .NET solution"
dotnet build TalentReform.slnx -p:SkipSpaBuild=true -nologo -clp:ErrorsOnly >"$work/build.log" 2>&1
dotnet_build=$?
[ $dotnet_build -eq 0 ] || { grep -E "error" "$work/build.log" | sort -u | head -40; }

# --- backend tests ---------------------------------------------------------------------------------
step "Backend tests (xUnit)"
if [ $dotnet_build -eq 0 ]; then
  for project in test/TalentReform.*Tests/*.csproj; do
    name="$(basename "$project" .csproj)"
    dotnet test "$project" --no-build -nologo >"$work/$name.log" 2>&1
    line="$(grep -E "^(Passed|Failed)!" "$work/$name.log" | tail -1)"
    if [ -n "$line" ]; then
      passed="$(sed -E 's/.*Passed: *([0-9]+).*/\1/' <<<"$line")"; failed="$(sed -E 's/.*Failed: *([0-9]+),.*/\1/' <<<"$line")"
      [ "$failed" = "0" ] || grep -E "^\s+Failed |Assert|Exception" "$work/$name.log" | head -40
    else
      passed=0; failed=1; tail -30 "$work/$name.log"
    fi
    echo "$name: $passed passed, $failed failed"
    record "$name" "$passed" "$failed"
  done
else
  record "backend (build failed)" 0 1
fi

# --- Angular unit tests ------------------------------------------------------------------------------
step "Angular unit tests (Vitest)"
rm -f angular/test-results/vitest.json
(cd angular && npm test --silent) >"$work/ng-test.log" 2>&1
ng_test=$?
read -r passed failed < <(node -e "
  try { const r=require('$root/angular/test-results/vitest.json'); console.log(r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorTests||0)); }
  catch { console.log('0 1'); }")
if [ $ng_test -ne 0 ] && [ "$failed" = "0" ]; then failed=1; fi
[ "$failed" = "0" ] || tail -40 "$work/ng-test.log"
echo "angular: $passed passed, $failed failed"
record "angular (vitest)" "$passed" "$failed"

# --- end-to-end tests ----------------------------------------------------------------------------------
step "End-to-end tests (Playwright + Chromium) against the host on a fresh SQLite database"
port=5199
if [ $ng_build -eq 0 ] && [ $dotnet_build -eq 0 ]; then
  (cd aspnet-core/src/TalentReform.HttpApi.Host && \
    ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" \
    ConnectionStrings__Default="Data Source=$work/e2e.db" App__SeedDemoData=true \
    DOTNET_NOLOGO=1 exec dotnet bin/Debug/net10.0/TalentReform.HttpApi.Host.dll) >"$work/host.log" 2>&1 &
  host_pid=$!
  for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break; sleep 1; done
  npm_install "$root/test/e2e"
  rm -f "$artifacts/results.json"
  (cd test/e2e && E2E_BASE_URL="http://127.0.0.1:$port" npx playwright test) >"$work/e2e.log" 2>&1
  e2e=$?
  read -r passed failed < <(node -e "
    try { const s=require('$artifacts/results.json').stats; console.log(s.expected, s.unexpected + s.flaky); }
    catch { console.log('0 1'); }")
  if [ $e2e -ne 0 ] && [ "$failed" = "0" ]; then failed=1; fi
  [ "$failed" = "0" ] || { tail -60 "$work/e2e.log"; echo "--- host log"; tail -30 "$work/host.log"; }
  kill "$host_pid" 2>/dev/null; wait "$host_pid" 2>/dev/null; host_pid=""
else
  passed=0; failed=1; echo "skipped: the build failed"
fi
echo "e2e: $passed passed, $failed failed"
record "e2e (playwright)" "$passed" "$failed"

# --- total ---------------------------------------------------------------------------------------------
echo
echo "==> Summary"
printf '%s\n' "${summary[@]}"
echo "$total_passed passed, $total_failed failed"
[ "$total_failed" -eq 0 ] && [ $ng_build -eq 0 ] && [ $dotnet_build -eq 0 ]
