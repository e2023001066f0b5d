#!/usr/bin/env bash
# The gateway's cost, measured: builds in Release, then for each target — direct (the Cal.com sandbox itself),
# forwarder (bench/Booking.Forwarder) and gateway (POST /api/slots/reserve in Live mode) — starts a fresh sandbox,
# drives real bookings with wrk (bench/wrk/booking.lua: a distinct slot and attendee per request) at a fixed
# concurrency and then over one connection, and samples the serving process's CPU time and peak RSS. Then runs the
# in-process micro-benchmarks (bench/Booking.Benchmarks). Writes bench/results/latest.md and prints it.
#
#   bench/run.sh [--load-only | --micro-only]
#
# Knobs (environment): BENCH_CONNECTIONS (32), BENCH_THREADS (2), BENCH_DURATION (20 s, throughput),
# BENCH_LATENCY_DURATION (20 s, one connection), BENCH_WARMUP (30 s: long enough for tiered JIT to settle on 2 cores),
# BENCH_PORT_BASE (5180: sandbox, +1 forwarder, +2 gateway), BENCH_RESULTS (bench/results/latest.md).
# Only 127.0.0.1 is ever contacted. Method and findings: docs/adr/0020-measuring-the-gateways-cost.md.
set -euo pipefail

cd "$(dirname "$0")/.."
root=$PWD

mode=all
case "${1:-}" in
  "") ;;
  --load-only) mode=load ;;
  --micro-only) mode=micro ;;
  *) echo "usage: bench/run.sh [--load-only | --micro-only]" >&2; exit 2 ;;
esac

connections=${BENCH_CONNECTIONS:-32}
threads=${BENCH_THREADS:-2}
duration=${BENCH_DURATION:-20}
latency_duration=${BENCH_LATENCY_DURATION:-20}
warmup=${BENCH_WARMUP:-30}
port_base=${BENCH_PORT_BASE:-5180}
sandbox_port=$port_base
forwarder_port=$((port_base + 1))
api_port=$((port_base + 2))
results=${BENCH_RESULTS:-$root/bench/results/latest.md}

api_key=cal_sandbox_5f2b8c0e9d4a4f6b
clock_ticks=$(getconf CLK_TCK)
logs=$(mktemp -d)
started_pids=()

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

log() { printf '==> %s\n' "$*" >&2; }

stop_all() {
  local pid
  for pid in "${started_pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${started_pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  started_pids=()
}
trap stop_all EXIT

# ---------------------------------------------------------------------------------------------------------------- tools

ensure_wrk() {
  command -v wrk >/dev/null && return
  log "Installing wrk (Debian package)"
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && apt-get install -y -qq wrk >/dev/null
  else
    sudo apt-get update -qq && sudo apt-get install -y -qq wrk >/dev/null
  fi
}

build() {
  log "Building in Release"
  local project
  for project in src/Booking.Api/Booking.Api.csproj bench/Booking.Forwarder/Booking.Forwarder.csproj; do
    dotnet build "$root/$project" -c Release -nologo >"$logs/build.log" 2>&1 || { tail -30 "$logs/build.log" >&2; return 1; }
  done
}

sandbox_dll=$root/src/Booking.CalComSandbox/bin/Release/net10.0/Booking.CalComSandbox.dll
forwarder_dll=$root/bench/Booking.Forwarder/bin/Release/net10.0/Booking.Forwarder.dll
api_dll=$root/src/Booking.Api/bin/Release/net10.0/Booking.Api.dll

# ------------------------------------------------------------------------------------------------------------ processes

now_ns() { date +%s%N; }

# start NAME COMMAND...: runs COMMAND in the background, logging to $logs/NAME.log; sets $last_pid.
start() {
  local name=$1
  shift
  "$@" >"$logs/$name.log" 2>&1 &
  last_pid=$!
  started_pids+=("$last_pid")
}

start_sandbox() {
  start sandbox env Sandbox__RateLimitPerWindow=100000000 \
    dotnet "$sandbox_dll" --urls "http://127.0.0.1:$sandbox_port"
}

