/** A short random id for a new row, prefixed by its kind (p for participant, i for initiative...). */
export function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID().slice(0, 8)}`
}
