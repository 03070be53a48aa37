import { memo, type CSSProperties, type ReactNode } from 'react'
import type { Initiative, InitiativeFields } from '../../../../../shared/domain'
import { openInitiative } from '../prioritisation-ui-store'
import { EditableCell, dateEditor, statusEditor, textCellElement, type CellPlace } from './cells'
import { COLUMN_WIDTHS, REGISTER_COLUMN_IDS, type RegisterColumnId } from './register-columns'
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

type CellProps = Omit<RowProps, 'columns' | 'top' | 'width'>
type TextColumn = 'title' | 'description' | 'owner' | 'criticalIssues'
type CommunicationColumn = 'audience' | 'timing' | 'channel'

/** Each column's class and width, made once rather than for every cell that scrolls in. */
const CELL_CLASS = Object.fromEntries(
  REGISTER_COLUMN_IDS.map((id) => [id, `register-cell col-${id}`]),
) as Readonly<Record<RegisterColumnId, string>>
const CELL_STYLE = Object.fromEntries(
  REGISTER_COLUMN_IDS.map((id) => [id, { width: COLUMN_WIDTHS[id] }]),
) as Readonly<Record<RegisterColumnId, CSSProperties>>

/** An editable cell: the column's box around a cell that turns into an editor. */
function editableCell(column: RegisterColumnId, content: ReactNode) {
  return (
    <div key={column} role="cell" className={CELL_CLASS[column]} style={CELL_STYLE[column]}>
      {content}
    </div>
  )
}

/** A read-only cell that still takes part in arrow-key navigation; the column's box itself. */
function readCell(column: RegisterColumnId, row: number, content: ReactNode) {
  return (
    <div
      key={column}
      role="cell"
      className={`${CELL_CLASS[column]} cell-read`}
      style={CELL_STYLE[column]}
      tabIndex={-1}
      data-row={row}
      data-col={column}
    >
      {content}
    </div>
  )
}

/** An editable one-line text cell. */
function textCell(
  column: RegisterColumnId,
  place: CellPlace,
  value: string,
  onCommit: (value: string) => void,
) {
  return editableCell(column, textCellElement(place, value, onCommit))
}

/**
 * One cell of a row. A plain function rather than a component: a row that scrolls in mounts one
 * cell per column, so every layer left out is work saved on each frame.
 */
function cell(column: RegisterColumnId, props: CellProps): ReactNode {
  const { initiative, rowIndex, quadrantText, texts, onPatch, onRemove } = props
  const { id } = initiative
  const name = initiative.title || texts.untitled
  const place: CellPlace = { row: rowIndex, col: column, label: `${texts.column[column]}: ${name}` }
  const commit = (patch: InitiativeFields) => {
    onPatch(id, patch)
  }
  switch (column) {
    case 'title':
    case 'description':
    case 'owner':
    case 'criticalIssues': {
      const field: TextColumn = column
      return textCell(column, place, initiative[field], (v) => {
        commit({ [field]: v })
      })
    }
    case 'audience':
    case 'timing':
    case 'channel': {
      const field: CommunicationColumn = column
      return textCell(column, place, initiative.communication[field], (v) => {
        commit({ communication: { [field]: v } })
      })
    }
    case 'status':
      return editableCell(
        column,
        <EditableCell
          value={initiative.status}
          display={texts.status[initiative.status]}
          place={place}
          editor={statusEditor(texts.status)}
          onCommit={(v) => {
            commit({ status: v })
          }}
        />,
      )
    case 'start':
    case 'end':
      return editableCell(
        column,
        <EditableCell
          value={initiative[column]}
          display={texts.date(initiative[column])}
          place={place}
          editor={dateEditor}
          onCommit={(v) => {
            commit({ [column]: v })
          }}
        />,
      )
    case 'quadrant':
      return readCell(column, rowIndex, quadrantText)
    case 'links':
      return readCell(column, rowIndex, initiative.links.length)
    case 'actions':
      return (
        <div
          key={column}
          role="cell"
          className={`${CELL_CLASS[column]} reg-actions`}
          style={CELL_STYLE[column]}
        >
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
        </div>
      )
  }
}

/**
 * One initiative in the register. Memoised and free of hooks: scrolling mounts only the rows that
 * come into view, and an edit re-renders only the row whose initiative changed.
 */
export const RegisterRow = memo(function RegisterRow({ columns, top, width, ...props }: RowProps) {
  return (
    <div
      className="register-row"
      role="row"
      aria-rowindex={props.rowIndex + 2}
      style={{ transform: `translateY(${top}px)`, width }}
    >
      {columns.map((column) => cell(column, props))}
    </div>
  )
})
