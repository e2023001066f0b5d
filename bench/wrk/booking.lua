-- Every request is a distinct real booking of event type 3139331 (30 minutes, bookable around the clock):
-- request n of thread t books slot  first + n * threads + t, 30 minutes apart from 2040-01-01T00:00Z on,
-- for an attendee of its own. Threads interleave, so they never share a slot or an email.
--
-- wrk ... -s booking.lua <url> -- <shape> <first> <threads>
--   shape   "gateway" (POST /api/slots/reserve) or "calcom" (POST /v2/bookings, as the gateway sends it)
--   first   the first slot number of this run; runs against one store use ranges that do not overlap
--   threads the -t given to wrk
-- done() prints one line "BENCH_RESULT {json}" that bench/run.sh reads.

local EPOCH_2040 = 2208988800
local SLOT_SECONDS = 30 * 60
local EVENT_TYPE_ID = 3139331
local API_KEY = "cal_sandbox_5f2b8c0e9d4a4f6b"

local threads = {}

function setup(thread)
  thread:set("thread_index", #threads)
  table.insert(threads, thread)
end

function init(args)
  shape = args[1] or "gateway"
  first = tonumber(args[2] or "0")
  thread_count = tonumber(args[3] or "1")
  sent = 0
  if shape == "gateway" then
    path = "/api/slots/reserve"
    headers = { ["Content-Type"] = "application/json" }
  else
    path = "/v2/bookings"
    headers = {
      ["Content-Type"] = "application/json",
      ["cal-api-version"] = "2024-08-13",
      ["Authorization"] = "Bearer " .. API_KEY,
    }
  end
end

local function instant(seconds)
  return os.date("!%Y-%m-%dT%H:%M:%S.000Z", seconds)
end

function request()
  local slot = first + sent * thread_count + thread_index
  sent = sent + 1
  local start = EPOCH_2040 + slot * SLOT_SECONDS
  local name = "Bench Attendee " .. slot
  local email = "attendee-" .. slot .. "@bench.example.com"
  local body
  if shape == "gateway" then
    body = string.format(
      '{"eventTypeId":"%d","start":"%s","end":"%s","attendee":{"name":"%s","email":"%s"},"timezone":"UTC"}',
      EVENT_TYPE_ID, instant(start), instant(start + SLOT_SECONDS), name, email)
  else
    body = string.format(
      '{"start":"%s","eventTypeId":%d,"attendee":{"name":"%s","email":"%s","timeZone":"UTC"}}',
      instant(start), EVENT_TYPE_ID, name, email)
  end
  return wrk.format("POST", path, headers, body)
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    'BENCH_RESULT {"requests":%d,"duration_us":%d,"non2xx":%d,"socket_errors":%d,"timeouts":%d,' ..
    '"mean_us":%.1f,"p50_us":%d,"p90_us":%d,"p99_us":%d,"max_us":%d}\n',
    summary.requests, summary.duration, errors.status, errors.connect + errors.read + errors.write, errors.timeout,
    latency.mean, latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
