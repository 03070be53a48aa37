import type { ColumnDef, FilterFn, SortingFn } from '@tanstack/react-table'
import {
  InitiativeStatus,
  QUADRANTS,
  type Initiative,
  type Quadrant,
} from '../../../../../shared/domain'

/** Columns of the register, in their order on screen; ids double as i18n keys. */
export const REGISTER_COLUMN_IDS = [
  'actions',
  'title',
  'description',
  'status',
  'owner',
  'start',
  'end',
  'criticalIssues',
  'audience',
  'timing',
  'channel',
  'quadrant',
  'links',
] as const
export type RegisterColumnId = (typeof REGISTER_COLUMN_IDS)[number]

/** Widths in pixels: the virtualised rows use fixed widths so that columns line up. */
export const COLUMN_WIDTHS: Readonly<Record<RegisterColumnId, number>> = {
  title: 260,
  description: 260,
  status: 135,
  owner: 160,
  start: 120,
  end: 120,
  criticalIssues: 220,
  audience: 170,
  timing: 130,
  channel: 130,
  quadrant: 170,
  links: 80,
  actions: 118,
}

/** Columns a facilitator may group by. */
export const GROUPABLE = ['status', 'owner', 'quadrant'] as const
export type GroupBy = (typeof GROUPABLE)[number]

/** One collator for every comparison: far quicker than localeCompare on thousands of rows. */
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })

const sortEmptyLast: SortingFn<Initiative> = (a, b, columnId) => {
  const x = a.getValue<string>(columnId)
  const y = b.getValue<string>(columnId)
  if (x === y) return 0
  if (x === '') return 1
  if (y === '') return -1
  return collator.compare(x, y)
}

const sortByIndex: SortingFn<Initiative> = (a, b, columnId) =>
  a.getValue<number>(columnId) - b.getValue<number>(columnId)

/** Matches the search text against title, description, owner and critical issues. */
export const searchInitiatives: FilterFn<Initiative> = (row, _columnId, search: string) => {
  const wanted = search.trim().toLocaleLowerCase()
  if (wanted === '') return true
  const { title, description, owner, criticalIssues } = row.original
  return [title, description, owner, criticalIssues].some((text) =>
    text.toLocaleLowerCase().includes(wanted),
  )
}

const statusIndex = (status: InitiativeStatus): number => InitiativeStatus.options.indexOf(status)

/** Sorting, filtering and grouping definitions; cells are drawn by the row component. */
export function registerColumns(
  quadrantOf: (initiativeId: string) => Quadrant | null,
): ColumnDef<Initiative>[] {
  const text = (id: RegisterColumnId, read: (i: Initiative) => string): ColumnDef<Initiative> => ({
    id,
    accessorFn: read,
    sortingFn: sortEmptyLast,
    size: COLUMN_WIDTHS[id],
  })
  return [
    {
      id: 'actions',
      enableSorting: false,
      enableHiding: false,
      enableGrouping: false,
      size: COLUMN_WIDTHS.actions,
    },
    text('title', (i) => i.title),
    text('description', (i) => i.description),
    {
      id: 'status',
      accessorFn: (i) => statusIndex(i.status),
      sortingFn: sortByIndex,
      filterFn: (row, _id, wanted: InitiativeStatus) => row.original.status === wanted,
      size: COLUMN_WIDTHS.status,
    },
    text('owner', (i) => i.owner.trim()),
    text('start', (i) => i.start),
    text('end', (i) => i.end),
    text('criticalIssues', (i) => i.criticalIssues),
    text('audience', (i) => i.communication.audience),
    text('timing', (i) => i.communication.timing),
    text('channel', (i) => i.communication.channel),
    {
      id: 'quadrant',
      accessorFn: (i) => {
        const quadrant = quadrantOf(i.id)
        return quadrant === null ? QUADRANTS.length : QUADRANTS.indexOf(quadrant)
      },
      sortingFn: sortByIndex,
      size: COLUMN_WIDTHS.quadrant,
    },
    {
      id: 'links',
      accessorFn: (i) => i.links.length,
      sortingFn: sortByIndex,
      size: COLUMN_WIDTHS.links,
    },
  ]
}
