/** Pure operations on a list of rows that carry an id; each returns a new list. */
export interface HasId {
  readonly id: string
}

/** Appends a row, or inserts it at `index`. */
export function insertRow<T extends HasId>(list: readonly T[], row: T, index = list.length): T[] {
  const at = Math.max(0, Math.min(index, list.length))
  return [...list.slice(0, at), row, ...list.slice(at)]
}

/** Changes the fields of one row; other rows keep their identity. */
export function patchRow<T extends HasId>(
  list: readonly T[],
  id: string,
  patch: NoInfer<Partial<Omit<T, 'id'>>>,
): T[] {
  return list.map((row) => (row.id === id ? { ...row, ...patch, id: row.id } : row))
}

/** Removes one row. */
export function removeRow<T extends HasId>(list: readonly T[], id: string): T[] {
  return list.filter((row) => row.id !== id)
}

/** Moves a row up (negative) or down (positive) by `offset` places, clamped to the list. */
export function moveRow<T extends HasId>(list: readonly T[], id: string, offset: number): T[] {
  const from = list.findIndex((row) => row.id === id)
  if (from < 0) return [...list]
  const to = Math.max(0, Math.min(list.length - 1, from + offset))
  const next = [...list]
  const [row] = next.splice(from, 1)
  if (row) next.splice(to, 0, row)
  return next
}