start_forwarder() {
  start forwarder env Forwarder__Upstream="http://127.0.0.1:$sandbox_port/" ASPNETCORE_ENVIRONMENT=Production \
    dotnet "$forwarder_dll" --urls "http://127.0.0.1:$forwarder_port"
}

# The gateway runs as the container image runs it: the Dockerfile's gen0 budget included.
start_gateway() {
  start gateway env \
    CalCom__Mode=Live CalCom__BaseUrl="http://127.0.0.1:$sandbox_port/v2" CalCom__ApiKey=$api_key \
    LOG_LEVEL=warning ASPNETCORE_ENVIRONMENT=Production DOTNET_GCgen0size=0x400000 \
    CalCom__UpstreamBudget__PermitsPerMinute=1000000 InboundRateLimit__PermitsPerMinute=100000000 \
    dotnet "$api_dll" --urls "http://127.0.0.1:$api_port"
}

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

peak_rss_kb() { awk '/^VmHWM:/ { print $2 }' "/proc/$1/status"; }

# ------------------------------------------------------------------------------------------------------------- bookings

# Slot numbers as in booking.lua: slot n starts n * 30 minutes after 2040-01-01T00:00Z. Each run against one store
# takes its own range: warm-up 0.., throughput 1e6.., one connection 2e6.., readiness probes of the sandbox 3e6..
# and of the process in front of it 3.1e6...
sandbox_probe_slot=3000000
front_probe_slot=3100000

instant() { date -u -d "@$1" +%Y-%m-%dT%H:%M:%S.000Z; }

booking_body() {
  local shape=$1 slot=$2
  local start=$((2208988800 + slot * 1800))
  if [ "$shape" = gateway ]; then
    printf '{"eventTypeId":"3139331","start":"%s","end":"%s","attendee":{"name":"Ready %s","email":"ready-%s@bench.example.com"},"timezone":"UTC"}' \
      "$(instant "$start")" "$(instant $((start + 1800)))" "$slot" "$slot"
  else
    printf '{"start":"%s","eventTypeId":3139331,"attendee":{"name":"Ready %s","email":"ready-%s@bench.example.com","timeZone":"UTC"}}' \
      "$(instant "$start")" "$slot" "$slot"
  fi
}

# book SHAPE URL SLOT: prints the HTTP status of one booking (000 when nothing answered).
book() {
  local shape=$1 url=$2 slot=$3
  local path=/v2/bookings
  [ "$shape" = gateway ] && path=/api/slots/reserve
  curl -s -o /dev/null -w '%{http_code}' --max-time 5 -X POST "$url$path" \
    -H 'Content-Type: application/json' -H 'cal-api-version: 2024-08-13' -H "Authorization: Bearer $api_key" \
    --data "$(booking_body "$shape" "$slot")" || true
}

# until_booked SHAPE URL PID STARTED_NS FIRST_SLOT: books until one succeeds; prints milliseconds since STARTED_NS.
until_booked() {
  local shape=$1 url=$2 pid=$3 started=$4 slot=$5 status
  while true; do
    status=$(book "$shape" "$url" "$slot")
    case "$status" in
      2??) break ;;
      000) ;;
      *) echo "booking through $url answered $status while starting" >&2; return 1 ;;
    esac
    kill -0 "$pid" 2>/dev/null || { echo "process $pid exited while starting; log in $logs" >&2; return 1; }
    slot=$((slot + 1))
    sleep 0.005
  done
  echo $((($(now_ns) - started) / 1000000))
}

# ---------------------------------------------------------------------------------------------------------------- load

# field JSON NAME: a number from a BENCH_RESULT line.
field() { sed -E "s/.*\"$2\":([0-9.]+).*/\1/" <<<"$1"; }

