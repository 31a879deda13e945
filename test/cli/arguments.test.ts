import { parseCommand } from "../../src/cli/arguments";
import { InputError } from "../../src/cli/input-error";

function errorOf(argv: string[]): string {
  try {
    parseCommand(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error(`parseCommand accepted ${JSON.stringify(argv)}`);
}

describe("parseCommand", () => {
  it("reads a review with its file, audience and --json in any order", () => {
    expect(parseCommand(["review", "a.docx"])).toEqual({
      kind: "review",
      file: "a.docx",
      audience: undefined,
      json: false,
    });
    expect(parseCommand(["--json", "review", "--audience", "fonds", "a.txt"])).toEqual({
      kind: "review",
      file: "a.txt",
      audience: "fonds",
      json: true,
    });
    expect(parseCommand(["review", "a.txt", "--audience=Gemeente"])).toMatchObject({
      audience: "gemeente",
    });
  });

  it("takes - as standard input and a file after -- even when it looks like an option", () => {
    expect(parseCommand(["review", "-"])).toMatchObject({ file: "-" });
    expect(parseCommand(["review", "--", "--raar.txt"])).toMatchObject({ file: "--raar.txt" });
  });

  it("answers --help, -h and --version before checking anything else", () => {
    expect(parseCommand(["--help"])).toEqual({ kind: "help" });
    expect(parseCommand(["review", "-h"])).toEqual({ kind: "help" });
    expect(parseCommand(["onzin", "--version"])).toEqual({ kind: "version" });
  });

  it.each([
    [[], /Geef een bestand op/],
    [["beoordeel", "a.docx"], /Onbekende opdracht "beoordeel"/],
    [["review"], /Geef na "review" het bestand op/],
    [["review", "a.docx", "b.docx"], /"b.docx" is er één te veel/],
    [["review", "a.docx", "--snel"], /Onbekende optie "--snel"/],
    [["review", "a.docx", "-x"], /Onbekende optie "-x"/],
    [["review", "a.docx", "--audience"], /--audience heeft een waarde nodig/],
    [["review", "a.docx", "--audience="], /--audience heeft een waarde nodig/],
    [
      ["review", "a.docx", "--audience", "provincie"],
      /Onbekende doelgroep "provincie"\. Kies uit: gemeente, ministerie, fonds, woningcorporatie/,
    ],
    [["review", "a.docx", "--json=ja"], /--json krijgt geen waarde/],
    [["review", "a.docx", "--json", "--json"], /--json staat er twee keer/],
  ])("refuses %j with one Dutch line", (argv, expected) => {
    const message = errorOf(argv as string[]);
    expect(message).toMatch(expected);
    expect(message).not.toContain("\n");
  });
});
