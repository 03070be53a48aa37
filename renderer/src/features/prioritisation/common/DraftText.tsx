import { useState } from 'react'

/**
 * A labelled text field that commits when the facilitator leaves it (or presses Enter in a
 * one-line field), so that a sentence becomes one undoable edit. Escape discards the draft.
 */
export function DraftText({
  label,
  value,
  onCommit,
  isMultiline = false,
  autoFocus = false,
}: {
  readonly label: string
  readonly value: string
  readonly onCommit: (value: string) => void
  readonly isMultiline?: boolean
  readonly autoFocus?: boolean
}) {
  const [draft, setDraft] = useState<string | null>(null)
  const commit = () => {
    if (draft !== null && draft !== value) onCommit(draft)
    setDraft(null)
  }
  const common = {
    value: draft ?? value,
    autoFocus,
    onChange: (event: { target: { value: string } }) => {
      setDraft(event.target.value)
    },
    onBlur: commit,
  }
  return (
    <label className="field">
      <span>{label}</span>
      {isMultiline ? (
        <textarea
          rows={3}
          {...common}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && draft !== null) {
              event.stopPropagation()
              setDraft(null)
            }
          }}
        />
      ) : (
        <input
          type="text"
          {...common}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit()
            if (event.key === 'Escape' && draft !== null) {
              event.stopPropagation()
              setDraft(null)
            }
          }}
        />
      )}
    </label>
  )
}
