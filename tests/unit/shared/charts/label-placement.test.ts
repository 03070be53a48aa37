import { describe, expect, it } from 'vitest'
import {
  placeLabels,
  type Box,
  type LabelPlace,
  type LabelRequest,
} from '../../../../shared/charts/label-placement'

const AREA: Box = { x: 0, y: 0, width: 400, height: 300 }

/** The box a placed label covers, from its anchor point (baseline at three quarters of its height). */
function boxOf(place: LabelPlace, request: LabelRequest): Box {
  const left =
    place.anchor === 'start'
      ? place.x
      : place.anchor === 'end'
        ? place.x - request.width
        : place.x - request.width / 2
  return {
    x: left,
    y: place.y - request.height * 0.75,
    width: request.width,
    height: request.height,
  }
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

const mark = (cx: number, cy: number, width = 120): LabelRequest => ({
  cx,
  cy,
  r: 10,
  width,
  height: 18,
})

describe('placing initiative titles beside their bubbles', () => {
  it('puts a lone title to the right of its bubble, level with it', () => {
    const [place] = placeLabels([mark(100, 150)], AREA)
    expect(place).toEqual({ x: 116, y: 150 - 9 + 13.5, anchor: 'start' })
  })

  it('puts a title on the left where the right would leave the chart', () => {
    const [place] = placeLabels([mark(350, 150)], AREA)
    expect(place?.anchor).toBe('end')
    expect(place?.x).toBe(334)
  })

  it('never lets titles of a tight cluster cover each other, a bubble or the chart edge', () => {
    const requests = [mark(100, 100), mark(110, 112), mark(95, 125), mark(120, 90), mark(105, 140)]
    const places = placeLabels(requests, AREA)
    const boxes = places.flatMap((place, i) => {
      const request = requests[i]
      return place && request ? [boxOf(place, request)] : []
    })
    expect(boxes.length).toBeGreaterThanOrEqual(3)
    for (const [i, box] of boxes.entries()) {
      expect(box.x).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width).toBeLessThanOrEqual(400)
      for (const other of boxes.slice(i + 1)) expect(overlaps(box, other)).toBe(false)
      for (const { cx, cy, r } of requests) {
        expect(overlaps(box, { x: cx - r, y: cy - r, width: 2 * r, height: 2 * r })).toBe(false)
      }
    }
  })

  it('leaves a title out when every spot around its bubble is taken, and keeps the first ones', () => {
    const boxed: Box[] = [{ x: 0, y: 0, width: 400, height: 300 }]
    const places = placeLabels([mark(200, 150)], AREA, boxed)
    expect(places).toEqual([null])
  })

  it('avoids crossing a thin line when a spot free of it exists, and crosses it when none does', () => {
    // A horizontal whisker through the bubble's centre, as wide as the chart.
    const whisker: Box = { x: 0, y: 149, width: 400, height: 2 }
    const [raised] = placeLabels([mark(100, 150)], AREA, [], [whisker])
    expect(raised?.anchor).toBe('start')
    expect(raised && boxOf(raised, mark(100, 150)).y + 18).toBeLessThanOrEqual(149)
    // A grid of lines everywhere: the title is still shown, at the best spot.
    const everywhere: Box[] = [{ x: 0, y: 0, width: 400, height: 300 }]
    const [crossing] = placeLabels([mark(100, 150)], AREA, [], everywhere)
    expect(crossing).not.toBeNull()
  })
})
