#!/usr/bin/env bash
# Runs the load tool N times, each against a silo started fresh (empty data directory), and stops each silo it started.
# Build both in Release first (see docs/performance/api.md). Usage, from the repository root:
#   tests/PeaceOps.Ops.LoadTest/fresh-silo-runs.sh RUNS [load tool options...]
#   tests/PeaceOps.Ops.LoadTest/fresh-silo-runs.sh 3 --aircraft 500 --clients 50 --seconds 30 --burst-every 10 --burst-rate 2000
# Environment: PORT (default 5080), OUT (default /tmp/peaceops-load-runs: one log per run), SILO_ENV (extra environment for
# the silo only, e.g. "DOTNET_TieredPGO=0"), SILO_DLL (a published silo to start instead of the Release build, e.g. the
# ReadyToRun publish the container image uses; see docs/performance/api.md), COUNTERS=1 (record the silo's runtime counters
# with dotnet-counters during the run and print its CPU, GC pause and JIT work; needs dotnet-counters on PATH or in ~/.dotnet/tools).
set -euo pipefail
runs=${1:?how many runs}
shift
port=${PORT:-5080}
out=${OUT:-/tmp/peaceops-load-runs}
mkdir -p "$out"
silo_pid=
stop_silo() {
  if [[ -n "$silo_pid" ]] && kill -0 "$silo_pid" 2>/dev/null; then
    kill -TERM -- "-$silo_pid" 2>/dev/null || true
    wait "$silo_pid" 2>/dev/null || true
  fi
  silo_pid=
}
trap stop_silo EXIT
for run in $(seq 1 "$runs"); do
  data="/tmp/peaceops-load-$run"
  rm -rf "$data"
  # setsid: the silo (dotnet run and the app it starts) in its own process group, so stopping it stops exactly that.
  if [[ -n "${SILO_DLL:-}" ]]; then
    silo=(dotnet "$SILO_DLL")
  else
    silo=(dotnet run --no-build -c Release --project silo --)
  fi
  env ${SILO_ENV:-} setsid "${silo[@]}" --urls "http://127.0.0.1:$port" --scenario none --no-simulation --data-directory "$data" >"$out/silo-$run.log" 2>&1 &
  silo_pid=$!
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break
    sleep 1
  done
  echo "== run $run ($(date -u +%H:%M:%S) UTC, $(uptime | sed 's/.*load average/load average/'))" | tee "$out/run-$run.log"
  counters_pid=
  if [[ "${COUNTERS:-0}" == 1 ]]; then
    counters=$(command -v dotnet-counters || echo "$HOME/.dotnet/tools/dotnet-counters")
    app_pid=$(ss -ltnpH "sport = :$port" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1)
    rm -f "$out/counters-$run.csv"
    "$counters" collect -p "$app_pid" --refresh-interval 1 --format csv -o "$out/counters-$run.csv" --counters System.Runtime >/dev/null 2>&1 &
    counters_pid=$!
  fi
  dotnet tests/PeaceOps.Ops.LoadTest/bin/Release/net10.0/PeaceOps.Ops.LoadTest.dll --url "http://127.0.0.1:$port" "$@" 2>&1 | tee -a "$out/run-$run.log" || true
  if [[ -n "$counters_pid" ]]; then
    # TERM, not INT: a background job of a non-interactive shell ignores SIGINT.
    kill -TERM "$counters_pid" 2>/dev/null || true
    wait "$counters_pid" 2>/dev/null || true
    awk -F, '$3 ~ /cpu.time/ {c+=$5} $3 ~ /gc.pause.time/ {g+=$5} $3 ~ /jit.compiled_methods/ {m+=$5} $3 ~ /jit.compilation.time/ {j+=$5}
      END {printf "== silo while the tool ran (sign-in to the end): CPU %.1f s, GC pause %.2f s, JIT %d methods in %.1f s\n", c, g, m, j}' \
      "$out/counters-$run.csv" | tee -a "$out/run-$run.log"
  fi
  echo "== after run $run: $(uptime | sed 's/.*load average/load average/'); WAL $(stat -c %s "$data/peaceops.db-wal" 2>/dev/null || echo 0) bytes" | tee -a "$out/run-$run.log"
  stop_silo
done