# drive NAME URL SHAPE FIRST_SLOT THREADS CONNECTIONS SECONDS: prints the BENCH_RESULT json.
drive() {
  local name=$1 url=$2 shape=$3 first=$4 t=$5 c=$6 seconds=$7
  wrk -t"$t" -c"$c" -d"${seconds}s" --timeout 10s -s "$root/bench/wrk/booking.lua" "$url" -- "$shape" "$first" "$t" \
    >"$logs/$name.wrk" 2>&1
  grep -o 'BENCH_RESULT .*' "$logs/$name.wrk" | cut -d' ' -f2-
}

declare -A result

# measure TARGET URL SHAPE SERVING_PID SANDBOX_PID READY_MS
measure() {
  local target=$1 url=$2 shape=$3 serving=$4 sandbox=$5 ready=$6 json serving0 sandbox0 non2xx
  result[$target.ready_ms]=$ready

  log "$target: warm-up ${warmup} s"
  json=$(drive "$target-warmup" "$url" "$shape" 0 "$threads" "$connections" "$warmup")
  non2xx=$(($(field "$json" non2xx) + $(field "$json" socket_errors) + $(field "$json" timeouts)))

  for run in throughput latency; do
    local t=$threads c=$connections seconds=$duration first=1000000
    if [ "$run" = latency ]; then
      t=1 c=1 seconds=$latency_duration first=2000000
    fi
    log "$target: $run, $c connection(s), $seconds s"
    serving0=$(cpu_ticks "$serving")
    sandbox0=$(cpu_ticks "$sandbox")
    json=$(drive "$target-$run" "$url" "$shape" "$first" "$t" "$c" "$seconds")
    local requests
    requests=$(field "$json" requests)
    result[$target.$run.rps]=$(awk -v n="$requests" -v us="$(field "$json" duration_us)" 'BEGIN { printf "%.0f", n / (us / 1e6) }')
    result[$target.$run.p50]=$(field "$json" p50_us)
    result[$target.$run.p90]=$(field "$json" p90_us)
    result[$target.$run.p99]=$(field "$json" p99_us)
    result[$target.$run.errors]=$(($(field "$json" non2xx) + $(field "$json" socket_errors) + $(field "$json" timeouts)))
    result[$target.$run.cpu_us]=$(awk -v d="$(($(cpu_ticks "$serving") - serving0))" -v n="$requests" -v hz="$clock_ticks" \
      'BEGIN { printf "%.0f", n ? d / hz * 1e6 / n : 0 }')
    result[$target.$run.sandbox_cpu_us]=$(awk -v d="$(($(cpu_ticks "$sandbox") - sandbox0))" -v n="$requests" -v hz="$clock_ticks" \
      'BEGIN { printf "%.0f", n ? d / hz * 1e6 / n : 0 }')
    non2xx=$((non2xx + ${result[$target.$run.errors]}))
  done

  result[$target.warmup_errors]=$non2xx
  result[$target.rss_mb]=$(awk -v kb="$(peak_rss_kb "$serving")" 'BEGIN { printf "%.0f", kb / 1024 }')
}

run_target() {
  local target=$1 started ready url shape=calcom sandbox
  log "$target: starting a fresh sandbox"
  started=$(now_ns)
  start_sandbox
  sandbox=$last_pid
  ready=$(until_booked calcom "http://127.0.0.1:$sandbox_port" "$sandbox" "$started" $sandbox_probe_slot)
  url=http://127.0.0.1:$sandbox_port

  case "$target" in
    direct)
      result[direct.ready_samples]=$ready
      measure direct "$url" calcom "$sandbox" "$sandbox" "$ready"
      ;;
    forwarder | gateway)
      url=http://127.0.0.1:$forwarder_port
      if [ "$target" = gateway ]; then
        url=http://127.0.0.1:$api_port
        shape=gateway
      fi
      # One start is at the mercy of whatever else the machine does in that second: three starts, the median counts.
      # The last start stays up and is the one measured.
      local samples=() attempt
      for attempt in 1 2 3; do
        started=$(now_ns)
        "start_$target"
        samples+=("$(until_booked "$shape" "$url" "$last_pid" "$started" $((front_probe_slot + attempt * 10000)))")
        if [ "$attempt" -lt 3 ]; then
          kill "$last_pid" 2>/dev/null || true
          wait "$last_pid" 2>/dev/null || true
        fi
      done
      result[$target.ready_samples]="${samples[*]}"
      ready=$(printf '%s\n' "${samples[@]}" | sort -n | sed -n 2p)
      measure "$target" "$url" "$shape" "$last_pid" "$sandbox" "$ready"
      ;;
  esac
  stop_all
}

