/**
 * Engine speed on a ~100-page draft. Prints figures; asserts nothing (speed is not a test).
 *   full review (fresh reviewer, median of runs) vs a bare lowercase+split pass over the same
 *   text, their ratio, re-review after one paragraph changed, and peak heap.
 * Targets (issue 3): full < 100 ms, ratio ≤ 4, re-review < 5 ms.
 * Then the Schrijfhulp's readability of the same draft, which the pane computes only when its
 * view is open: the first run (syllable cache empty) and the median after. Target (issue 11):
 * adds < 30 ms.
 * Usage: npx tsx scripts/bench/engine.ts
 */
import * as os from "os";
import { performance } from "perf_hooks";
import { createReviewer } from "../../src/analysis";
import { readabilityOf } from "../../src/analysis/readability";
import type { ParagraphInput } from "../../src/analysis/types";
import { seeded } from "../seeded";

const SENTENCES = [
  "Door de wekelijkse koffieochtend leren buren elkaar kennen en ontstaan nieuwe contacten in het buurtnetwerk.",
  "Bewoners bepalen zelf wat er in de buurtkamer gebeurt en nemen steeds vaker zelf het initiatief.",
  "Het begon met één opruimactie in het park; inmiddels is er een vaste groep van dertig vrijwilligers.",
  "Zonder meerjarige steun valt dit werk weg, want vertrouwen groeit pas na jaren.",
  "Onze community builder luistert, legt contact en bouwt vertrouwen op bij mensen die nergens komen.",
  "Elke euro die in de buurtkamer gaat, komt dubbel terug omdat problemen klein blijven.",
  "Ons werk sluit aan bij de doelen van het beleidsplan Sociaal Domein: leefbaarheid, meedoen en preventie.",
  "Sinds de start voelen bewoners zich vaker gezien en is de overlast bij de portieken flink minder.",
  "Wij vragen de gemeente om een bijdrage van € 18.000 per jaar voor de periode 2025-2027.",
  "We beginnen bij wat er al is: de talenten van bewoners, van de oud-kok tot de tiener die filmpjes maakt.",
  "Uit onderzoek van het lectoraat blijkt dat buurtinitiatieven die langer bestaan meer actieve bewoners hebben.",
  "De buurtkamer is open op maandag, woensdag en vrijdag van 10.00 tot 15.30 uur.",
  "De leeftijd van de deelnemers varieert van 8 tot 84 jaar, de meesten wonen in de straten rond het buurthuis.",
  "We hebben geen tijd gehad om te evalueren door de verhuizing naar het nieuwe pand.",
  "Activiteiten: buurtbarbecue, sinterklaasintocht, vier repaircafés, een rommelmarkt en een wekelijkse inloop.",
  "Het tijdschrift van de wijk verschijnt vier keer per jaar en wordt huis aan huis bezorgd door vrijwilligers.",
];
const HEADINGS = [
  "1. Aanleiding",
  "2. Doel",
  "3. Aanpak",
  "4. Resultaten",
  "5. Begroting",
  "Planning",
  "Wat we vragen",
];
const FILLER =
  "de het een en van in op met voor buurt wijk bewoners mensen samen jaar week straat plein huis school werk plek".split(
    " "
  );

