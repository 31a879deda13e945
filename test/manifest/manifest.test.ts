/** @jest-environment jsdom */
/**
 * What the manifest promises Word: which add-in this is, what it needs, where its button sits, and
 * that every text a user can see exists in Dutch and English.
 */
import packageJson from "../../package.json";
import {
  all,
  children,
  DEV_HOST,
  one,
  overridesOf,
  readManifest,
  resolve,
  resources,
  xsiType,
} from "./manifest-document";

const doc = readManifest();
const root = doc.documentElement;
const base = (name: string) => children(root, "app", name);
const baseOne = (name: string) => {
  const found = base(name);
  expect(found).toHaveLength(1);
  return found[0];
};

/** The Ids of Microsoft's `yo office` templates (Office-Addin-TaskPane-React and friends). */
const TEMPLATE_IDS = [
  "05c2e1c9-3e1d-406e-9a91-e9ac64854143",
  "9bb7a975-b568-4b2d-9683-39fd2900118f",
];

describe("identity", () => {
  test("has its own Id: a version-4 GUID that is not a template's", () => {
    const id = baseOne("Id").textContent?.trim() ?? "";
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(TEMPLATE_IDS).not.toContain(id.toLowerCase());
  });

  test("is package.json's version of a task pane add-in for Word documents only", () => {
    expect(xsiType(root)).toBe("TaskPaneApp");
    expect(baseOne("Version").textContent).toBe(`${packageJson.version}.0`);
    const hosts = all(baseOne("Hosts"), "app", "Host").map((h) => h.getAttribute("Name"));
    expect(hosts).toEqual(["Document"]);
  });

  test("speaks Dutch by default and is called Argumentenhulp", () => {
    expect(baseOne("DefaultLocale").textContent).toBe("nl-NL");
    expect(baseOne("DisplayName").getAttribute("DefaultValue")).toBe("Argumentenhulp");
    expect(baseOne("ProviderName").textContent?.trim()).toBeTruthy();
    expect(baseOne("ProviderName").textContent).not.toMatch(/contoso/i);
  });

  test("describes what it does in both languages", () => {
    const description = baseOne("Description");
    expect(description.getAttribute("DefaultValue")).toMatch(/subsidieaanvraag/i);
    expect(description.getAttribute("DefaultValue")).toMatch(/De Kracht van Samen/);
    expect(overridesOf(description).get("en-US")).toMatch(/grant application/i);
  });
});

describe("what it needs from Word", () => {
  test("requires WordApi 1.1 and nothing newer: newer features are checked at run time", () => {
    const sets = all(doc, "app", "Set").concat(all(doc, "bt", "Set"));
    expect(sets.map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")])).toEqual([
      ["WordApi", "1.1"],
    ]);
    const setsElement = one(doc, "app", "Sets");
    // A DefaultMinVersion above 1.1 would raise the set's version without saying so on the Set.
    expect(setsElement.getAttribute("DefaultMinVersion") ?? "1.1").toBe("1.1");
    expect(all(doc, "app", "Method")).toHaveLength(0);
  });

  test("asks to read and write the document (it inserts text blocks), no more than that", () => {
    expect(baseOne("Permissions").textContent).toBe("ReadWriteDocument");
  });

  test("opens the task pane from taskpane.html", () => {
    const source = one(baseOne("DefaultSettings"), "app", "SourceLocation");
    expect(source.getAttribute("DefaultValue")).toBe(`${DEV_HOST}/taskpane.html`);
  });

  test("names no other domains: the pane only navigates within its own host", () => {
    const domains = base("AppDomains").flatMap((d) => all(d, "app", "AppDomain"));
    expect(domains.map((d) => d.textContent)).toEqual([]);
  });
});

