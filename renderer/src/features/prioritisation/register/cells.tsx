import { useState, type KeyboardEvent, type ReactNode } from 'react'
import { InitiativeStatus } from '../../../../../shared/domain'

/** What every register cell knows: its accessible name and its place for arrow keys. */
interface CellPlace {
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

/**
 * A cell shown as text until the facilitator edits it (click, Enter, F2 or simply typing), like a
 * spreadsheet. Rows scroll into view by the dozen, and plain text costs the browser far less
 * than thousands of live inputs, so the register stays smooth at 2,000 initiatives.
 */
function EditableCell<T>({
  value,
  display,
  place,
  editor,
  onCommit,
}: {
  readonly value: T
  readonly display: ReactNode
  readonly place: CellPlace
  /** Draws the editor; returns an element of a stable component so that it keeps its focus. */
  readonly editor: (props: EditorProps<T>) => ReactNode
  readonly onCommit: (value: T) => void
}) {
  const [typed, setTyped] = useState<string | null>(null)
  const [isEditing, setEditing] = useState(false)
  // After Enter or Escape the focus goes back to the cell, which mounts anew in place of the editor.
  const [shouldRefocus, setRefocus] = useState(false)
  if (isEditing) {
    return editor({
      ...place,
      value,
      typed,
      onCommit,
      onDone: (refocus) => {
        setEditing(false)
        setTyped(null)
        setRefocus(refocus)
      },
    })
  }
  return (
    <button
      type="button"
      className="cell-display"
      autoFocus={shouldRefocus}
      aria-label={place.label}
      data-row={place.row}
      data-col={place.col}
      onClick={() => {
        setEditing(true)
      }}
      onKeyDown={(event) => {
        if (event.key === 'F2') setEditing(true)
        else if (isPrintable(event) && event.key !== ' ') {
          event.preventDefault()
          setTyped(event.key)
          setEditing(true)
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

/** A one-line text cell (title, owner, description, ...). */
export function TextCell(props: CellPlace & { value: string; onCommit: (value: string) => void }) {
  const { value, onCommit, ...place } = props
  return (
    <EditableCell
      value={value}
      display={value}
      place={place}
      editor={(editing) => <TextEditor {...editing} />}
      onCommit={onCommit}
    />
  )
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

/** The status of an initiative: running, re-scope or new. */
export function StatusCell(
  props: CellPlace & {
    value: InitiativeStatus
    names: Readonly<Record<InitiativeStatus, string>>
    onCommit: (value: InitiativeStatus) => void
  },
) {
  const { value, names, onCommit, ...place } = props
  return (
    <EditableCell
      value={value}
      display={names[value]}
      place={place}
      editor={(editing) => <StatusEditor {...editing} names={names} />}
      onCommit={onCommit}
    />
  )
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
      editor={(editing) => <DateEditor {...editing} />}
      onCommit={onCommit}
    />
  )
}

/** A read-only cell that still takes part in arrow-key navigation. */
export function ReadCell({
  children,
  row,
  col,
}: {
  readonly children: ReactNode
  readonly row: number
  readonly col: string
}) {
  return (
    <span className="cell-read" tabIndex={-1} data-row={row} data-col={col}>
      {children}
    </span>
  )
}
