import { capabilityGaps } from '../../domain/metrics'
import type { Level } from '../../domain'
import { column, row } from '../blocks'
import type { Block } from '../model'
import { cell, stepOpening, tableSection, type ReportContext } from './context'

const level = (value: Level): string => (value === null ? '–' : String(value))

/** Chapter 5: capabilities by category with current and target level, largest gap first. */
export function capabilitiesChapter(ctx: ReportContext): Block[] {
  const { t } = ctx
  const gaps = capabilityGaps(ctx.project.steps.capabilities.capabilities)
  return [
    ...stepOpening(ctx, 'capabilities'),
    ...tableSection(
      ctx,
      t.capabilityGaps,
      [
        column(t.capability, 3),
        column(t.category, 1.7),
        column(t.current, 0.9, 'center'),
        column(t.target, 0.9, 'center'),
        column(t.gap, 0.9, 'center'),
        column(t.remark, 3.6),
      ],
      gaps.map(({ capability: c, gap }) =>
        row(
          [
            cell(c.name),
            t.capabilityCategory[c.category],
            level(c.current),
            level(c.target),
            gap === null ? '–' : ctx.f.signed(gap),
            c.note.trim(),
          ],
          gap !== null && gap >= 2,
        ),
      ),
    ),
  ]
}