describe("the ribbon button", () => {
  const overrides = one(doc, "ov", "VersionOverrides");
  const host = one(overrides, "ov", "Host");
  const desktop = one(host, "ov", "DesktopFormFactor");
  const tab = one(desktop, "ov", "OfficeTab");
  const group = one(tab, "ov", "Group");
  const control = one(group, "ov", "Control");

  test("lives in a group of its own on the Home tab", () => {
    expect(xsiType(overrides)).toBe("VersionOverridesV1_0");
    expect(xsiType(host)).toBe("Document");
    expect(xsiType(one(desktop, "ov", "ExtensionPoint"))).toBe("PrimaryCommandSurface");
    expect(tab.getAttribute("id")).toBe("TabHome");
    // A CustomGroup is a <Group>; built-in groups would be <OfficeGroup>.
    expect(all(tab, "ov", "OfficeGroup")).toHaveLength(0);
    expect(group.getAttribute("id")).toMatch(/^Argumentenhulp\./);
    expect(resolve(doc, children(group, "ov", "Label")[0]).defaultValue).toBeTruthy();
  });

  test("is one button labelled Argumentenhulp that shows the task pane", () => {
    expect(all(group, "ov", "Control")).toHaveLength(1);
    expect(xsiType(control)).toBe("Button");
    expect(resolve(doc, children(control, "ov", "Label")[0]).defaultValue).toBe("Argumentenhulp");
    const action = one(control, "ov", "Action");
    expect(xsiType(action)).toBe("ShowTaskpane");
    expect(one(action, "ov", "TaskpaneId").textContent?.trim()).toBeTruthy();
    expect(resolve(doc, one(action, "ov", "SourceLocation")).defaultValue).toBe(
      `${DEV_HOST}/taskpane.html`
    );
  });

  test("has a supertip with a title and a description", () => {
    const supertip = one(control, "ov", "Supertip");
    expect(resolve(doc, one(supertip, "ov", "Title")).kind).toBe("ShortString");
    expect(resolve(doc, one(supertip, "ov", "Description")).kind).toBe("LongString");
  });

  test("group and button each carry the 16, 32 and 80 px icons", () => {
    for (const owner of [group, control]) {
      const icon = children(owner, "ov", "Icon")[0];
      const images = all(icon, "bt", "Image").map((i) => [
        i.getAttribute("size"),
        resolve(doc, i).defaultValue,
      ]);
      expect(images).toEqual([
        ["16", `${DEV_HOST}/assets/icon-16.png`],
        ["32", `${DEV_HOST}/assets/icon-32.png`],
        ["80", `${DEV_HOST}/assets/icon-80.png`],
      ]);
    }
  });

  test("loads commands.html as its function file", () => {
    expect(resolve(doc, one(desktop, "ov", "FunctionFile")).defaultValue).toBe(
      `${DEV_HOST}/commands.html`
    );
  });

  test("greets a new user with a title, a description and a link to help", () => {
    const getStarted = one(desktop, "ov", "GetStarted");
    expect(resolve(doc, one(getStarted, "ov", "Title")).kind).toBe("ShortString");
    expect(resolve(doc, one(getStarted, "ov", "Description")).defaultValue).toMatch(/Start/);
    expect(resolve(doc, one(getStarted, "ov", "LearnMoreUrl")).kind).toBe("Url");
  });

  test("its help link and SupportUrl are the hosted help page", () => {
    const getStarted = one(desktop, "ov", "GetStarted");
    expect(resolve(doc, one(getStarted, "ov", "LearnMoreUrl")).defaultValue).toBe(
      `${DEV_HOST}/help.html`
    );
    expect(doc.getElementsByTagName("SupportUrl")[0]?.getAttribute("DefaultValue")).toBe(
      `${DEV_HOST}/help.html`
    );
  });
});

describe("resources", () => {
  const declared = resources(doc);
  const references = Array.from(doc.getElementsByTagName("*")).filter((e) =>
    e.hasAttribute("resid")
  );

  /** Which kind of resource each referring element needs. */
  function expectedKind(element: Element): string {
    const parent = element.parentElement?.localName;
    switch (element.localName) {
      case "Image":
        return "Image";
      case "SourceLocation":
      case "FunctionFile":
      case "LearnMoreUrl":
        return "Url";
      case "Label":
        return "ShortString";
      case "Title":
        return "ShortString";
      case "Description":
        return parent === "Supertip" || parent === "GetStarted" || parent === "VersionOverrides"
          ? "LongString"
          : "?";
      default:
        return `? (${element.localName})`;
    }
  }

  test("every resid points at a declared resource of the right kind", () => {
    expect(references.length).toBeGreaterThan(10);
    for (const element of references) {
      expect({ resid: element.getAttribute("resid"), kind: resolve(doc, element).kind }).toEqual({
        resid: element.getAttribute("resid"),
        kind: expectedKind(element),
      });
    }
  });

  test("every declared resource is used", () => {
    const used = new Set(references.map((e) => e.getAttribute("resid")));
    expect(Array.from(declared.keys()).filter((id) => !used.has(id))).toEqual([]);
  });

  /** Every text a user can read: the base name and description, and every string resource. */
  function visibleTexts(): Array<{ id: string; nl: string; en: string | undefined }> {
    const texts = ["DisplayName", "Description"].map((name) => {
      const element = baseOne(name);
      return {
        id: name,
        nl: element.getAttribute("DefaultValue") ?? "",
        en: overridesOf(element).get("en-US"),
      };
    });
    for (const resource of declared.values()) {
      if (resource.kind === "ShortString" || resource.kind === "LongString") {
        texts.push({
          id: resource.id,
          nl: resource.defaultValue,
          en: resource.overrides.get("en-US"),
        });
      }
    }
    return texts;
  }

  test("every visible text has a Dutch default and an English override", () => {
    const texts = visibleTexts();
    expect(texts.length).toBeGreaterThanOrEqual(8);
    for (const text of texts) {
      expect({
        id: text.id,
        nl: text.nl.trim().length > 0,
        en: (text.en ?? "").trim().length > 0,
      }).toEqual({
        id: text.id,
        nl: true,
        en: true,
      });
    }
  });

  test("the English is a translation, not a copy (only the product's name stays the same)", () => {
    for (const text of visibleTexts()) {
      if (text.nl === "Argumentenhulp") continue;
      expect({ id: text.id, en: text.en }).not.toEqual({ id: text.id, en: text.nl });
    }
  });

  test("no override names a locale other than en-US, and none is empty", () => {
    for (const element of Array.from(doc.getElementsByTagName("*")).filter(
      (e) => e.localName === "Override"
    )) {
      expect(element.getAttribute("Locale")).toBe("en-US");
      expect(element.getAttribute("Value")?.trim()).toBeTruthy();
    }
  });

  test("keeps none of the template's words", () => {
    const xml = new XMLSerializer().serializeToString(doc);
    for (const leftover of [
      "Contoso",
      "Show Taskpane",
      "Commands Group",
      "sample add-in",
      "ButtonId1",
    ]) {
      expect(xml).not.toContain(leftover);
    }
  });
});
