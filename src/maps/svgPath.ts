/**
 * A d3-geo path context that writes compact SVG path data: coordinates rounded to whole units of the map's
 * viewBox, repeated points dropped, lines simplified (Douglas–Peucker, half a unit), islands smaller than
 * MIN_RING_AREA left out, and every point after a ring's first written relative to the one before
 * ("M120 40l3-2 1 4z"). What is lost is below what a screen shows at the map's size.
 */

/** Closed rings smaller than this (square viewBox units) are left out. */
const MIN_RING_AREA = 2;
/** How far (viewBox units) a point may be from the simplified line. */
const TOLERANCE = 0.5;

export class CompactPath {
  private out = "";
  private ring: [number, number][] = [];

  moveTo(x: number, y: number): void {
    this.flush();
    this.ring = [[Math.round(x), Math.round(y)]];
  }

  lineTo(x: number, y: number): void {
    const last = this.ring[this.ring.length - 1];
    const px = Math.round(x);
    const py = Math.round(y);
    if (last && last[0] === px && last[1] === py) return;
    this.ring.push([px, py]);
  }

  closePath(): void {
    this.flush(true);
  }

  /** Points are drawn as dots by the map itself, never by d3's path. */
  arc(): void {}

  beginPath(): void {}

  /** The path data written so far. */
  result(): string {
    this.flush();
    return this.out;
  }

  private flush(closed = false): void {
    const ring = this.ring;
    this.ring = [];
    if (closed && ring.length > 1) {
      const first = ring[0] as [number, number];
      const last = ring[ring.length - 1] as [number, number];
      if (first[0] === last[0] && first[1] === last[1]) ring.pop();
    }
    if (ring.length < (closed ? 3 : 2)) return;
    if (closed && Math.abs(ringArea(ring)) < MIN_RING_AREA) return;
    const kept = simplify(ring, closed);
    if (kept.length < (closed ? 3 : 2)) return;
    this.write(kept, closed);
  }

  private write(ring: readonly [number, number][], closed: boolean): void {
    const [x0, y0] = ring[0] as [number, number];
    let d = `M${x0} ${y0}`;
    let prev = ring[0] as [number, number];
    for (let i = 1; i < ring.length; i++) {
      const p = ring[i] as [number, number];
      const dx = p[0] - prev[0];
      const dy = p[1] - prev[1];
      // A minus sign separates numbers by itself; otherwise a space does.
      d += `${i === 1 ? "l" : dx < 0 ? "" : " "}${dx}${dy < 0 ? "" : " "}${dy}`;
      prev = p;
    }
    this.out += closed ? `${d}z` : d;
  }
}

function ringArea(ring: readonly [number, number][]): number {
  let twice = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x, y] = ring[i] as [number, number];
    const [nx, ny] = ring[(i + 1) % ring.length] as [number, number];
    twice += x * ny - nx * y;
  }
  return twice / 2;
}

/** Douglas–Peucker: the points that keep the line within TOLERANCE; a closed ring keeps its first point and the one farthest from it. */
function simplify(points: readonly [number, number][], closed: boolean): [number, number][] {
  const n = points.length;
  if (n < 4) return [...points];
  const keep = new Uint8Array(n);
  keep[0] = 1;
  let last = n - 1;
  if (closed) {
    const [x0, y0] = points[0] as [number, number];
    let far = 1;
    let best = -1;
    for (let i = 1; i < n; i++) {
      const [x, y] = points[i] as [number, number];
      const d = (x - x0) ** 2 + (y - y0) ** 2;
      if (d > best) {
        best = d;
        far = i;
      }
    }
    keep[far] = 1;
    // The segment back to the start is part of the ring too.
    const stack: [number, number][] = [
      [0, far],
      [far, n],
    ];
    mark(points, keep, stack);
    return points.filter((_, i) => keep[i]);
  }
  keep[last] = 1;
  mark(points, keep, [[0, last]]);
  last = 0;
  return points.filter((_, i) => keep[i]);
}

/** Marks the points to keep between each pair of stack entries (the index n stands for point 0 again). */
function mark(points: readonly [number, number][], keep: Uint8Array, stack: [number, number][]): void {
  const n = points.length;
  const at = (i: number) => points[i % n] as [number, number];
  while (stack.length > 0) {
    const [a, b] = stack.pop() as [number, number];
    const [ax, ay] = at(a);
    const [bx, by] = at(b);
    const dx = bx - ax;
    const dy = by - ay;
    const length = Math.hypot(dx, dy);
    let worst = -1;
    let index = -1;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = at(i);
      const d =
        length === 0
          ? Math.hypot(px - ax, py - ay)
          : Math.abs(dy * px - dx * py + bx * ay - by * ax) / length;
      if (d > worst) {
        worst = d;
        index = i;
      }
    }
    if (index >= 0 && worst > TOLERANCE) {
      keep[index] = 1;
      stack.push([a, index], [index, b]);
    }
  }
}
