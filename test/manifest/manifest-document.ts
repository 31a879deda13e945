/**
 * Reads manifest.xml the way Office does: as namespaced XML. Test files that use this run in the
 * jsdom environment for its standard DOMParser, so no XML library beyond the test stack is needed.
 */
import * as fs from "fs";
import * as path from "path";

export const REPO_ROOT = path.resolve(__dirname, "..", "..");
export const MANIFEST_PATH = path.join(REPO_ROOT, "manifest.xml");
/** The host the source manifest names; the build rewrites it to the host it builds for. */
export const DEV_HOST = "https://localhost:3000";

export const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
} as const;

export type ResourceKind = "Image" | "Url" | "ShortString" | "LongString";

export interface Resource {
  id: string;
  kind: ResourceKind;
  defaultValue: string;
  /** locale → value */
  overrides: Map<string, string>;
}

export function parseManifest(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`manifest is not well-formed XML: ${error.textContent}`);
  return doc;
}

export function readManifest(file: string = MANIFEST_PATH): Document {
  return parseManifest(fs.readFileSync(file, "utf8"));
}

/** Elements in a namespace by local name, in document order. */
export function all(scope: Document | Element, ns: keyof typeof NS, localName: string): Element[] {
  return Array.from(scope.getElementsByTagNameNS(NS[ns], localName));
}

export function one(scope: Document | Element, ns: keyof typeof NS, localName: string): Element {
  const found = all(scope, ns, localName);
  if (found.length !== 1) throw new Error(`expected one <${localName}>, found ${found.length}`);
  return found[0];
}

/** The direct children of `parent` named `localName` in namespace `ns`. */
export function children(parent: Element, ns: keyof typeof NS, localName: string): Element[] {
  return Array.from(parent.children).filter(
    (c) => c.namespaceURI === NS[ns] && c.localName === localName
  );
}

export function xsiType(element: Element): string | null {
  return element.getAttributeNS(NS.xsi, "type");
}

/** `Override` children as locale → value (the base manifest's and the bt: resources' overrides alike). */
export function overridesOf(element: Element): Map<string, string> {
  const result = new Map<string, string>();
  for (const child of Array.from(element.children)) {
    if (child.localName === "Override")
      result.set(child.getAttribute("Locale") ?? "", child.getAttribute("Value") ?? "");
  }
  return result;
}

/** Every resource under VersionOverrides/Resources, by id. */
export function resources(doc: Document): Map<string, Resource> {
  const byId = new Map<string, Resource>();
  const groups: Array<[string, ResourceKind, string]> = [
    ["Images", "Image", "Image"],
    ["Urls", "Url", "Url"],
    ["ShortStrings", "ShortString", "String"],
    ["LongStrings", "LongString", "String"],
  ];
  for (const [groupName, kind, itemName] of groups) {
    for (const group of all(doc, "bt", groupName)) {
      for (const item of children(group, "bt", itemName)) {
        const id = item.getAttribute("id") ?? "";
        if (byId.has(id)) throw new Error(`resource id ${id} is declared twice`);
        byId.set(id, {
          id,
          kind,
          defaultValue: item.getAttribute("DefaultValue") ?? "",
          overrides: overridesOf(item),
        });
      }
    }
  }
  return byId;
}

/** The resource an element points at with `resid`; throws when the id is not declared. */
export function resolve(doc: Document, element: Element): Resource {
  const id = element.getAttribute("resid");
  const resource = id === null ? undefined : resources(doc).get(id);
  if (!resource) throw new Error(`<${element.localName} resid="${id}"> points at no resource`);
  return resource;
}

export interface ManifestUrl {
  /** Where it was found, for failure messages: element name and attribute. */
  where: string;
  url: string;
}

/** Every absolute URL in the manifest, in attributes and in element text. */
export function urlsIn(doc: Document): ManifestUrl[] {
  const found: ManifestUrl[] = [];
  const isUrl = (value: string) => /^[a-z]+:\/\//i.test(value.trim());
  for (const element of Array.from(doc.getElementsByTagName("*"))) {
    const label = element.getAttribute("id") ?? element.parentElement?.localName ?? "";
    for (const attribute of Array.from(element.attributes)) {
      // Namespace declarations are URIs too, but nothing is fetched from them.
      if (attribute.name === "xmlns" || attribute.prefix === "xmlns") continue;
      if (isUrl(attribute.value)) {
        found.push({
          where: `<${element.localName}> ${label} @${attribute.name}`,
          url: attribute.value,
        });
      }
    }
    const ownText = Array.from(element.childNodes)
      .filter((n) => n.nodeType === n.TEXT_NODE)
      .map((n) => n.textContent ?? "")
      .join("")
      .trim();
    if (isUrl(ownText)) found.push({ where: `<${element.localName}> text`, url: ownText });
  }
  return found;
}
