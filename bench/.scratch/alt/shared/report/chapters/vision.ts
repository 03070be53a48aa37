import { column, heading, answerOrNote, row } from '../blocks'
import type { Block } from '../model'
import { cell, stepOpening, tableSection, type ReportContext } from './context'

/** Chapter 1: the vision statement, who backs it, what it rests on and how it is communicated. */
export function visionChapter(ctx: ReportContext): Block[] {
  const { t } = ctx
  const vision = ctx.project.steps.vision
  return [
    ...stepOpening(ctx, 'vision'),
    heading(2, t.visionStatement),
    answerOrNote(vision.statement, t.noVision),
    ...tableSection(
      ctx,
      t.stakeholders,
      [column(t.name, 3), column(t.role, 3), column(t.support, 2)],
      vision.stakeholders.map((s) => row([cell(s.name), cell(s.role), t.supportLevel[s.support]])),
    ),
    ...tableSection(
      ctx,
      t.assumptions,
      [column(t.assumption, 5), column(t.evidence, 5), column(t.confidence, 2)],
      vision.assumptions.map((a) =>
        row([cell(a.text), cell(a.evidence), t.confidenceLevel[a.confidence]]),
      ),
    ),
    ...tableSection(
      ctx,
      t.communications,
      [column(t.audience, 3), column(t.message, 6), column(t.channel, 3)],
      vision.communications.map((c) => row([cell(c.audience), cell(c.message), cell(c.channel)])),
    ),
  ]
}
