/** The pane's one rule for "a draft that argues little" and the themes "Begin hier" picks. */
import { THEMES, type ThemeId } from "../../src/content";
import {
  arguesLittle,
  startHere,
  type PaneStatus,
  type PaneTheme,
} from "../../src/taskpane/pane-themes";

function themes(statuses: Partial<Record<ThemeId, PaneStatus>>): PaneTheme[] {
  return THEMES.map((theme) => {
    const status = statuses[theme.id] ?? "missing";
    return {
      theme,
      status,
      verdict: status === "not-relevant" ? "missing" : status,
      paragraphs: [],
      blockIds: [],
      ownBlockIds: [],
    };
  });
}

const ORDER = THEMES.map((theme) => theme.id);

describe("arguesLittle and startHere", () => {
  test("a draft covering up to a third of the themes argues little; one more does not", () => {
    expect(arguesLittle(themes({}))).toBe(true);
    expect(
      arguesLittle(themes({ relaties: "covered", vraag: "covered", talenten: "covered" }))
    ).toBe(true);
    expect(
      arguesLittle(
        themes({
          relaties: "covered",
          vraag: "covered",
          talenten: "covered",
          resultaten: "covered",
        })
      )
    ).toBe(false);
  });

  test("themes set aside do not count toward the third", () => {
    const three = { relaties: "covered", vraag: "covered", talenten: "covered" } as const;
    // 11 − 3 set aside = 8 counted themes: 3 covered is more than a third of them.
    expect(
      arguesLittle(
        themes({
          ...three,
          onderbouwing: "not-relevant",
          beleidsdoelen: "not-relevant",
          "kleine-stappen": "not-relevant",
        })
      )
    ).toBe(false);
  });

  test("Begin hier takes the first three missing themes in the given order, skipping weak ones", () => {
    const order: ThemeId[] = [
      "beleidsdoelen",
      "resultaten",
      ...ORDER.filter((id) => id !== "beleidsdoelen" && id !== "resultaten"),
    ];
    expect(startHere(themes({ beleidsdoelen: "weak" }), order)).toEqual([
      "resultaten",
      "relaties",
      "bewonersregie",
    ]);
    expect(startHere(themes({ resultaten: "not-relevant" }), order)).toEqual([
      "beleidsdoelen",
      "relaties",
      "bewonersregie",
    ]);
  });

  test("Begin hier is empty for a draft that argues enough", () => {
    const four = {
      relaties: "covered",
      vraag: "covered",
      talenten: "covered",
      resultaten: "covered",
    } as const;
    expect(startHere(themes(four), ORDER)).toEqual([]);
  });
});
