/** An axis-aligned box in chart pixels. */
export interface Box {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

/** A mark to be labelled: a circle, and the width and height its label text needs. */
export interface LabelRequest {
  readonly cx: number
  readonly cy: number
  readonly r: number
  readonly width: number
  readonly height: number
}

/** Where a label's text goes: its baseline point and anchor, as SVG <text> takes them. */
export interface LabelPlace {
  readonly x: number
  readonly y: number
  readonly anchor: 'start' | 'middle' | 'end'
}

const GAP = 6

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

function inside(box: Box, area: Box): boolean {
  return (
    box.x >= area.x &&
    box.y >= area.y &&
    box.x + box.width <= area.x + area.width &&
    box.y + box.height <= area.y + area.height
  )
}

/** The candidate spots around a mark, best first: beside it (level, then raised, then lowered), above, below. */
function candidates({ cx, cy, r, width, height }: LabelRequest): [LabelPlace, Box][] {
  const baseline = height * 0.75
  const spots: [LabelPlace['anchor'], number, number][] = []
  for (const top of [cy - height / 2, cy - height - 2, cy + 2]) {
    spots.push(['start', cx + r + GAP, top], ['end', cx - r - GAP, top])
  }
  spots.push(['middle', cx, cy - r - GAP - height], ['middle', cx, cy + r + GAP])
  return spots.map(([anchor, x, top]) => {
    const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2
    return [
      { x, y: top + baseline, anchor },
      { x: left, y: top, width, height },
    ]
  })
}

/**
 * Places labels beside their marks, in the order given (most important first), so that no label
 * covers another label, any mark or a hard obstacle, and every label stays inside `area`. Soft
 * obstacles (thin lines) are crossed as few times as the free spots allow. A
 * label with no spot at all is left out (null): the mark keeps its number, and the table beside
 * the chart names it.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  area: Box,
  obstacles: readonly Box[] = [],
  softObstacles: readonly Box[] = [],
): (LabelPlace | null)[] {
  const marks: Box[] = requests.map(({ cx, cy, r }) => ({
    x: cx - r,
    y: cy - r,
    width: 2 * r,
    height: 2 * r,
  }))
  const taken: Box[] = [...obstacles, ...marks]
  const crossings = (box: Box) => softObstacles.filter((line) => overlaps(box, line)).length
  return requests.map((request) => {
    let spot: [LabelPlace, Box] | null = null
    let fewest = Infinity
    for (const candidate of candidates(request)) {
      const box = candidate[1]
      if (!inside(box, area) || taken.some((other) => overlaps(box, other))) continue
      const count = crossings(box)
      if (count < fewest) [spot, fewest] = [candidate, count]
      if (count === 0) break
    }
    if (!spot) return null
    taken.push(spot[1])
    return spot[0]
  })
}
