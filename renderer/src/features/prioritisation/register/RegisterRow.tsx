import { memo } from 'react'
import type { Initiative, InitiativeFields } from '../../../../../shared/domain'
import { openInitiative } from '../prioritisation-ui-store'
import { DateCell, ReadCell, StatusCell, TextCell } from './cells'
import { COLUMN_WIDTHS, type RegisterColumnId } from './register-columns'
import type { RowTexts } from './row-texts'

interface RowProps {
  readonly initiative: Initiative
  readonly rowIndex: number
  readonly columns: readonly RegisterColumnId[]
  /** The quadrant's name, or a note why there is none. */
  readonly quadrantText: string
  /** Offset from the top of the list, in pixels (virtualised rows are placed absolutely). */
  readonly top: number
  readonly width: number
  readonly texts: RowTexts
  readonly onPatch: (id: string, patch: InitiativeFields) => void
  readonly onRemove: (initiative: Initiative) => void
}

type TextColumn = 'title' | 'description' | 'owner' | 'criticalIssues'
type CommunicationColumn = 'audience' | 'timing' | 'channel'

function Cell({
  column,
  initiative,
  rowIndex,
  quadrantText,
  texts,
  onPatch,
  onRemove,
}: Omit<RowProps, 'columns' | 'top' | 'width'> & { readonly column: RegisterColumnId }) {
  const { id } = initiative
  const name = initiative.title || texts.untitled
  const place = { row: rowIndex, col: column, label: `${texts.column[column]}: ${name}` }
  const commit = (patch: InitiativeFields) => {
    onPatch(id, patch)
  }
  switch (column) {
    case 'title':
    case 'description':
    case 'owner':
    case 'criticalIssues': {
      const field: TextColumn = column
      return (
        <TextCell
          {...place}
          value={initiative[field]}
          onCommit={(v) => {
            commit({ [field]: v })
          }}
        />
      )
    }
    case 'audience':
    case 'timing':
    case 'channel': {
      const field: CommunicationColumn = column
      return (
        <TextCell
          {...place}
          value={initiative.communication[field]}
          onCommit={(v) => {
            commit({ communication: { [field]: v } })
          }}
        />
      )
    }
    case 'status':
      return (
        <StatusCell
          {...place}
          value={initiative.status}
          names={texts.status}
          onCommit={(v) => {
            commit({ status: v })
          }}
        />
      )
    case 'start':
    case 'end':
      return (
        <DateCell
          {...place}
          value={initiative[column]}
          shown={texts.date(initiative[column])}
          onCommit={(v) => {
            commit({ [column]: v })
          }}
        />
      )
    case 'quadrant':
      return (
        <ReadCell row={rowIndex} col={column}>
          {quadrantText}
        </ReadCell>
      )
    case 'links':
      return (
        <ReadCell row={rowIndex} col={column}>
          {initiative.links.length}
        </ReadCell>
      )
    case 'actions':
      return (
        <span className="reg-actions">
          <button
            type="button"
            data-row={rowIndex}
            data-col="actions"
            aria-label={texts.openDetails(name)}
            onClick={() => {
              openInitiative(id)
            }}
          >
            {texts.details}
          </button>
          <button
            type="button"
            className="danger-quiet"
            aria-label={texts.remove(name)}
            onClick={() => {
              onRemove(initiative)
            }}
          >
            ✕
          </button>
        </span>
      )
  }
}

/**
 * One initiative in the register. Memoised and free of hooks: scrolling mounts only the rows that
 * come into view, and an edit re-renders only the row whose initiative changed.
 */
export const RegisterRow = memo(function RegisterRow({ columns, top, width, ...cell }: RowProps) {
  return (
    <div
      className="register-row"
      role="row"
      aria-rowindex={cell.rowIndex + 2}
      style={{ transform: `translateY(${top}px)`, width }}
    >
      {columns.map((column) => (
        <div
          key={column}
          role="cell"
          className={`register-cell col-${column}`}
          style={{ width: COLUMN_WIDTHS[column] }}
        >
          <Cell column={column} {...cell} />
        </div>
      ))}
    </div>
  )
})
