/**
 * What a refresh costs the Word adapter on a 100-page document, on the Word model of the tests
 * (test/word/fake-word.ts): syncs, paragraphs sent back by Word, and the adapter's own time. Real
 * Word adds its round trips on top; docs/word-trial.md (step 10) measures those by hand.
 *   full:    the first read, or Refresh (every paragraph, one sync)
 *   typing:  a refresh after the user changed one paragraph (WordApi 1.6: that paragraph only)
 *   nothing: a refresh with no change since the last read (no sync at all)
 */
import { WordDocument } from "../../src/document/word-document";
import { FakeWordDocument, fakeWordHost } from "../../test/word/fake-word";
import { fakeOffice, SETS } from "../../test/word/office-host";

const PARAGRAPHS = 1000; // ≈ 100 pages of a grant application
const RUNS = 15;

async function main() {
  const seeds = Array.from(
    { length: PARAGRAPHS },
    (_, i) => `Alinea ${i}: bewoners ontmoeten elkaar in de buurtkamer en helpen elkaar verder.`
  );
  const model = new FakeWordDocument(seeds);
  const port = new WordDocument(
    fakeWordHost(model),
    fakeOffice({ wordApiSets: SETS.microsoft365 }).office
  );
  port.onChange(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, 5));

  const measure = async (label: string, before: () => Promise<void>, scope: "all" | "changed") => {
    const times: number[] = [];
    let syncs = 0;
    let loaded = 0;
    for (let run = 0; run < RUNS; run++) {
      await before();
      model.syncs = 0;
      model.paragraphsLoaded = 0;
      const start = performance.now();
      const read = await port.readParagraphs(scope);
      times.push(performance.now() - start);
      if (!read.ok || read.value.length !== PARAGRAPHS) throw new Error(`${label}: bad read`);
      syncs = model.syncs;
      loaded = model.paragraphsLoaded;
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    console.log(
      `  ${label.padEnd(8)} ${String(syncs).padStart(2)} sync(s) ${String(loaded).padStart(5)} paragraphs loaded  adapter ${median.toFixed(2)} ms (median of ${RUNS})`
    );
  };

  console.log(`  ${PARAGRAPHS} paragraphs, Microsoft 365 (WordApi 1.9) on the Word model`);
  await measure("full", async () => undefined, "all");
  let n = 0;
  await measure(
    "typing",
    async () => {
      model.main[500].text = `Alinea 500, versie ${++n}: meer bewoners doen mee.`;
      await model.fireParagraphChanged([500]);
    },
    "changed"
  );
  await measure("nothing", async () => undefined, "changed");
}

void main();