# ---------------------------------------------------------------------------------------------------------------- report

ms() { awk -v us="$1" 'BEGIN { printf "%.2f", us / 1000 }'; }

verdict() { if awk "BEGIN { exit !($1) }"; then echo met; else echo "**missed**"; fi; }

machine_section() {
  local cpu memory_gib
  cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
  memory_gib=$(awk '/^MemTotal:/ { printf "%.1f", $2 / 1024 / 1024 }' /proc/meminfo)
  cat <<EOF
Machine: $(nproc) cores ($cpu), $memory_gib GiB memory, $(uname -sr), .NET $(dotnet --list-runtimes | awk '/NETCore.App/ { v = $2 } END { print v }'), $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2).
Date: $(date -u '+%Y-%m-%d %H:%M UTC'). Commit: $(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD -- src bench ':!bench/results' 2>/dev/null || echo ' (with local changes)').
Load average at start: $load_at_start; at end: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min; anything well above 0 means other work shared the cores).
EOF
  local load_at_end
  load_at_end=$(cut -d' ' -f1 /proc/loadavg)
  if awk -v start="${load_at_start%% *}" -v end="$load_at_end" 'BEGIN { exit !(start > 1 || end > 1) }'; then
    echo
    echo "**The machine was busy.** Requests per second and latencies, above all the tails, include waiting for other"
    echo "work; CPU time per request is the steadier number to compare."
  fi
}

