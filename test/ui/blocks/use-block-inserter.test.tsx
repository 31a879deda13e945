/** @jest-environment jsdom */
import * as React from "react";
import { act, renderHook } from "@testing-library/react";
import { blockById, type ArgumentBlock } from "../../../src/content";
import { AnnouncerProvider } from "../../../src/taskpane/announce";
import { useBlockInserter } from "../../../src/taskpane/blocks";
import { FakePort } from "./fake-port";

function block(id: string): ArgumentBlock {
  const found = blockById(id);
  if (!found) throw new Error(`no block ${id}`);
  return found;
}

function setup(port: FakePort, onInserted = jest.fn()) {
  const hook = renderHook(() => useBlockInserter(port, onInserted), {
    wrapper: ({ children }: { children: React.ReactNode }) => (
      <AnnouncerProvider>{children}</AnnouncerProvider>
    ),
  });
  return { ...hook, onInserted };
}

describe("useBlockInserter", () => {
  it("inserts once when called twice for the same block before the first answer, and both callers get it", async () => {
    const port = new FakePort(["a", "b"], 0);
    port.hold();
    const { result, onInserted } = setup(port);
    const b = block("relaties-basis");
    let first!: ReturnType<typeof result.current.insert>;
    let second!: ReturnType<typeof result.current.insert>;
    act(() => {
      first = result.current.insert(b, {}, "after-cursor");
      second = result.current.insert(b, {}, "after-cursor");
    });
    expect(result.current.pendingTag).toBe("argumentenhulp:block:relaties-basis");
    await act(async () => port.release());
    const answers = await Promise.all([first, second]);
    expect(answers[0]).toEqual({ ok: true, value: { firstIndex: 1, afterIndex: 0 } });
    expect(answers[1]).toEqual(answers[0]);
    expect(port.insertRequests).toHaveLength(1);
    expect(onInserted).toHaveBeenCalledTimes(1);
    expect(result.current.pendingTag).toBeNull();
  });

  it("refuses another block while one is being inserted, without inserting it", async () => {
    const port = new FakePort(["a"], 0);
    port.hold();
    const { result } = setup(port);
    let busy!: Awaited<ReturnType<typeof result.current.insert>>;
    let first!: ReturnType<typeof result.current.insert>;
    act(() => {
      first = result.current.insert(block("relaties-basis"), {}, "end");
    });
    await act(async () => {
      busy = await result.current.insert(block("klein-begin"), {}, "end");
    });
    expect(busy).toEqual({
      ok: false,
      error: { code: "unknown", message: "Even geduld: er wordt nog een tekstblok ingevoegd." },
    });
    await act(async () => port.release());
    await first;
    expect(port.insertRequests.map((r) => r.tag)).toEqual(["argumentenhulp:block:relaties-basis"]);
    // Free again afterwards.
    await act(async () => {
      await result.current.insert(block("klein-begin"), {}, "end");
    });
    expect(port.insertRequests).toHaveLength(2);
  });

  it("is free again after a refusal", async () => {
    const port = new FakePort(["a"], 0);
    port.readOnly = true;
    const { result, onInserted } = setup(port);
    await act(async () => {
      const answer = await result.current.insert(block("relaties-basis"), {}, "end");
      expect(answer.ok).toBe(false);
    });
    expect(result.current.pendingTag).toBeNull();
    port.readOnly = false;
    await act(async () => {
      const answer = await result.current.insert(block("relaties-basis"), {}, "end");
      expect(answer.ok).toBe(true);
    });
    expect(onInserted).toHaveBeenCalledTimes(1);
  });

  it("calls the latest onInserted the pane passed", async () => {
    const port = new FakePort(["a"], 0);
    const first = jest.fn();
    const later = jest.fn();
    const { result, rerender } = renderHook(({ cb }) => useBlockInserter(port, cb), {
      initialProps: { cb: first },
    });
    rerender({ cb: later });
    await act(async () => {
      await result.current.insert(block("relaties-basis"), {}, "end");
    });
    expect(first).not.toHaveBeenCalled();
    expect(later).toHaveBeenCalledTimes(1);
  });
});
