/** Compile wall time of the real treaty and of synthetic corpora, each in a bounded child process. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { SearchRecord } from "../../lib/search/records";
import type { CompileChildResult } from "./compile-child";
import { BIN, ROOT, run } from "./proc";
import { median } from "./stats";

export interface CompileMeasurement {
  factor: number;
  runs: number;
  /** Median compileContent time; undefined when the run did not finish. */
  medianMs?: number;
  firstMs?: number;
  /** Reading content/ and ../shared/sources from disk, once (not part of the compile time). */
  readMs?: number;
  timesMs: number[];
  timedOut: boolean;
  capMs: number;
  bytes?: number;
  counts?: Record<string, number>;
  problems: string[];
  error?: string;
  records?: SearchRecord[];
}

export async function measureCompile(factor: number, runs: number, capMs: number): Promise<CompileMeasurement> {
  const dir = mkdtempSync(join(tmpdir(), "treaty-bench-compile-"));
  const out = join(dir, `compile-${factor}.json`);
  try {
    const result = await run(resolve(BIN, "tsx"), [resolve(ROOT, "scripts", "bench", "compile-child.ts"), String(factor), String(runs), out], {
      cwd: ROOT,
      // The cap bounds compileContent; reading, generating and starting up get 15 s on top of it.
      timeoutMs: capMs * runs + 15_000,
      env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --max-old-space-size=6144`.trim() },
    });
    if (result.timedOut || !existsSync(out)) {
      return {
        factor,
        runs,
        timesMs: [],
        timedOut: result.timedOut,
        capMs,
        problems: [],
        error: result.timedOut
          ? `stopped after ${(result.ms / 1000).toFixed(0)} s`
          : `exit ${result.code}: ${result.stderr.trim().split("\n").slice(-3).join(" ")}`,
      };
    }
    const child = JSON.parse(readFileSync(out, "utf8")) as CompileChildResult;
    const records = child.recordsFile ? (JSON.parse(readFileSync(child.recordsFile, "utf8")) as SearchRecord[]) : undefined;
    return {
      factor,
      runs,
      medianMs: median(child.timesMs),
      firstMs: child.timesMs[0],
      readMs: child.readMs,
      timesMs: child.timesMs,
      timedOut: false,
      capMs,
      bytes: child.bytes,
      counts: child.counts,
      problems: child.problems,
      records,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
