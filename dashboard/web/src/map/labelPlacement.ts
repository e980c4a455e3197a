/** A label's box in screen pixels (x, y: top-left). */
export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Greedy declutter for map labels: each label keeps its wanted place unless it would overlap one already placed,
 * then moves down a line at a time (aircraft parked at one base list their callsigns one under the other instead
 * of printing over each other). Returns the vertical offset of each label, in input order.
 */
export function stackLabels(wanted: readonly LabelBox[], maxSteps = 8): number[] {
  const placed: LabelBox[] = [];
  return wanted.map((box) => {
    let offset = 0;
    for (let step = 0; step <= maxSteps; step++) {
      const candidate = { ...box, y: box.y + offset };
      if (!placed.some((p) => overlaps(p, candidate))) {
        placed.push(candidate);
        return offset;
      }
      offset += box.height;
    }
    // Too crowded to stack further: keep the wanted place rather than drift far from the symbol.
    placed.push(box);
    return 0;
  });
}

function overlaps(a: LabelBox, b: LabelBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
