import { useState } from 'react'

/**
 * A one-line text in a table cell: typing changes a draft, Enter or leaving the cell commits it
 * as one undoable edit, Escape discards it. `row` and `col` place it for arrow-key navigation.
 */
export function DraftCell({
  label,
  value,
  onCommit,
  row,
  col,
  className,
}: {
  readonly label: string
  readonly value: string
  readonly onCommit: (value: string) => void
  readonly row?: number
  readonly col?: string
  readonly className?: string
}) {
  const [draft, setDraft] = useState<string | null>(null)
  const commit = () => {
    if (draft !== null && draft !== value) onCommit(draft)
    setDraft(null)
  }
  return (
    <input
      type="text"
      className={className}
      aria-label={label}
      value={draft ?? value}
      data-row={row}
      data-col={col}
      onChange={(event) => {
        setDraft(event.target.value)
      }}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit()
        if (event.key === 'Escape') setDraft(null)
      }}
    />
  )
}
