/**
 * Draws the sample site's pictures (charts and illustrations, all credited "Illustration: summitdesk") as SVG
 * and renders them with resvg and the card font, so they are the same bytes on every machine. Nothing is
 * downloaded. The facts in the charts are those stated in the sample articles.
 * Usage: npx tsx scripts/sample-images.ts   (writes content/images/)
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Resvg } from "@resvg/resvg-js";
import sharp from "sharp";
import { escapeXml as x } from "../src/feeds/index.ts";
import { fontFiles } from "../src/images/cardFont.ts";
import { CARD_FONT_FAMILY } from "../src/images/cardLayout.ts";

const OUT = fileURLToPath(new URL("../content/images/", import.meta.url));
const W = 1600;
const H = 900;
const INK = "#1b1b1f";
const MUTED = "#55565e";
const BLUE = "#0b57a4";
const LIGHT = "#9cc3ea";

function png(svg: string): Buffer {
  const fonts = Object.values(fontFiles());
  return new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: fonts, defaultFontFamily: CARD_FONT_FAMILY },
  })
    .render()
    .asPng();
}

function frame(title: string, subtitle: string, body: string, note: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${CARD_FONT_FAMILY}">
<rect width="${W}" height="${H}" fill="#fdfcfa"/>
<text x="80" y="110" font-size="56" font-weight="700" fill="${INK}">${x(title)}</text>
<text x="80" y="160" font-size="32" fill="${MUTED}">${x(subtitle)}</text>
${body}
<text x="80" y="${H - 50}" font-size="24" fill="${MUTED}">${x(note)}</text>
</svg>`;
}

/** SCO membership by year of accession, as told in the sample explainer. */
function scoChart(lang: "de" | "en"): string {
  const rows =
    lang === "de"
      ? [
          ["1996", 5, "China, Russland, Kasachstan, Kirgisistan, Tadschikistan"],
          ["2001", 6, "+ Usbekistan: Gründung der SOZ"],
          ["2017", 8, "+ Indien, Pakistan"],
          ["2023", 9, "+ Iran"],
          ["2024", 10, "+ Belarus"],
        ]
      : [
          ["1996", 5, "China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan"],
          ["2001", 6, "+ Uzbekistan: the SCO is founded"],
          ["2017", 8, "+ India, Pakistan"],
          ["2023", 9, "+ Iran"],
          ["2024", 10, "+ Belarus"],
        ];
  const unit = 62;
  const body = rows
    .map(([year, count, label], i) => {
      const y = 240 + i * 118;
      const width = Number(count) * unit;
      return `<text x="80" y="${y + 52}" font-size="40" font-weight="700" fill="${INK}">${year}</text>
<rect x="210" y="${y}" width="${width}" height="76" rx="4" fill="${i === 0 ? LIGHT : BLUE}"/>
<text x="${210 + width - 18}" y="${y + 52}" font-size="40" font-weight="700" fill="#fff" text-anchor="end">${count}</text>
<text x="${210 + width + 24}" y="${y + 50}" font-size="30" fill="${INK}">${x(String(label))}</text>`;
    })
    .join("\n");
  return lang === "de"
    ? frame(
        "Von fünf auf zehn Mitglieder",
        "Mitgliedstaaten der SOZ nach Jahr des Beitritts",
        body,
        "1996: die „Shanghai Five“, Vorläufer der SOZ · Illustration: summitdesk",
      )
    : frame(
        "From five to ten members",
        "Member states of the SCO by year of accession",
        body,
        "1996: the “Shanghai Five”, the SCO's forerunner · Illustration: summitdesk",
      );
}

/** NATO's spending goal: 2% since Wales 2014; 3.5% core plus up to 1.5% related by 2035 (The Hague 2025). */
function natoChart(lang: "de" | "en"): string {
  const scale = 240; // px per percentage point
  const t =
    lang === "de"
      ? {
          title: "Fünf Prozent bis 2035",
          subtitle: "NATO-Ziel für Ausgaben, in Prozent des Bruttoinlandsprodukts",
          old: "Bisheriges Ziel (Wales 2014)",
          now: "Neues Ziel (Den Haag 2025)",
          core: "3,5 % Kernausgaben Verteidigung",
          extra: "bis 1,5 % sicherheitsrelevant",
          two: "2 %",
          five: "5 %",
          note: "Illustration: summitdesk",
        }
      : {
          title: "Five per cent by 2035",
          subtitle: "NATO spending goal, per cent of gross domestic product",
          old: "Previous goal (Wales 2014)",
          now: "New goal (The Hague 2025)",
          core: "3.5% core defence",
          extra: "up to 1.5% security-related",
          two: "2%",
          five: "5%",
          note: "Illustration: summitdesk",
        };
  const body = `<text x="80" y="290" font-size="34" font-weight="700" fill="${INK}">${x(t.old)}</text>
<rect x="80" y="320" width="${2 * scale}" height="110" rx="4" fill="${LIGHT}"/>
<text x="${80 + 2 * scale + 24}" y="392" font-size="44" font-weight="700" fill="${INK}">${x(t.two)}</text>
<text x="80" y="540" font-size="34" font-weight="700" fill="${INK}">${x(t.now)}</text>
<rect x="80" y="570" width="${3.5 * scale}" height="110" rx="4" fill="${BLUE}"/>
<rect x="${80 + 3.5 * scale + 6}" y="570" width="${1.5 * scale - 6}" height="110" rx="4" fill="${LIGHT}"/>
<text x="104" y="640" font-size="32" font-weight="600" fill="#fff">${x(t.core)}</text>
<text x="${80 + 5 * scale + 24}" y="642" font-size="44" font-weight="700" fill="${INK}">${x(t.five)}</text>
<text x="${80 + 3.5 * scale + 6}" y="730" font-size="28" fill="${MUTED}">${x(t.extra)}</text>`;
  return frame(t.title, t.subtitle, body, t.note);
}

