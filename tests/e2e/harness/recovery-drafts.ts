import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * The text of every finished recovery draft in the app's data folder, joined. A draft is written
 * to a hidden temp file and renamed into place, so a temp file can vanish between listing and
 * reading: only finished drafts count, and one deleted meanwhile reads as empty.
 */
export async function recoveryDraftText(userData: string): Promise<string> {
  const dir = join(userData, 'recovery')
  const names = (await readdir(dir).catch(() => [])).filter(
    (name) => !name.startsWith('.') && name.endsWith('.json'),
  )
  const texts = await Promise.all(
    names.map((name) => readFile(join(dir, name), 'utf8').catch(() => '')),
  )
  return texts.join('\n')
}
