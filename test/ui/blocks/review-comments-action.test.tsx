/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { THEME_IDS, type ThemeId } from "../../../src/content";
import type { Advice, Review } from "../../../src/analysis/types";
import { ReviewCommentsAction } from "../../../src/taskpane/comments";
import { buildReviewComments } from "../../../src/taskpane/comments/review-comments";
import { stringsFor } from "../../../src/taskpane/strings";
import { FakePort, READ_ONLY_MESSAGE } from "./fake-port";
import { announced, renderInPane } from "./render";

const MISSING: ThemeId[] = ["tijd-continuiteit", "vraag"];
const ADVICE: Advice[] = [
  {
    kind: "activities-without-outcomes",
    paragraph: 1,
    evidence: [{ start: 3, end: 13, text: "organiseren" }],
  },
];

const REVIEW: Review = {
  audience: "fonds",
  paragraphs: [],
  themes: THEME_IDS.map((id) => ({
    id,
    status: MISSING.includes(id) ? "missing" : "covered",
    paragraphs: [],
  })),
  suggestions: [],
  advice: ADVICE,
  looksDutch: true,
};

const DRAFT = ["Ons plan.", "We organiseren maaltijden.", "Begroting."];

function place() {
  return screen.getByRole("button", { name: "Opmerkingen in document plaatsen" });
}

function remove() {
  return screen.getByRole("button", { name: "Opmerkingen verwijderen" });
}