/** A city skyline at dusk with a round table: an illustration, not a view of any real place. */
function skyline(): string {
  let towers = "";
  for (let i = 0; i < 44; i++) {
    const width = 26 + ((i * 17) % 30);
    const height = 120 + ((i * 73) % 260);
    towers += `<rect x="${i * 37 - 10}" y="${620 - height}" width="${width}" height="${height}" fill="#1d2540" opacity="${0.75 + ((i * 7) % 25) / 100}"/>`;
  }
  let seats = "";
  for (let i = 0; i < 10; i++) {
    const a = (i / 10) * Math.PI * 2;
    seats += `<circle cx="${(800 + Math.cos(a) * 230).toFixed(1)}" cy="${(760 + Math.sin(a) * 70).toFixed(1)}" r="22" fill="#f4a261"/>`;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#1b2a52"/><stop offset="0.6" stop-color="#b5537a"/><stop offset="1" stop-color="#f1a35f"/></linearGradient>
<radialGradient id="sun" cx="0.5" cy="0.5" r="0.5"><stop offset="0" stop-color="#ffe3a3"/><stop offset="1" stop-color="#ffe3a3" stop-opacity="0"/></radialGradient></defs>
<rect width="${W}" height="${H}" fill="url(#sky)"/>
<circle cx="1180" cy="470" r="260" fill="url(#sun)"/>
${towers}
<rect y="620" width="${W}" height="280" fill="#10162b"/>
<ellipse cx="800" cy="760" rx="200" ry="52" fill="#2c3a66"/>
${seats}
</svg>`;
}

/** Layered mountains and pines at first light: an illustration of a summit in the mountains. */
function mountains(): string {
  const ridge = (base: number, amp: number, seed: number) => {
    let d = `M0 ${H}`;
    for (let x = 0; x <= W; x += 40) {
      const y =
        base -
        Math.abs(Math.sin((x + seed) / 170) * amp) -
        Math.abs(Math.sin((x + seed * 3) / 61)) * amp * 0.25;
      d += ` L${x} ${y.toFixed(1)}`;
    }
    return `${d} L${W} ${H} Z`;
  };
  let pines = "";
  for (let i = 0; i < 40; i++) {
    const px = i * 41 + ((i * 13) % 20);
    const ph = 90 + ((i * 29) % 70);
    pines += `<path d="M${px} ${H - 40} l22 ${-ph} l22 ${ph} z" fill="#142a25"/>`;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#7fb3d9"/><stop offset="1" stop-color="#f3d9b1"/></linearGradient></defs>
<rect width="${W}" height="${H}" fill="url(#sky)"/>
<path d="${ridge(420, 260, 11)}" fill="#9aa9bf"/>
<path d="${ridge(560, 200, 97)}" fill="#6c7f99"/>
<path d="${ridge(700, 140, 233)}" fill="#3f5570"/>
<rect y="${H - 60}" width="${W}" height="60" fill="#142a25"/>
${pines}
</svg>`;
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  // Charts stay PNG (flat colours, sharp text); illustrations become JPEG like photos would be.
  const files: [string, Buffer][] = [
    ["sco-members-timeline.png", png(scoChart("en"))],
    ["soz-mitglieder-chronik.png", png(scoChart("de"))],
    ["nato-five-percent.png", png(natoChart("en"))],
    ["nato-fuenf-prozent.png", png(natoChart("de"))],
    ["illustration-skyline.jpg", await sharp(png(skyline())).jpeg({ quality: 80, mozjpeg: true }).toBuffer()],
    [
      "illustration-mountains.jpg",
      await sharp(png(mountains())).jpeg({ quality: 80, mozjpeg: true }).toBuffer(),
    ],
  ];
  for (const [name, bytes] of files) {
    // Charts: a palette PNG is a third of the size and looks the same.
    const out = name.endsWith(".png")
      ? await sharp(bytes).png({ palette: true, compressionLevel: 9, effort: 10 }).toBuffer()
      : bytes;
    writeFileSync(join(OUT, name), out);
    process.stdout.write(`${name}: ${out.length} bytes\n`);
  }
}

await main();
