-- wrk's report for scripts/bench/console: "RESULT p50-ms p95-ms requests failed seconds" (failed counts every
-- answer that was not 2xx or 3xx, and every socket error).
function done(summary, latency, requests)
  local errors = summary.errors
  local failed = errors.status + errors.connect + errors.read + errors.write + errors.timeout
  io.write(string.format("RESULT %.3f %.3f %d %d %.3f\n", latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, summary.requests, failed, summary.duration / 1e6))
end
