/** An in-memory stand-in for the process around runCli: captures output, serves stdin. */
import * as fs from "fs";
import { runCli, type CliIo } from "../../src/cli/run";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(
  argv: string[],
  options: { stdin?: Uint8Array | string; io?: Partial<CliIo> } = {}
): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readStdin: async () =>
      typeof options.stdin === "string"
        ? new TextEncoder().encode(options.stdin)
        : (options.stdin ?? new Uint8Array()),
    readFile: (path) => fs.promises.readFile(path),
    fileSize: async (path) => (await fs.promises.stat(path)).size,
    ...options.io,
  });
  return { code, stdout, stderr };
}

/** Bad input's promise: exit 2, nothing on stdout, one Dutch line on stderr, no stack trace. */
export function expectOneDutchLine(result: CliResult, pattern: RegExp): void {
  expect(result).toMatchObject({ code: 2, stdout: "" });
  expect(result.stderr).toMatch(/^[^\n]+\n$/);
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\bat .+:\d+|Error:|TypeError|undefined/);
}
