/** The palette PNG writer: a decoder reads back every pixel's colour; the CRC is PNG's. */
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { crc32, encodePng } from "../../src/images/png.ts";

describe("encodePng", () => {
  it("writes a palette PNG that a decoder reads back pixel for pixel", async () => {
    const width = 5;
    const height = 3;
    const palette = Uint8Array.from([10, 20, 30, 200, 100, 0, 255, 255, 255]);
    const pixels = Uint8Array.from({ length: width * height }, (_, i) => i % 3);
    const png = encodePng({ width, height, palette, pixels });
    const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height, info.channels]).toEqual([width, height, 3]);
    const expected = [...pixels].flatMap((i) => [...palette.subarray(i * 3, i * 3 + 3)]);
    expect([...data]).toEqual(expected);
  });

  it("encodes each image on its own after a larger one", async () => {
    const palette = Uint8Array.from([0, 0, 0, 255, 255, 255]);
    encodePng({ width: 40, height: 30, palette, pixels: new Uint8Array(1200).fill(1) });
    const png = encodePng({ width: 3, height: 2, palette, pixels: Uint8Array.from([0, 1, 0, 1, 0, 1]) });
    const { data } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    expect([...data]).toEqual([0, 0, 0, 255, 255, 255, 0, 0, 0, 255, 255, 255, 0, 0, 0, 255, 255, 255]);
  });

  it("computes PNG's CRC-32", () => {
    expect(crc32(Buffer.from("123456789"))).toBe(0xcbf43926);
    expect(crc32(Buffer.from("IEND"))).toBe(0xae426082);
  });
});
