import { useState, type KeyboardEvent, type ReactNode } from 'react'
import { InitiativeStatus } from '../../../../../shared/domain'

/** What every register cell knows: its accessible name and its place for arrow keys. */
export interface CellPlace {
  readonly label: string
  readonly row: number
  readonly col: string
}

interface EditorProps<T> {
  readonly value: T
  readonly label: string
  readonly row: number
  readonly col: string
  /** The key that started editing, typed over the old value (text cells only). */
  readonly typed: string | null
  readonly onCommit: (value: T) => void
  /** Leaves edit mode; `refocus` puts the focus back on the cell, as after Enter or Escape. */
  readonly onDone: (refocus: boolean) => void
}

const isPrintable = (event: KeyboardEvent) =>
  event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey

/** Whether a cell is being edited, the key that started it, and whether it takes the focus back. */
interface EditState {
  readonly isEditing: boolean
  readonly typed: string | null
  readonly shouldRefocus: boolean
}

const SHOWN: EditState = { isEditing: false, typed: null, shouldRefocus: false }

/** Draws a cell's editor; returns an element of a stable component so that it keeps its focus. */
export type CellEditorOf<T> = (props: EditorProps<T>) => ReactNode

/**
 * A cell shown as text until the facilitator edits it (click, Enter, F2 or simply typing), like a
 * spreadsheet. Rows scroll into view by the dozen, and plain text costs the browser far less
 * than thousands of live inputs, so the register stays smooth at 2,000 initiatives. One state
 * and no wrappers: every row that scrolls in mounts one of these per column.
 */
export function EditableCell<T>({
  value,
  display,
  place,
  editor,
  onCommit,
}: {
  readonly value: T
  readonly display: ReactNode
  readonly place: CellPlace
  readonly editor: CellEditorOf<T>
  readonly onCommit: (value: T) => void
}) {
  // After Enter or Escape the focus goes back to the cell, which mounts anew in place of the editor.
  const [state, setState] = useState<EditState>(SHOWN)
  if (state.isEditing) {
    return editor({
      ...place,
      value,
      typed: state.typed,
      onCommit,
      onDone: (refocus) => {
        setState({ isEditing: false, typed: null, shouldRefocus: refocus })
      },
    })
  }
  return (
    <button
      type="button"
      className="cell-display"
      autoFocus={state.shouldRefocus}
      aria-label={place.label}
      data-row={place.row}
      data-col={place.col}
      onClick={() => {
        setState({ isEditing: true, typed: null, shouldRefocus: false })
      }}
      onKeyDown={(event) => {
        if (event.key === 'F2') setState({ isEditing: true, typed: null, shouldRefocus: false })
        else if (isPrintable(event) && event.key !== ' ') {
          event.preventDefault()
          setState({ isEditing: true, typed: event.key, shouldRefocus: false })
        }
      }}
    >
      {display}
    </button>
  )
}

function TextEditor({ value, label, row, col, typed, onCommit, onDone }: EditorProps<string>) {
  const [draft, setDraft] = useState(typed ?? value)
  const finish = (refocus: boolean, keep: boolean) => {
    if (keep && draft !== value) onCommit(draft)
    onDone(refocus)
  }
  return (
    <input
      type="text"
      className="cell-input"
      aria-label={label}
      autoFocus
      value={draft}
      data-row={row}
      data-col={col}
      onFocus={(event) => {
        if (typed === null) event.target.select()
      }}
      onChange={(event) => {
        setDraft(event.target.value)
      }}
      onBlur={() => {
        finish(false, true)
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') finish(true, true)
        if (event.key === 'Escape') {
          event.stopPropagation()
          finish(true, false)
        }
      }}
    />
  )
}

/** The editor of a one-line text cell. */
const textEditor: CellEditorOf<string> = (editing) => <TextEditor {...editing} />

/** The element of a one-line text cell, for lists that leave out the component layer. */
export function textCellElement(
  place: CellPlace,
  value: string,
  onCommit: (value: string) => void,
): ReactNode {
  return (
    <EditableCell
      value={value}
      display={value}
      place={place}
      editor={textEditor}
      onCommit={onCommit}
    />
  )
}

/** A one-line text cell (title, owner, description, ...). */
export function TextCell(props: CellPlace & { value: string; onCommit: (value: string) => void }) {
  const { value, onCommit, ...place } = props
  return textCellElement(place, value, onCommit)
}

function StatusEditor({
  value,
  label,
  row,
  col,
  names,
  onCommit,
  onDone,
}: EditorProps<InitiativeStatus> & { readonly names: Readonly<Record<InitiativeStatus, string>> }) {
  return (
    <select
      className="cell-input"
      aria-label={label}
      autoFocus
      value={value}
      data-row={row}
      data-col={col}
      onChange={(event) => {
        onCommit(InitiativeStatus.parse(event.target.value))
        onDone(true)
      }}
      onBlur={() => {
        onDone(false)
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' || event.key === 'Enter') onDone(true)
      }}
    >
      {InitiativeStatus.options.map((status) => (
        <option key={status} value={status}>
          {names[status]}
        </option>
      ))}
    </select>
  )
}

/** The editor of a status, with the statuses' names in the UI language. */
export function statusEditor(
  names: Readonly<Record<InitiativeStatus, string>>,
): CellEditorOf<InitiativeStatus> {
  return (editing) => <StatusEditor {...editing} names={names} />
}

function DateEditor({ value, label, row, col, onCommit, onDone }: EditorProps<string>) {
  return (
    <input
      type="date"
      className="cell-input"
      aria-label={label}
      autoFocus
      value={value}
      data-row={row}
      data-col={col}
      onChange={(event) => {
        const next = event.target.value
        if (next === '' || /^\d{4}-\d{2}-\d{2}$/.test(next)) onCommit(next)
      }}
      onBlur={() => {
        onDone(false)
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' || event.key === 'Enter') onDone(true)
      }}
    />
  )
}

/** The editor of a start or end date. */
export const dateEditor: CellEditorOf<string> = (editing) => <DateEditor {...editing} />

/** A start or end date, shown in the UI language's format; empty while unknown. */
export function DateCell(
  props: CellPlace & { value: string; shown: string; onCommit: (value: string) => void },
) {
  const { value, shown, onCommit, ...place } = props
  return (
    <EditableCell
      value={value}
      display={shown}
      place={place}
      editor={dateEditor}
      onCommit={onCommit}
    />
  )
}
