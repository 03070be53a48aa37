import { describe, expect, it } from 'vitest'
import { DEFAULT_SEED, SIZES, generateProject } from '../../../bench/generate'
import { Project, STEP_DEFINITIONS, rankInitiatives } from '../../../shared/domain'
import { loadProjectFile, serialiseProject } from '../../../shared/project-file'

describe('the bench generator', () => {
  it('makes the same project from the same seed, and another from another seed', () => {
    expect(generateProject('S')).toEqual(generateProject('S', DEFAULT_SEED))
    expect(generateProject('S', 1)).not.toEqual(generateProject('S', 2))
  })

  it.each(['S', 'M'] as const)('makes a valid %s project of the promised size', (size) => {
    const project = generateProject(size)
    const spec = SIZES[size]
    expect(Project.safeParse(project).success).toBe(true)
    expect(project.initiatives).toHaveLength(spec.initiatives)
    expect(project.participants).toHaveLength(spec.raters)
    expect(project.criteria).toHaveLength(spec.criteria)
    for (const initiative of project.initiatives) {
      expect(Object.keys(initiative.ratings).sort()).toEqual(project.participants.map((p) => p.id))
    }
  })

  it('fills every worksheet of the workshop-sized project and every rating', () => {
    const project = generateProject('S')
    for (const step of STEP_DEFINITIONS) {
      const worksheet = project.steps[step.id]
      expect(worksheet.status).toBe('done')
      for (const question of step.questions) expect(worksheet.answers[question.id]).not.toBe('')
    }
    expect(project.steps.vision.stakeholders.length).toBeGreaterThan(0)
    expect(project.steps.segments.segments.some((s) => s.isMostValuable)).toBe(true)
    expect(project.steps.capabilities.capabilities.length).toBeGreaterThan(0)
    const ratings = project.initiatives.flatMap((i) => Object.values(i.ratings).flat())
    expect(ratings).not.toContain(null)
  })

  it('links initiatives only to rows that exist in steps 1-6', () => {
    const { steps, initiatives } = generateProject('S')
    const ids = new Set(
      [
        steps.vision.assumptions,
        steps.segments.segments,
        steps.services.needs,
        steps.services.services,
        steps.advantage.attributes,
        steps.capabilities.capabilities,
        steps.culture.careActions,
      ].flatMap((rows) => rows.map((row) => row.id)),
    )
    const links = initiatives.flatMap((initiative) => initiative.links)
    expect(links.length).toBeGreaterThan(0)
    for (const link of links) expect(ids.has(link.id)).toBe(true)
  })

  it('ranks every initiative and lets some raters disagree, as in a real workshop', () => {
    const ranked = rankInitiatives(generateProject('S'))
    expect(ranked.every((row) => row.score !== null)).toBe(true)
    expect(ranked.some((row) => row.isContested)).toBe(true)
    expect(ranked.some((row) => !row.isContested)).toBe(true)
  })

  it('survives saving and opening through the project file pipeline', () => {
    const project = generateProject('S')
    const loaded = loadProjectFile(serialiseProject(project, 'bench test'))
    if (!loaded.ok) throw new Error(loaded.error.message)
    expect(loaded.project).toEqual(project)
  })
})
