import {
  AUDIENCES,
  AUDIENCES_INFO,
  BLOCKS,
  THEME_IDS,
  THEMES,
  audienceById,
  blockById,
  blocksForTheme,
  themeById,
  type Audience,
  type ArgumentBlock,
} from "../../src/content";

describe("the report's themes, blocks and audiences", () => {
  it("has the eleven contract themes in contract order", () => {
    expect(THEMES.map((theme) => theme.id)).toEqual([...THEME_IDS]);
  });

  it("says something different in each theme's label, why, tip, stronger and report quote", () => {
    for (const language of ["nl", "en"] as const) {
      for (const theme of THEMES) {
        const said = [
          theme.label[language],
          theme.why[language],
          theme.tip[language],
          theme.stronger[language],
          theme.reportQuote.text,
        ].map((text) => text.toLowerCase().replace(/[.\s]+$/, ""));
        expect({ id: theme.id, language, distinct: new Set(said).size }).toEqual({
          id: theme.id,
          language,
          distinct: 5,
        });
      }
    }
  });

  it("has unique block ids and at least one theme per block", () => {
    const ids = BLOCKS.map((block) => block.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(BLOCKS.filter((block) => block.themes.length === 0)).toEqual([]);
  });

  it("reaches every theme through at least one block", () => {
    const unreachable = THEME_IDS.filter((id) => blocksForTheme(id).length === 0);
    expect(unreachable).toEqual([]);
  });

  it("reaches onderbouwing through the report's own 'laat zien' sentences", () => {
    expect(blocksForTheme("onderbouwing").map((block) => block.id)).toEqual(
      expect.arrayContaining(["maatschappelijke-waarde", "kern-rapport-laat-zien"])
    );
  });

  it("looks up themes, blocks and audiences by id", () => {
    expect(themeById("tijd-continuiteit").label.nl).toBe("Tijd en continuïteit");
    expect(blockById("gemeenschap-kost-tijd")?.text).toMatch(/^Je bouwt geen gemeenschap/);
    expect(blockById("bestaat-niet")).toBeUndefined();
    expect(audienceById("fonds").emphasis).toContain("tijd-continuiteit");
    expect(() => themeById("onbekend" as never)).toThrow("onbekend");
  });

  it("lists a theme's own blocks before blocks that argue it alongside others, in seed order", () => {
    const relaties = blocksForTheme("relaties");
    expect(relaties.every((block) => block.themes.includes("relaties"))).toBe(true);
    expect(relaties.length).toBe(
      BLOCKS.filter((block) => block.themes.includes("relaties")).length
    );
    const firstOther = relaties.findIndex((block) => block.themes[0] !== "relaties");
    expect(firstOther).toBeGreaterThan(0);
    expect(relaties.slice(firstOther).every((block) => block.themes[0] !== "relaties")).toBe(true);
    const seedOrder = (list: ArgumentBlock[]) => list.map((block) => BLOCKS.indexOf(block));
    const own = seedOrder(relaties.slice(0, firstOther));
    const others = seedOrder(relaties.slice(firstOther));
    expect(own).toEqual([...own].sort((a, b) => a - b));
    expect(others).toEqual([...others].sort((a, b) => a - b));
  });

  it("has the four audiences with labels and known emphasis", () => {
    expect(AUDIENCES_INFO.map((info) => info.id)).toEqual([...AUDIENCES]);
    expect(audienceById("gemeente").emphasis[0]).toBe("beleidsdoelen");
    expect(audienceById("ministerie").emphasis[0]).toBe("beleidsdoelen");
    expect(audienceById("fonds").emphasis).toEqual(
      expect.arrayContaining(["maatschappelijke-waarde", "tijd-continuiteit"])
    );
  });

  it("gives §3 and §5 blocks all four audiences, and others the audiences whose emphasis meets their themes", () => {
    const all = [...AUDIENCES];
    for (const block of BLOCKS) {
      const fitting: Audience[] = AUDIENCES_INFO.filter((info) =>
        info.emphasis.some((id) => block.themes.includes(id))
      ).map((info) => info.id);
      const addressedToAll =
        block.section.startsWith("§3 ") || block.section.startsWith("§5 ") || fitting.length === 0;
      expect({ id: block.id, audiences: [...block.audiences].sort() }).toEqual({
        id: block.id,
        audiences: (addressedToAll ? all : fitting).sort(),
      });
    }
  });

  it("shows the report's title without the seed's markdown asterisks", () => {
    expect(BLOCKS.filter((block) => block.text.includes("*"))).toEqual([]);
    expect(blockById("kern-rapport-laat-zien")?.text).toContain(
      "Het rapport De Kracht van Samen laat zien"
    );
  });
});
