/** @jest-environment jsdom */
/**
 * The icons Word shows: on the ribbon (16, 32, 80), in the add-in dialogs (64) and the store (128).
 * Each file must exist at the size the manifest states, with a transparent background so it sits
 * on light and dark ribbons alike.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { all, children, DEV_HOST, readManifest, REPO_ROOT, resolve } from "./manifest-document";

const doc = readManifest();
const ASSETS = path.join(REPO_ROOT, "assets");
const SIZES = [16, 32, 64, 80, 128];

function assetFile(url: string): string {
  expect(url.startsWith(`${DEV_HOST}/assets/`)).toBe(true);
  return path.join(REPO_ROOT, url.slice(DEV_HOST.length + 1));
}

/** The manifest's icons: the store icons by their element, the ribbon icons by their `size`. */
function statedIcons(): Array<{ where: string; file: string; size: number }> {
  const base = (name: string) =>
    children(doc.documentElement, "app", name)[0]?.getAttribute("DefaultValue") ?? "";
  const icons = [
    { where: "IconUrl", file: assetFile(base("IconUrl")), size: 64 },
    { where: "HighResolutionIconUrl", file: assetFile(base("HighResolutionIconUrl")), size: 128 },
  ];
  for (const image of all(doc, "bt", "Image").filter((i) => i.hasAttribute("resid"))) {
    const size = Number(image.getAttribute("size"));
    icons.push({
      where: `${image.parentElement?.parentElement?.localName} icon ${size}`,
      file: assetFile(resolve(doc, image).defaultValue),
      size,
    });
  }
  return icons;
}

interface PngFacts {
  width: number;
  height: number;
  colourType: number;
  /** Alpha of the top-left pixel; -1 when the PNG has no 8-bit alpha channel. */
  cornerAlpha: number;
}

/**
 * Size, colour type and the top-left pixel's alpha, straight from the PNG's chunks. Row 0's first
 * pixel comes out of every PNG filter unchanged (it has no left or upper neighbour), so reading it
 * needs only the inflated bytes, no unfiltering.
 */
function readPng(file: string): PngFacts {
  const png = fs.readFileSync(file);
  expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect(png.toString("latin1", 12, 16)).toBe("IHDR");
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const bitDepth = png[24];
  const colourType = png[25];
  const idat: Uint8Array[] = [];
  for (let offset = 8; offset < png.length;) {
    const length = png.readUInt32BE(offset);
    if (png.toString("latin1", offset + 4, offset + 8) === "IDAT")
      idat.push(png.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  const pixels = zlib.inflateSync(Buffer.concat(idat));
  const hasAlpha = bitDepth === 8 && (colourType === 6 || colourType === 4);
  const channels = colourType === 6 ? 4 : 2;
  return { width, height, colourType, cornerAlpha: hasAlpha ? pixels[1 + channels - 1] : -1 };
}

test("the manifest names eight icons: store 64 and 128, ribbon 16, 32 and 80 for the group and the button", () => {
  expect(statedIcons()).toHaveLength(8);
});

test.each(statedIcons())("$where is a PNG of $size × $size px", ({ file, size }) => {
  expect(fs.existsSync(file)).toBe(true);
  expect(readPng(file)).toMatchObject({ width: size, height: size });
});

test.each(SIZES)(
  "assets/icon-%i.png has that size, an alpha channel and a transparent background",
  (size) => {
    const file = path.join(ASSETS, `icon-${size}.png`);
    expect(readPng(file)).toEqual({ width: size, height: size, colourType: 6, cornerAlpha: 0 });
  }
);

describe("the icon's sources", () => {
  const sources: Array<[string, string]> = [
    ["icon.svg", "0 0 128 128"],
    ["icon-16.svg", "0 0 16 16"],
  ];

  test.each(sources)(
    "%s is an SVG drawn on a %s grid that loads nothing from elsewhere",
    (name, viewBox) => {
      const svg = new DOMParser().parseFromString(
        fs.readFileSync(path.join(ASSETS, name), "utf8"),
        "image/svg+xml"
      );
      expect(svg.getElementsByTagName("parsererror")).toHaveLength(0);
      expect(svg.documentElement.localName).toBe("svg");
      expect(svg.documentElement.getAttribute("viewBox")).toBe(viewBox);
      const references = Array.from(svg.getElementsByTagName("*")).flatMap((e) =>
        ["href", "xlink:href"].map((a) => e.getAttribute(a)).filter((v): v is string => v !== null)
      );
      expect(references.filter((r) => !r.startsWith("#"))).toEqual([]);
    }
  );

  test("draws in the product's orange and its dark contrast colour", () => {
    for (const [name] of sources) {
      const text = fs.readFileSync(path.join(ASSETS, name), "utf8").toUpperCase();
      expect(text).toContain("#F39200");
      expect(text).toContain("#1F2D42");
    }
  });
});
