import { createInitiative } from '../factory'
import type { Initiative } from '../schema/prioritisation'
import type { Project } from '../schema/project'
import { LIMITS } from '../schema/common'
import type { DraftFields, InitiativeDraft } from './initiatives-csv'

function applyFields(initiative: Initiative, fields: DraftFields): Initiative {
  const { audience, timing, channel, ...own } = fields
  const defined = Object.fromEntries(Object.entries(own).filter(([, v]) => v !== undefined))
  return {
    ...initiative,
    ...defined,
    communication: {
      audience: audience ?? initiative.communication.audience,
      timing: timing ?? initiative.communication.timing,
      channel: channel ?? initiative.communication.channel,
    },
  }
}

export interface ImportPlan {
  /** Drafts whose id names an initiative of the project: those are updated. */
  readonly updated: number
  /** Drafts that become new initiatives. */
  readonly added: number
}

/** How many initiatives an import would update and add, for the confirmation message. */
export function planImport(project: Project, drafts: readonly InitiativeDraft[]): ImportPlan {
  const known = new Set(project.initiatives.map((initiative) => initiative.id))
  const updated = drafts.filter((draft) => draft.id !== null && known.has(draft.id)).length
  const room = Math.max(0, LIMITS.rows - project.initiatives.length)
  return { updated, added: Math.min(drafts.length - updated, room) }
}

/**
 * Imports drafts: a draft whose id names an initiative of the project updates the columns the
 * file has; every other draft becomes a new initiative with the next of `newIds` (made by the
 * caller), appended in file order. New initiatives stop at the row limit.
 */
export function mergeInitiativeDrafts(
  project: Project,
  { drafts, newIds }: { drafts: readonly InitiativeDraft[]; newIds: readonly string[] },
): Project {
  const index = new Map(project.initiatives.map((initiative, i) => [initiative.id, i]))
  const initiatives = [...project.initiatives]
  let nextId = 0
  for (const draft of drafts) {
    const at = draft.id === null ? undefined : index.get(draft.id)
    if (at !== undefined) {
      initiatives[at] = applyFields(initiatives[at] as Initiative, draft.fields)
      continue
    }
    const id = newIds[nextId++]
    if (id === undefined || initiatives.length >= LIMITS.rows) break
    initiatives.push(applyFields(createInitiative(id, ''), draft.fields))
  }
  return { ...project, initiatives }
}
