/**
 * Reads the command line into what to do. Node's own parseArgs splits the tokens; the checks
 * are ours so every mistake gets a Dutch sentence instead of Node's English error.
 */
import { parseArgs } from "util";
import { AUDIENCES, type Audience } from "../content/types";
import { InputError } from "./input-error";
import { messages } from "./messages";

export type CliCommand =
  | { kind: "help" }
  | { kind: "version" }
  | {
      kind: "review";
      file: string;
      audience?: Audience;
      json: boolean;
      /** Length limits a form sets, for each part under a heading (or the whole draft). */
      maxWords?: number;
      maxCharacters?: number;
      /** A library file of own blocks, suggested beside the report's. */
      blocks?: string;
    };

/** "-" means standard input. */
export const STDIN_FILE = "-";

const OPTIONS = {
  audience: { type: "string" },
  blocks: { type: "string" },
  "max-woorden": { type: "string" },
  "max-tekens": { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" },
} as const;

type OptionName = keyof typeof OPTIONS;

function isKnownOption(name: string): name is OptionName {
  return Object.prototype.hasOwnProperty.call(OPTIONS, name);
}

function isAudience(value: string): value is Audience {
  return (AUDIENCES as readonly string[]).includes(value);
}

/** A limit is a whole number of at least 1, written with digits only ("2500", not "2.500"). */
function limitValue(option: string, value: string): number {
  const text = value.trim();
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n) || n < 1)
    throw new InputError(messages.badLimit(option, value));
  return n;
}

/** Throws InputError with a Dutch message for anything it cannot make sense of. */
export function parseCommand(argv: readonly string[]): CliCommand {
  const { tokens } = parseArgs({
    args: [...argv],
    options: OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });

  const positionals: string[] = [];
  const seen = new Set<OptionName>();
  let audienceText: string | undefined;
  let maxWords: number | undefined;
  let maxCharacters: number | undefined;
  let blocks: string | undefined;
  let json = false;
  let help = false;
  let version = false;

  for (const token of tokens) {
    if (token.kind === "positional") {
      positionals.push(token.value);
      continue;
    }
    if (token.kind !== "option") continue;
    const { name, rawName, value } = token;
    if (!isKnownOption(name)) throw new InputError(messages.unknownOption(rawName));
    if (seen.has(name)) throw new InputError(messages.optionTwice(`--${name}`));
    seen.add(name);
    if (OPTIONS[name].type === "string") {
      // parseArgs in loose mode leaves the value undefined when none followed the option.
      if (value === undefined || value === "")
        throw new InputError(
          messages.optionNeedsValue(
            `--${name}`,
            name === "audience"
              ? "gemeente"
              : name === "blocks"
                ? "team.argumentenhulp.json"
                : "2500"
          )
        );
      if (name === "audience") audienceText = value.trim().toLowerCase();
      else if (name === "blocks") blocks = value;
      else if (name === "max-woorden") maxWords = limitValue(rawName, value);
      else maxCharacters = limitValue(rawName, value);
    } else {
      if (value !== undefined) throw new InputError(messages.optionTakesNoValue(rawName));
      if (name === "json") json = true;
      if (name === "help") help = true;
      if (name === "version") version = true;
    }
  }

  // Asking for help or the version always works, whatever else is on the line.
  if (help) return { kind: "help" };
  if (version) return { kind: "version" };

  const [command, file, extra] = positionals;
  if (command === undefined) throw new InputError(messages.noCommand);
  if (command !== "review") throw new InputError(messages.unknownCommand(command));
  if (file === undefined) throw new InputError(messages.noFile);
  if (extra !== undefined) throw new InputError(messages.tooManyFiles(extra));
  let audience: Audience | undefined;
  if (audienceText !== undefined) {
    if (!isAudience(audienceText)) throw new InputError(messages.unknownAudience(audienceText));
    audience = audienceText;
  }
  return {
    kind: "review",
    file,
    audience,
    json,
    ...(maxWords !== undefined ? { maxWords } : {}),
    ...(maxCharacters !== undefined ? { maxCharacters } : {}),
    ...(blocks !== undefined ? { blocks } : {}),
  };
}
