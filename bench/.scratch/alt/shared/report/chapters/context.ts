import type { Language, Project, StepId } from '../../domain'
import { stepDefinition } from '../../domain'
import { answerOrNote, heading, note, paragraph, table } from '../blocks'
import type { ReportFacts } from '../facts'
import type { ReportFormat } from '../format'
import type { Block, TableColumn, TableRow } from '../model'
import type { ReportTexts } from '../texts'

/** What every chapter builder reads: the project, its derived facts, words and formats. */
export interface ReportContext {
  readonly project: Project
  readonly language: Language
  readonly t: ReportTexts
  readonly f: ReportFormat
  readonly facts: ReportFacts
}

/** The chapter heading of a step, numbered as in the workshop: "1. Vision: focus and direction". */
export function stepHeading(ctx: ReportContext, stepId: StepId): string {
  const definition = stepDefinition(stepId)
  return `${definition.number}. ${definition.title[ctx.language]}`
}

/**
 * The start of a step's chapter: heading, purpose, why it matters, and each guiding question
 * with the room's answer, or a short note where it was not answered.
 */
export function stepOpening(ctx: ReportContext, stepId: StepId): Block[] {
  const definition = stepDefinition(stepId)
  const { answers } = ctx.project.steps[stepId]
  return [
    heading(1, stepHeading(ctx, stepId)),
    paragraph(definition.purpose[ctx.language], 'lead'),
    paragraph(definition.whyItMatters[ctx.language], 'muted'),
    heading(2, ctx.t.guidingQuestions, false),
    ...definition.questions.flatMap((question) => [
      heading(3, question.text[ctx.language]),
      answerOrNote(answers[question.id] ?? '', ctx.t.notAnswered),
    ]),
  ]
}

/** A section with a table, or a short note that nothing was entered: empty sections never vanish. */
export function tableSection(
  ctx: ReportContext,
  title: string,
  columns: readonly TableColumn[],
  rows: readonly TableRow[],
  emptyNote = ctx.t.nothingEntered,
): Block[] {
  return [heading(2, title), rows.length > 0 ? table(columns, rows) : note(emptyNote)]
}

/** A one-line text for a table cell: blank stays visibly empty rather than looking forgotten. */
export function cell(text: string): string {
  return text.trim() || '–'
}