load_section() {
  local target run label
  cat <<EOF

## Load benchmark

Every request is a distinct, real booking of event type 3139331 on a sandbox started afresh for each target (no
artificial latency, rate limit raised out of the way). wrk, the sandbox and the serving process share the machine.
CPU is user + system time of the serving process per request (from /proc/<pid>/stat); for \`direct\` the serving
process is the sandbox. Peak RSS is VmHWM of the serving process; ready is the time from starting the process until
the first booking through it succeeded: the median of three starts for forwarder and gateway, one for the sandbox.

EOF
  for run in throughput latency; do
    if [ "$run" = throughput ]; then
      label="Throughput: $connections connections, $threads wrk threads, $duration s after a $warmup s warm-up"
    else
      label="Latency: one connection, requests one after another, $latency_duration s"
    fi
    printf '### %s\n\n' "$label"
    echo '| target | req/s | p50 ms | p90 ms | p99 ms | non-2xx + errors | CPU µs/req (serving) | CPU µs/req (sandbox) |'
    echo '|---|---:|---:|---:|---:|---:|---:|---:|'
    for target in direct forwarder gateway; do
      printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$target" "${result[$target.$run.rps]}" \
        "$(ms "${result[$target.$run.p50]}")" "$(ms "${result[$target.$run.p90]}")" "$(ms "${result[$target.$run.p99]}")" \
        "${result[$target.$run.errors]}" "${result[$target.$run.cpu_us]}" \
        "$([ "$target" = direct ] && echo '(same)' || echo "${result[$target.$run.sandbox_cpu_us]}")"
    done
    echo
  done

  echo '### Process'
  echo
  echo '| target | peak RSS MB | ready ms (median) | ready ms, each start | non-2xx + errors in all its runs |'
  echo '|---|---:|---:|---:|---:|'
  for target in direct forwarder gateway; do
    printf '| %s | %s | %s | %s | %s |\n' "$target" "${result[$target.rss_mb]}" "${result[$target.ready_ms]}" \
      "${result[$target.ready_samples]}" "${result[$target.warmup_errors]}"
  done

  local g_rps=${result[gateway.throughput.rps]} f_rps=${result[forwarder.throughput.rps]} d_rps=${result[direct.throughput.rps]}
  local ratio_f ratio_d p50_delta p99_delta errors
  ratio_f=$(awk -v g="$g_rps" -v f="$f_rps" 'BEGIN { printf "%.0f", 100 * g / f }')
  ratio_d=$(awk -v g="$g_rps" -v d="$d_rps" 'BEGIN { printf "%.0f", 100 * g / d }')
  p50_delta=$(awk -v g="${result[gateway.latency.p50]}" -v d="${result[direct.latency.p50]}" 'BEGIN { printf "%.2f", (g - d) / 1000 }')
  p99_delta=$(awk -v g="${result[gateway.latency.p99]}" -v d="${result[direct.latency.p99]}" 'BEGIN { printf "%.2f", (g - d) / 1000 }')
  errors=$((${result[direct.warmup_errors]} + ${result[forwarder.warmup_errors]} + ${result[gateway.warmup_errors]}))

  cat <<EOF

### Against the targets

| target | goal | measured | |
|---|---|---:|---|
| gateway ÷ forwarder throughput | ≥ 70 % | $ratio_f % | $(verdict "$ratio_f >= 70") |
| gateway ÷ direct throughput | (for reference) | $ratio_d % | |
| gateway p50 − direct p50, one connection | ≤ 0.5 ms | $p50_delta ms | $(verdict "$p50_delta <= 0.5") |
| gateway p99 − direct p99, one connection | ≤ 1.5 ms | $p99_delta ms | $(verdict "$p99_delta <= 1.5") |
| non-2xx responses and socket errors, every run | 0 | $errors | $(verdict "$errors == 0") |
| gateway peak RSS | < 150 MB | ${result[gateway.rss_mb]} MB | $(verdict "${result[gateway.rss_mb]} < 150") |
| gateway ready to book after start | ≤ 1.5 s | ${result[gateway.ready_ms]} ms | $(verdict "${result[gateway.ready_ms]} <= 1500") |
EOF
}

micro_section() {
  log "Micro-benchmarks (BenchmarkDotNet)"
  local artifacts=$logs/micro
  dotnet run -c Release --project "$root/bench/Booking.Benchmarks/Booking.Benchmarks.csproj" -- \
    --filter '*' --artifacts "$artifacts" >"$logs/micro.log" 2>&1 || { tail -40 "$logs/micro.log" >&2; return 1; }
  cat <<EOF

## Micro-benchmarks (in process, BenchmarkDotNet)

\`bench/Booking.Benchmarks\`: one booking from \`SlotsController\` through MediatR, validation, the handler and the
real \`CalComGateway\` with its HTTP pipeline, where only the socket is replaced by a canned Cal.com reply (and the
upstream budget by one that grants every call); the gateway, validator and mapping alone; and each JSON read and write
of a booking. Per operation (targets: a booking under 25 µs and 16 KB):

EOF
  local table
  for table in "$artifacts"/results/*-report-github.md; do
    # BenchmarkDotNet quotes descriptions as HTML: keep apostrophes, drop the quotes around each name.
    grep '^|' "$table" | sed -e "s/&#39;/'/g" -e "s/^| '/| /" -e "s/' *|/ |/"
    echo
  done
  awk '/^BenchmarkDotNet v/ { print; exit }' "$artifacts"/results/*-report-github.md
}

# ------------------------------------------------------------------------------------------------------------------ main

load_at_start=$(cut -d' ' -f1-3 /proc/loadavg)
report=$logs/report.md
: >"$report"

# The file is written after each part, so a failing micro-benchmark still leaves the load table.
write_results() {
  mkdir -p "$(dirname "$results")"
  {
    echo "# Benchmark results"
    echo
    machine_section
    cat "$report"
  } >"$results"
}

if [ "$mode" != micro ]; then
  ensure_wrk
  build
  for target in direct forwarder gateway; do
    run_target "$target"
  done
  load_section >>"$report"
  write_results
fi

if [ "$mode" != load ]; then
  micro_section >>"$report"
  write_results
fi

cat "$results"
log "Raw output in $logs; table in ${results#"$root"/}"