describe("ReviewCommentsAction", () => {
  it("places the review as comments: the missing themes at the start, the advice on its paragraph", async () => {
    const port = new FakePort(DRAFT);
    renderInPane(
      <ReviewCommentsAction port={port} review={REVIEW} capabilities={port.capabilities()} />
    );
    await userEvent.click(place());
    await waitFor(() => expect(port.comments).toHaveLength(2));
    expect(port.comments).toEqual(buildReviewComments(REVIEW, stringsFor("nl"), "nl"));
    expect(port.comments[0]).toEqual({
      paragraph: -1,
      text: "Argumentenhulp: deze thema’s uit De Kracht van Samen ontbreken nog: Tijd en continuïteit; Wees duidelijk over wat je nodig hebt.",
    });
    expect(port.comments[1].paragraph).toBe(1);
    expect(port.comments[1].text).toContain(
      "Zeg niet alleen wat je organiseert, maar ook wat het oplevert."
    );
    expect(await screen.findByTestId("status-line")).toHaveTextContent("2 opmerkingen geplaatst.");
    expect(announced()).toBe("2 opmerkingen geplaatst.");
  });

  it("placing again replaces its earlier comments instead of stacking them", async () => {
    const port = new FakePort(DRAFT);
    renderInPane(
      <ReviewCommentsAction port={port} review={REVIEW} capabilities={port.capabilities()} />
    );
    await userEvent.click(place());
    await waitFor(() => expect(port.comments).toHaveLength(2));
    await userEvent.click(place());
    await waitFor(() => expect(port.calls.filter((c) => c === "add-comments")).toHaveLength(2));
    expect(port.comments).toHaveLength(2);
    expect(port.calls).toEqual([
      "remove-comments",
      "add-comments",
      "remove-comments",
      "add-comments",
    ]);
  });

  it("a double click places the comments once", async () => {
    const port = new FakePort(DRAFT);
    renderInPane(
      <ReviewCommentsAction port={port} review={REVIEW} capabilities={port.capabilities()} />
    );
    act(() => {
      fireEvent.click(place());
      fireEvent.click(place());
    });
    await waitFor(() => expect(place()).not.toHaveAttribute("aria-disabled", "true"));
    expect(port.calls).toEqual(["remove-comments", "add-comments"]);
  });

  it("removes the add-in's comments and says how many", async () => {
    const port = new FakePort(DRAFT);
    renderInPane(
      <ReviewCommentsAction port={port} review={REVIEW} capabilities={port.capabilities()} />
    );
    await userEvent.click(place());
    await waitFor(() => expect(port.comments).toHaveLength(2));
    await userEvent.click(remove());
    await waitFor(() =>
      expect(screen.getByTestId("status-line")).toHaveTextContent(
        "2 opmerkingen van Argumentenhulp verwijderd."
      )
    );
    expect(port.comments).toEqual([]);
    await userEvent.click(remove());
    await waitFor(() =>
      expect(screen.getByTestId("status-line")).toHaveTextContent(
        "Er stonden geen opmerkingen van Argumentenhulp in het document."
      )
    );
  });

  it("gives Word's Dutch reason when the document is read-only", async () => {
    const port = new FakePort(DRAFT);
    port.readOnly = true;
    renderInPane(
      <ReviewCommentsAction port={port} review={REVIEW} capabilities={port.capabilities()} />
    );
    await userEvent.click(place());
    const status = await screen.findByTestId("status-line");
    expect(status).toHaveAttribute("data-tone", "error");
    expect(status).toHaveTextContent(`Dat lukte niet. ${READ_ONLY_MESSAGE}`);
    expect(port.comments).toEqual([]);
    expect(port.paragraphs).toEqual(DRAFT);
  });

  it("explains why when this Word cannot place comments, instead of a button that does nothing", () => {
    const port = new FakePort(DRAFT, null, {
      comments: false,
      missing: [
        "Opmerkingen plaatsen vraagt Word met WordApi 1.4 (Word 2016 of nieuwer, Microsoft 365).",
        "Direct meekijken bij elke wijziging vraagt Word met WordApi 1.6 (Microsoft 365).",
      ],
    });
    renderInPane(
      <ReviewCommentsAction port={port} review={REVIEW} capabilities={port.capabilities()} />
    );
    expect(screen.queryByRole("button", { name: "Opmerkingen in document plaatsen" })).toBeNull();
    const box = screen.getByTestId("review-comments");
    expect(box).toHaveTextContent("Opmerkingen plaatsen kan niet in deze versie van Word.");
    expect(box).toHaveTextContent("Opmerkingen plaatsen vraagt Word met WordApi 1.4");
    // Only the reason that concerns comments.
    expect(box).not.toHaveTextContent("Direct meekijken");
  });

  it("shows the host's reasons when none of them names comments", () => {
    const port = new FakePort(DRAFT, null, {
      comments: false,
      missing: ["Dit is de voorbeeldpagina."],
    });
    renderInPane(
      <ReviewCommentsAction port={port} review={REVIEW} capabilities={port.capabilities()} />
    );
    expect(screen.getByTestId("review-comments")).toHaveTextContent("Dit is de voorbeeldpagina.");
  });

  it("says there is nothing to comment on when the review is clean", () => {
    const port = new FakePort(DRAFT);
    const clean: Review = {
      ...REVIEW,
      themes: REVIEW.themes.map((t) => ({ ...t, status: "covered" })),
      advice: [],
    };
    renderInPane(
      <ReviewCommentsAction port={port} review={clean} capabilities={port.capabilities()} />
    );
    expect(screen.getByTestId("review-comments")).toHaveTextContent(
      "Er is nu niets om als opmerking te plaatsen"
    );
    expect(place()).toHaveAttribute("aria-disabled", "true");
    // Earlier comments can still be removed.
    expect(remove()).not.toHaveAttribute("aria-disabled", "true");
  });

  it("leaves out themes the pane marked not relevant", async () => {
    const port = new FakePort(DRAFT);
    renderInPane(
      <ReviewCommentsAction
        port={port}
        review={REVIEW}
        capabilities={port.capabilities()}
        notRelevant={["vraag"]}
      />
    );
    await userEvent.click(place());
    await waitFor(() => expect(port.comments).toHaveLength(2));
    expect(port.comments[0].text).not.toContain("Wees duidelijk");
  });
});
