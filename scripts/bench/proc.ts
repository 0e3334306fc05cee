/** Child processes for the benchmarks: bounded runs, free ports, and servers that always stop. */
import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";

export const ROOT = resolve(import.meta.dirname, "..", "..");
export const BIN = resolve(ROOT, "node_modules", ".bin");

/**
 * Children run in their own process groups (so a group can be stopped as a whole), which also
 * keeps Ctrl-C from reaching them: every live child is killed when we exit or are interrupted.
 */
const live = new Set<ChildProcess>();
let handlersInstalled = false;

function track(child: ChildProcess): void {
  live.add(child);
  child.once("exit", () => live.delete(child));
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.once("exit", () => {
    for (const c of live) killGroup(c, "SIGKILL");
  });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      for (const c of live) killGroup(c, "SIGKILL");
      process.exit(signal === "SIGINT" ? 130 : 143);
    });
  }
}

export interface RunResult {
  code: number | null;
  timedOut: boolean;
  ms: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a command in its own process group and kills that group (by its id) when it outlives
 * `timeoutMs`. Output is captured (and echoed when `echo` is set).
 */
export function run(command: string, args: string[], options: SpawnOptions & { timeoutMs?: number; echo?: boolean } = {}): Promise<RunResult> {
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(command, args, { ...options, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    track(child);
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      if (options.echo) process.stdout.write(chunk);
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      if (options.echo) process.stderr.write(chunk);
    });
    let timedOut = false;
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            killGroup(child, "SIGKILL");
          }, options.timeoutMs);
    child.on("error", (error) => {
      if (timer) clearTimeout(timer);
      fail(error);
    });
    child.on("close", (code) => {
      if (timer) clearTimeout(timer);
      done({ code, timedOut, ms: performance.now() - started, stdout, stderr });
    });
  });
}

/** Signals the process group led by a child we spawned with `detached: true`. */
export function killGroup(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      // already gone
    }
  }
}

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.unref();
    server.on("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  child.once("exit", () => (exited = true));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`the server exited before answering ${url}`);
    try {
      const response = await fetch(url, { redirect: "manual" });
      await response.arrayBuffer();
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((wait) => setTimeout(wait, 150));
  }
  throw new Error(`no answer from ${url} within ${timeoutMs} ms`);
}

function serverHandle(child: ChildProcess, port: number): RunningServer {
  let stopped: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    stop() {
      stopped ??= new Promise<void>((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        const force = setTimeout(() => killGroup(child, "SIGKILL"), 3000);
        child.once("exit", () => {
          clearTimeout(force);
          done();
        });
        killGroup(child, "SIGTERM");
      });
      return stopped;
    },
  };
}

/** Starts a server process, waits until it answers, and makes sure it dies with us. */
async function startServer(command: string, args: string[], cwd: string, port: number): Promise<RunningServer> {
  const child = spawn(command, args, { cwd, detached: true, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  track(child);
  const handle = serverHandle(child, port);
  try {
    await waitForHttp(`${handle.url}/`, child, 30_000);
  } catch (error) {
    await handle.stop();
    throw new Error(`${(error as Error).message}${stderr ? `\n${stderr.trim()}` : ""}`);
  }
  return handle;
}

/** The built site, served by scripts/start.ts (serve + serve.json) on 127.0.0.1. */
export async function startSite(port?: number): Promise<RunningServer> {
  if (!existsSync(resolve(ROOT, "out", "index.html"))) throw new Error("out/ is missing: run npm run build first");
  const chosen = port ?? (await freePort());
  return startServer(resolve(BIN, "tsx"), [resolve(ROOT, "scripts", "start.ts"), "--port", String(chosen)], ROOT, chosen);
}

/** Any static folder (the floor's out/), served the same way: serve with a copy of serve.json's settings. */
export async function startStatic(projectDir: string, configPath: string, port?: number): Promise<RunningServer> {
  const chosen = port ?? (await freePort());
  return startServer(
    resolve(BIN, "serve"),
    ["--config", configPath, "--listen", `tcp://127.0.0.1:${chosen}`, "--no-clipboard", "--no-port-switching"],
    projectDir,
    chosen,
  );
}
