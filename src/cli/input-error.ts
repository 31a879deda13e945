/**
 * A problem with what the user gave us (a file, an option), not with the program. The CLI
 * prints its message as one Dutch line and exits with code 2; it never shows a stack.
 */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}

/** Exit codes of the command: 2 is "your input", 1 is "our fault". */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_INPUT = 2;
