import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: "forks",
    // Most of the suite's time is end-to-end tests waiting on timers, child processes and loopback servers, not CPU:
    // on 2 cores, 4 workers took test/announce + test/cli from 144 s to 71 s of wall time for the same CPU time
    // (2026-11-22), and the whole suite to ~133 s at load 10.
    maxWorkers: Math.max(4, availableParallelism()),
  },
});
