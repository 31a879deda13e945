/**
 * The whole command as a function of its arguments and its surroundings, so tests run it
 * in-process and main.ts only binds it to the real process.
 */
import { reviewDocument } from "../analysis";
import { readabilityOf } from "../analysis/readability";
import { VERSION } from "../version";
import { parseCommand } from "./arguments";
import { HELP_TEXT } from "./help";
import { EXIT_FAILURE, EXIT_INPUT, EXIT_OK, InputError } from "./input-error";
import { limitParagraphs, measureCliLimits } from "./limits-report";
import { messages } from "./messages";
import { readDraft, type DraftSource } from "./read-draft";
import { readOwnBlocks } from "./read-library";
import { formatReviewReport } from "./review-report";

export interface CliIo extends DraftSource {
  /** Bytes in the file, asked before reading a library file so a huge one is never read. */
  fileSize(path: string): Promise<number>;
  stdout(text: string): void;
  stderr(text: string): void;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = parseCommand(argv);
    if (command.kind === "help") {
      io.stdout(HELP_TEXT);
      return EXIT_OK;
    }
    if (command.kind === "version") {
      io.stdout(`${VERSION}\n`);
      return EXIT_OK;
    }
    const ownBlocks = command.blocks ? await readOwnBlocks(command.blocks, io) : [];
    const draft = await readDraft(command.file, io);
    const review = reviewDocument(draft.paragraphs, {
      audience: command.audience,
      ...(ownBlocks.length > 0 ? { ownBlocks } : {}),
    });
    const readability = readabilityOf(draft.paragraphs);
    const asked = command.maxWords !== undefined || command.maxCharacters !== undefined;
    const limits = asked ? measureCliLimits(limitParagraphs(draft.paragraphs), command) : undefined;
    io.stdout(
      command.json
        ? `${JSON.stringify({ ...review, readability, ...(limits ? { limits } : {}) }, null, 2)}\n`
        : formatReviewReport({
            review,
            paragraphs: draft.paragraphs,
            source: draft.name,
            readability,
            limits,
            ownBlocks,
          })
    );
    return EXIT_OK;
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(`${error.message}\n`);
      return EXIT_INPUT;
    }
    // Our fault, not the user's: still one line, no stack; the detail helps a bug report.
    const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
    io.stderr(`${messages.unexpected(detail)}\n`);
    return EXIT_FAILURE;
  }
}
