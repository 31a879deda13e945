/**
 * The core message's data: the report's sentence is the §5 block's, "Maar dit werk kost tijd."
 * is §5's own, and each audience has an addressee and asks that match what it weighs. Checked
 * against the seed when ../shared is there.
 */
import {
  CORE_MESSAGE_AUDIENCES,
  CORE_MESSAGE_REPORT_SENTENCE,
  CORE_MESSAGE_TAKES_TIME,
} from "../../src/content/core-message";
import { blockById } from "../../src/content";
import { AUDIENCES } from "../../src/content/types";
import { describeWithShared } from "../shared";
import { readSeed, SEED_PARTS, normaliseSeedText } from "./seed";

test("the report's sentence is the kern-rapport-laat-zien block, word for word", () => {
  expect(CORE_MESSAGE_REPORT_SENTENCE).toBe(blockById("kern-rapport-laat-zien")?.text);
  expect(CORE_MESSAGE_REPORT_SENTENCE.startsWith("Het rapport De Kracht van Samen laat zien")).toBe(
    true
  );
});

test("every audience has its own addressee and at least two asks, in the order it weighs them", () => {
  expect(CORE_MESSAGE_AUDIENCES.map((a) => a.audience).sort()).toEqual([...AUDIENCES].sort());
  for (const entry of CORE_MESSAGE_AUDIENCES) {
    expect(entry.addressee).toMatch(/^(de|het) /);
    expect(entry.asks.length).toBeGreaterThanOrEqual(2);
    for (const ask of entry.asks) {
      // An ask completes "Daarom vragen we … om …": a phrase, no sentence of its own.
      expect({
        ask: ask.text,
        phrase: /^[a-z]/.test(ask.text) && !/[.!?]$/.test(ask.text),
      }).toEqual({ ask: ask.text, phrase: true });
      expect(ask.label.nl && ask.label.en).toBeTruthy();
    }
  }
  const first = (audience: string) =>
    CORE_MESSAGE_AUDIENCES.find((a) => a.audience === audience)!.asks[0].text;
  expect(first("fonds")).toMatch(/^meerjarige financiering/);
  expect(first("woningcorporatie")).toMatch(/ontmoetingsruimte/);
  expect(first("gemeente")).toMatch(/beleidsdoelen/);
  expect(first("ministerie")).toMatch(/beleidsdoelen/);
});

describeWithShared(SEED_PARTS)("the core message's fixed words are §5's", () => {
  test("both fixed sentences stand in §5 of the seed", () => {
    const section5 = readSeed()
      .sections.find((s) => s.number === 5)!
      .paragraphs.join(" ");
    expect(section5).toContain(normaliseSeedText(CORE_MESSAGE_REPORT_SENTENCE));
    expect(section5).toContain(CORE_MESSAGE_TAKES_TIME);
  });
});
