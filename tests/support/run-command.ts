import { execFileSync } from 'node:child_process';

/** How a command ended when it failed: its exit status and what it wrote to stderr. */
export interface CommandFailure {
  readonly status: number;
  readonly stderr: string;
}

/**
 * Runs `npx tsx <script> …args` as a user would, expecting it to fail; returns its exit status
 * and stderr, or undefined when it succeeded (so a test's `expect(failure?.status)` fails).
 *
 * @example
 * const failure = failedRun('scripts/commands/gen.ts', ['--n', 'many']);
 * expect(failure?.status).toBe(2);
 */
export function failedRun(script: string, args: readonly string[]): CommandFailure | undefined {
  try {
    execFileSync('npx', ['tsx', script, ...args], { encoding: 'utf8', stdio: 'pipe' });
    return undefined;
  } catch (error) {
    return error as CommandFailure;
  }
}
