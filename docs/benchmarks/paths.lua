-- wrk script: each request takes the next path from PATHS (a file of one path per line, given as the
-- environment variable), and the summary prints one line of latency percentiles and throughput.
local paths = {}
local next_path = 1

function init(args)
  for line in io.lines(os.getenv("PATHS")) do
    paths[#paths + 1] = line
  end
  -- Threads start at different places in the list, so they do not ask for the same thing together.
  next_path = 1 + math.random(#paths)
end

function request()
  local path = paths[next_path]
  next_path = next_path % #paths + 1
  return wrk.format("GET", path)
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("requests=%d errors=%d rps=%.1f p50=%.1fms p95=%.1fms p99=%.1fms\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout,
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000))
end
