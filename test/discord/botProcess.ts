import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** A bundle of its own, so that another test file rebuilding dist/ never runs into this one. */
const OUT_DIR = 'dist-e2e';
let built = false;

/** Bundles the bot as `npm start` does (once per test file). */
export function buildBot(): void {
  if (built) return;
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', OUT_DIR], { cwd: ROOT });
  built = true;
}

/** The bundled bot running in its own process, as `npm start` runs it. */
export interface BotProcess {
  readonly child: ChildProcess;
  /** Everything it wrote to stderr so far (its JSON log lines). */
  logs(): string;
  /** Its stdout so far (console answers). */
  output(): string;
  /** Resolves when a log line matches. */
  waitForLog(pattern: RegExp, timeoutMs?: number): Promise<void>;
  /** Resolves with the exit code, or the signal that ended it. */
  exited(): Promise<number | NodeJS.Signals>;
  /** Kills it if it is still running. */
  kill(): void;
}

/** Starts the bundled bot (`node dist/main.js`, from its own bundle) with this environment on top. */
export function startBotProcess(env: Record<string, string>): BotProcess {
  buildBot();
  const child = spawn(
    process.execPath,
    ['--max-semi-space-size=2', '--v8-pool-size=1', `${OUT_DIR}/main.js`],
    {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'info', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  let logs = '';
  let output = '';
  const listeners = new Set<() => void>();
  child.stderr?.on('data', (chunk) => {
    logs += String(chunk);
    for (const listener of listeners) listener();
  });
  child.stdout?.on('data', (chunk) => {
    output += String(chunk);
    for (const listener of listeners) listener();
  });
  const exit = once(child, 'exit').then(
    ([code, signal]) => (code ?? signal) as number | NodeJS.Signals,
  );
  return {
    child,
    logs: () => logs,
    output: () => output,
    waitForLog(pattern, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = (): void => {
          if (!pattern.test(logs)) return;
          listeners.delete(check);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`no log line matching ${pattern} in ${timeoutMs} ms:\n${logs}`));
        }, timeoutMs);
        listeners.add(check);
        check();
      });
    },
    exited: () => exit,
    kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}
