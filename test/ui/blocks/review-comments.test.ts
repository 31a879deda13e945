import * as fs from "fs";
import { describeWithShared, sharedPath } from "../../shared";
import { THEME_IDS, type ThemeId } from "../../../src/content";
import type { Advice, Review, ThemeStatus } from "../../../src/analysis/types";
import { buildReviewComments } from "../../../src/taskpane/comments/review-comments";
import { stringsFor } from "../../../src/taskpane/strings";

const nl = stringsFor("nl");

function review(statuses: Partial<Record<ThemeId, ThemeStatus>>, advice: Advice[] = []): Review {
  return {
    audience: null,
    paragraphs: [],
    themes: THEME_IDS.map((id) => ({ id, status: statuses[id] ?? "covered", paragraphs: [] })),
    suggestions: [],
    advice,
    looksDutch: true,
  };
}

function activities(paragraph: number, ...words: string[]): Advice {
  return {
    kind: "activities-without-outcomes",
    paragraph,
    evidence: words.map((text, i) => ({ start: i * 10, end: i * 10 + text.length, text })),
  };
}

describe("buildReviewComments", () => {
  it("puts nothing in a document that argues every theme and says what its activities bring", () => {
    expect(buildReviewComments(review({}), nl, "nl")).toEqual([]);
  });

  it("lists the missing themes by Dutch label at the start of the document, in the report's order", () => {
    const comments = buildReviewComments(
      review({ onderbouwing: "missing", "tijd-continuiteit": "missing", relaties: "weak" }),
      nl,
      "nl"
    );
    expect(comments).toEqual([
      {
        paragraph: -1,
        text: "Argumentenhulp: deze thema’s uit De Kracht van Samen ontbreken nog: Tijd en continuïteit; Onderbouwing met onderzoek.",
      },
    ]);
  });

  it("leaves out themes the user marked not relevant", () => {
    const comments = buildReviewComments(
      review({ onderbouwing: "missing", vraag: "missing" }),
      nl,
      "nl",
      {
        notRelevant: ["vraag"],
      }
    );
    expect(comments).toHaveLength(1);
    expect(comments[0].text).toContain("Onderbouwing met onderzoek");
    expect(comments[0].text).not.toContain("Wees duidelijk");
    expect(
      buildReviewComments(review({ vraag: "missing" }), nl, "nl", { notRelevant: ["vraag"] })
    ).toEqual([]);
  });

  it("comments on each paragraph with activities but no outcomes, in the seed's words, naming the user's words", () => {
    const comments = buildReviewComments(
      review({}, [activities(4, "organiseren", "maaltijd"), activities(1, "buurtactiviteiten")]),
      nl,
      "nl"
    );
    expect(comments).toEqual([
      {
        paragraph: 1,
        text: "Argumentenhulp: Zeg niet alleen wat je organiseert, maar ook wat het oplevert. Deze alinea noemt “buurtactiviteiten”, maar niet wat het oplevert.",
      },
      {
        paragraph: 4,
        text: "Argumentenhulp: Zeg niet alleen wat je organiseert, maar ook wat het oplevert. Deze alinea noemt “organiseren”, “maaltijd”, maar niet wat het oplevert.",
      },
    ]);
  });

  it("gives a paragraph one comment however much advice points at it, with at most three distinct words", () => {
    const comments = buildReviewComments(
      review({}, [
        activities(2, "Maaltijd", "maaltijd", "koffie"),
        activities(2, "wandeling", "spelletjes", "koffie"),
      ]),
      nl,
      "nl"
    );
    expect(comments).toHaveLength(1);
    expect(comments[0].text).toContain("noemt “Maaltijd”, “koffie”, “wandeling”, maar");
  });

  it("still quotes the seed when the advice carries no words", () => {
    const comments = buildReviewComments(review({}, [activities(0)]), nl, "nl");
    expect(comments).toEqual([
      {
        paragraph: 0,
        text: "Argumentenhulp: Zeg niet alleen wat je organiseert, maar ook wat het oplevert.",
      },
    ]);
  });

  it("puts the start-of-document comment first, then the paragraphs in order", () => {
    const comments = buildReviewComments(
      review({ vraag: "missing" }, [activities(3, "a"), activities(0, "b")]),
      nl,
      "nl"
    );
    expect(comments.map((c) => c.paragraph)).toEqual([-1, 0, 3]);
  });

  it("writes English comments for English Word", () => {
    const comments = buildReviewComments(
      review({ vraag: "missing" }, [activities(0, "meal")]),
      stringsFor("en"),
      "en"
    );
    expect(comments[0].text).toContain("Be clear about what you need");
    expect(comments[1].text).toContain("Say not only what you organise");
  });
});

describeWithShared(["seed", "de-kracht-van-samen-tips.nl.txt"])("the comment's advice", () => {
  it("quotes seed §4 exactly", () => {
    const seed = fs.readFileSync(sharedPath("seed", "de-kracht-van-samen-tips.nl.txt"), "utf8");
    const quoted = nl.commentActivitiesFallback.replace(/^Argumentenhulp: /, "");
    expect(quoted).toBe("Zeg niet alleen wat je organiseert, maar ook wat het oplevert.");
    expect(seed).toContain(quoted);
    expect(nl.commentActivitiesWithoutOutcomes.startsWith(nl.commentActivitiesFallback)).toBe(true);
  });
});
