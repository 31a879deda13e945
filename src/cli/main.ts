/** The `argumentenhulp` executable: binds runCli to this process. */
import { readFile, stat } from "fs/promises";
import { runCli } from "./run";
import { messages } from "./messages";

async function readStdin(): Promise<Uint8Array> {
  if (process.stdin.isTTY) process.stderr.write(`${messages.stdinPrompt}\n`);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

// `argumentenhulp review x.docx | head` closes the pipe early; that is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin,
  readFile: (path) => readFile(path),
  fileSize: async (path) => (await stat(path)).size,
}).then((code) => {
  process.exitCode = code;
});