function makeDraft(words: number, seed: number): ParagraphInput[] {
  const random = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const paragraphs: ParagraphInput[] = [];
  let count = 0;
  let n = 0;
  while (count < words) {
    if (n % 8 === 0) {
      const heading = pick(HEADINGS);
      paragraphs.push({ text: heading, style: "Heading 1" });
      count += heading.split(" ").length;
    }
    const sentences: string[] = [];
    const length = 2 + Math.floor(random() * 4);
    for (let i = 0; i < length; i++) {
      let sentence = pick(SENTENCES);
      // Vary the words so the caches see a realistic share of new forms.
      sentence +=
        " " +
        Array.from({ length: 3 + Math.floor(random() * 6) }, () => pick(FILLER)).join(" ") +
        ` ${Math.floor(random() * 1000)}.`;
      sentences.push(sentence);
    }
    const text = sentences.join(" ");
    paragraphs.push(n % 5 === 4 ? { text, style: "List Paragraph" } : text);
    count += text.split(/\s+/).length;
    n++;
  }
  return paragraphs;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** CPU time is steadier than wall time on a shared, busy machine; both are printed. */
function cpuMs(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1000;
}

function textOf(paragraph: ParagraphInput): string {
  return typeof paragraph === "string" ? paragraph : paragraph.text;
}

function main(): void {
  const draft = makeDraft(50_000, 7);
  const joined = draft.map(textOf).join("\n");
  const words = joined.split(/\s+/).length;
  const runs = 7;

  // Warm up the JIT and the module-level stem/key caches once, as the pane would be after load.
  createReviewer().review(draft);

  const full: number[] = [];
  const bare: number[] = [];
  const fullCpu: number[] = [];
  const bareCpu: number[] = [];
  let sink = 0;
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const review = createReviewer().review(draft, { audience: "gemeente" });
    full.push(performance.now() - t0);
    fullCpu.push(cpuMs(process.cpuUsage(c0)));
    sink += review.paragraphs.length;
    const c1 = process.cpuUsage();
    const t1 = performance.now();
    sink += joined.toLowerCase().split(/[^\p{L}\p{N}]+/u).length;
    bare.push(performance.now() - t1);
    bareCpu.push(cpuMs(process.cpuUsage(c1)));
  }

  const reviewer = createReviewer();
  reviewer.review(draft);
  const again: number[] = [];
  for (let r = 0; r < runs; r++) {
    const edited = draft.slice();
    const i = 10 + r * 37;
    edited[i] = textOf(edited[i]) + ` Sindsdien helpen buren elkaar vaker (${r}).`;
    const t0 = performance.now();
    reviewer.review(edited);
    again.push(performance.now() - t0);
  }

  // Forty own blocks (one of them in the draft), one edited between reviews: the paragraphs are
  // not judged again, only looked through for the blocks.
  const ownBlocks = Array.from({ length: 40 }, (_, k) => ({
    id: `eigen-${k}`,
    title: `Blok ${k}`,
    text:
      k === 0
        ? textOf(draft[1])
        : `Wij bouwen in [naam buurt] al ${k} jaar aan een netwerk van bewoners die elkaar helpen.`,
    themes: ["relaties" as const],
    audiences: ["fonds" as const],
    placeholders:
      k === 0
        ? []
        : [
            {
              key: "naam-buurt",
              label: { nl: "naam buurt", en: "naam buurt" },
              original: "[naam buurt]",
            },
          ],
  }));
  reviewer.review(draft, { ownBlocks });
  const typedWithOwn: number[] = [];
  for (let r = 0; r < runs; r++) {
    const edited = draft.slice();
    const i = 12 + r * 37;
    edited[i] = textOf(edited[i]) + ` Sindsdien helpen buren elkaar vaker (${r}).`;
    const t0 = performance.now();
    sink += reviewer.review(edited, { ownBlocks }).paragraphs.length;
    typedWithOwn.push(performance.now() - t0);
  }
  const withOwn: number[] = [];
  for (let r = 0; r < runs; r++) {
    const changed = ownBlocks.map((block, k) =>
      k === 1 + r ? { ...block, text: `${block.text} Versie ${r}.` } : block
    );
    const t0 = performance.now();
    sink += reviewer.review(draft, { ownBlocks: changed }).paragraphs.length;
    withOwn.push(performance.now() - t0);
  }

  const fullMs = median(full);
  const bareMs = median(bare);
  console.log(
    `draft: ${draft.length} paragraphs, ${words} words, ${(joined.length / 1024).toFixed(0)} KB`
  );
  console.log(
    `full review (fresh reviewer, median of ${runs}): ${fullMs.toFixed(1)} ms   target < 100 ms`
  );
  console.log(`bare lowercase+split pass (median of ${runs}):   ${bareMs.toFixed(1)} ms`);
  console.log(
    `ratio full / bare:                            ${(fullMs / bareMs).toFixed(1)}   target ≤ 4`
  );
  console.log(
    `cpu time: full ${median(fullCpu).toFixed(1)} ms, bare ${median(bareCpu).toFixed(1)} ms, ratio ${(median(fullCpu) / Math.max(median(bareCpu), 0.001)).toFixed(1)}`
  );
  console.log(
    `re-review after one paragraph changed (median): ${median(again).toFixed(2)} ms   target < 5 ms`
  );
  console.log(
    `with 40 own blocks, re-review after one paragraph changed (median): ${median(typedWithOwn).toFixed(2)} ms   target < 5 ms`
  );
  console.log(
    `with 40 own blocks, re-review after one block changed (median): ${median(withOwn).toFixed(2)} ms`
  );
  const t3 = performance.now();
  sink += readabilityOf(["Het werk gaat door."]).paragraphs.length;
  console.log(
    `readability setup (word lists, first call): ${(performance.now() - t3).toFixed(1)} ms`
  );
  const c2 = process.cpuUsage();
  const t2 = performance.now();
  sink += readabilityOf(draft).paragraphs.length;
  const firstReadability = performance.now() - t2;
  const firstReadabilityCpu = cpuMs(process.cpuUsage(c2));
  const readable: number[] = [];
  const readableCpu: number[] = [];
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    sink += readabilityOf(draft).paragraphs.length;
    readable.push(performance.now() - t0);
    readableCpu.push(cpuMs(process.cpuUsage(c0)));
  }
  console.log(
    `readability (Schrijfhulp), first run (syllables not yet cached): ${firstReadability.toFixed(1)} ms, cpu ${firstReadabilityCpu.toFixed(1)} ms`
  );
  console.log(
    `readability, median of ${runs} after: ${median(readable).toFixed(1)} ms, cpu ${median(readableCpu).toFixed(1)} ms   target < 30 ms`
  );
  const memory = process.memoryUsage();
  console.log(
    `machine load (1-min average): ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`
  );
  console.log(
    `memory: heapUsed ${(memory.heapUsed / 1048576).toFixed(1)} MB, heapTotal ${(memory.heapTotal / 1048576).toFixed(1)} MB, rss ${(memory.rss / 1048576).toFixed(1)} MB`
  );
  // The process's peak resident set over the whole run (the OS keeps it; maxRSS is in KB),
  // which includes Node itself: an upper bound on what the engine needed.
  console.log(
    `peak memory (max rss of the process): ${(process.resourceUsage().maxRSS / 1024).toFixed(1)} MB`
  );
  if (sink < 0) console.log(sink);
}

main();
