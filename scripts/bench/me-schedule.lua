-- wrk script of scripts/bench/me-schedule: each request asks GET /v1/me/schedule (or the path given after the
-- tokens file) as a random delegate, with that delegate's API token (one per line in the file given after `--`;
-- a token followed by a space and an ETag is sent with If-None-Match: that tag). Prints p50 and p99 in ms,
-- the requests, the failed ones (an answer other than 2xx/3xx, or none within wrk's --timeout) and the
-- seconds on one line, for the shell script to read.
local tokens = {}
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(args[1]) do
    local token, tag = line:match("^(%S+)%s*(.*)$")
    tokens[#tokens + 1] = { token = token, tag = tag }
  end
  path = args[2] or "/v1/me/schedule"
  math.randomseed(os.time() * 1000 + id)
end

function request()
  local chosen = tokens[math.random(#tokens)]
  local headers = { ["Authorization"] = "Bearer " .. chosen.token }
  if chosen.tag ~= "" then headers["If-None-Match"] = chosen.tag end
  return wrk.format("GET", path, headers)
end

function done(summary, latency, requests)
  local failed = summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT %.3f %.3f %d %d %.3f\n", latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.requests, failed, summary.duration / 1e6))
end
