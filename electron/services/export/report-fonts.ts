import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { fontCoverage, NotAFontError } from './font-coverage'

/**
 * The font of the PDF and of the charts in both documents: Roboto from `resources/fonts` (SIL
 * Open Font License, see OFL.txt there). It draws Latin with all its accents, Greek and
 * Cyrillic, which the PDF standard fonts cannot; its Medium weight serves as bold.
 */
export const REPORT_FONT_FILES = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
} as const

export type FontStyle = keyof typeof REPORT_FONT_FILES

const STYLES = Object.keys(REPORT_FONT_FILES) as FontStyle[]

export interface ReportFonts {
  readonly directory: string
  /** Absolute paths of the files, by style. */
  readonly paths: Readonly<Record<FontStyle, string>>
  /** Whether every style has a glyph for the code point. */
  readonly canDraw: (codePoint: number) => boolean
}

/** How far up from this module the app's `resources` folder may be: source, build and package. */
const MAX_LEVELS = 6

/**
 * A path inside the packaged app's archive as the file on disk that electron-builder unpacked
 * next to it (`asarUnpack`): the chart rasteriser is native code and cannot read the archive.
 */
function unpacked(path: string): string {
  return path.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2')
}

/**
 * The `resources/fonts` folder of the app, found upwards from this module: in the checkout
 * (electron/services/export), in the build (out/main or out/main/chunks) and in the packaged
 * app (app.asar/out/main, with resources unpacked to app.asar.unpacked). Null if there is none.
 */
export function bundledFontDirectory(
  start = dirname(fileURLToPath(import.meta.url)),
): string | null {
  let dir = start
  for (let level = 0; level <= MAX_LEVELS; level++) {
    const candidate = unpacked(join(dir, 'resources', 'fonts'))
    if (existsSync(candidate)) return candidate
    const parent = dirname(dir)
    if (parent === dir) break
    dir = parent
  }
  return null
}

const REINSTALL = 'Reinstall Loyalty Workshop to restore it.'

async function readFontFile(directory: string, file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(join(directory, file)))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const problem = code === 'ENOENT' ? 'is missing from' : 'cannot be read in'
    throw new Error(`The font file "${file}" ${problem} "${directory}". ${REINSTALL}`, {
      cause: error,
    })
  }
}

function coverageOf(directory: string, file: string, bytes: Uint8Array): ReadonlySet<number> {
  try {
    return fontCoverage(bytes)
  } catch (error) {
    const reason = error instanceof NotAFontError ? error.message : 'it cannot be read'
    throw new Error(
      `The font file "${file}" in "${directory}" is unusable: ${reason}. ${REINSTALL}`,
      {
        cause: error,
      },
    )
  }
}

async function readFonts(directory: string): Promise<ReportFonts> {
  const files = await Promise.all(
    STYLES.map((style) => readFontFile(directory, REPORT_FONT_FILES[style])),
  )
  const coverages = STYLES.map((style, i) =>
    coverageOf(directory, REPORT_FONT_FILES[style], files[i] ?? new Uint8Array()),
  )
  const [first = new Set<number>(), ...others] = coverages
  const drawable = new Set([...first].filter((c) => others.every((covered) => covered.has(c))))
  const paths = Object.fromEntries(
    STYLES.map((style) => [style, join(directory, REPORT_FONT_FILES[style])]),
  ) as Record<FontStyle, string>
  return {
    directory,
    paths,
    canDraw: (codePoint) => drawable.has(codePoint),
  }
}

/**
 * The document fonts from `directory` (the app's own by default), read and checked for every
 * export, which takes a few milliseconds: a file removed or damaged since the last export is
 * an error that names the file and the folder, not a broken document.
 */
export async function loadReportFonts(
  directory: string | null = bundledFontDirectory(),
): Promise<ReportFonts> {
  if (directory === null) {
    throw new Error(
      'The fonts folder "resources/fonts" of Loyalty Workshop was not found. Reinstall Loyalty Workshop to restore it.',
    )
  }
  return readFonts(directory)
}
