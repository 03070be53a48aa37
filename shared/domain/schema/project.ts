import { z } from 'zod'
import { Id, IsoDate, Language, ShortText, rows } from './common'
import { Criterion, Initiative, ParkingLot, Prioritisation } from './prioritisation'
import { Steps } from './steps'

/** A logo for the document cover: a PNG or JPEG data URL of at most about 2 MB. */
export const Logo = z
  .string()
  .max(2_800_000)
  .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/)

export const Meta = z.object({
  title: ShortText,
  organisation: ShortText,
  facilitator: ShortText,
  date: IsoDate,
  /** The project's own language, used for exports; independent of the UI language. */
  language: Language,
  logo: Logo.nullable(),
})

export const Participant = z.object({ id: Id, name: ShortText, role: ShortText })

/** The whole workshop: the document a project file holds. Scores and ranks are never stored. */
export const Project = z
  .object({
    meta: Meta,
    participants: rows(Participant),
    steps: Steps,
    criteria: z.array(Criterion).max(100),
    initiatives: rows(Initiative),
    prioritisation: Prioritisation,
    parkingLot: ParkingLot,
  })
  .superRefine((project, ctx) => {
    const criteriaCount = project.criteria.length
    // A plain loop over keys: a portfolio has tens of thousands of rows, and entry pairs for
    // each made this check take as long as reading the rows.
    project.initiatives.forEach((initiative, i) => {
      const ratings = initiative.ratings
      for (const participantId of Object.keys(ratings)) {
        const row = ratings[participantId]
        // A row that is no array already has its own issue; its length means nothing then.
        if (Array.isArray(row) && row.length !== criteriaCount) {
          ctx.addIssue({
            code: 'custom',
            path: ['initiatives', i, 'ratings', participantId],
            message: `has ${row.length} ratings but the project has ${criteriaCount} criteria`,
          })
        }
      }
    })
  })

export type Meta = z.infer<typeof Meta>
export type Participant = z.infer<typeof Participant>
export type Project = z.infer<typeof Project>
