import type { DialogPort } from '../../../electron/services/ports'

/** The kinds of file dialog the app can show. */
export type DialogKind =
  'openProject' | 'saveProject' | 'saveExport' | 'openCsv' | 'saveCsv' | 'openImage'

export interface ShownDialog {
  readonly kind: DialogKind
  /** The file name the app suggested, for save dialogs. */
  readonly suggestedName: string | null
}

/**
 * A DialogPort whose answers the test chooses in advance, like a user clicking through the
 * dialogs. A dialog with no answer queued is cancelled, as if the user pressed Escape, and every
 * dialog shown is recorded so a test can tell whether one appeared at all.
 */
export class ScriptedDialogs implements DialogPort {
  readonly shown: ShownDialog[] = []
  private readonly answers = new Map<DialogKind, (string | null)[]>()

  /** The next "Open project" dialog picks this file. */
  nextOpen(path: string): this {
    return this.queue('openProject', path)
  }

  /** The next "Save project as" dialog picks this path. */
  nextSave(path: string): this {
    return this.queue('saveProject', path)
  }

  /** The next export dialog picks this path. */
  nextExport(path: string): this {
    return this.queue('saveExport', path)
  }

  /** The next CSV import dialog picks this file. */
  nextOpenCsv(path: string): this {
    return this.queue('openCsv', path)
  }

  /** The next CSV export dialog picks this path. */
  nextSaveCsv(path: string): this {
    return this.queue('saveCsv', path)
  }

  /** The next logo dialog picks this image. */
  nextImage(path: string): this {
    return this.queue('openImage', path)
  }

  /** The next dialog of this kind is cancelled. */
  nextCancel(kind: DialogKind): this {
    return this.queue(kind, null)
  }

  openProject(): Promise<string | null> {
    return this.answer('openProject', null)
  }

  saveProject(suggestedName: string): Promise<string | null> {
    return this.answer('saveProject', suggestedName)
  }

  saveExport(suggestedName: string): Promise<string | null> {
    return this.answer('saveExport', suggestedName)
  }

  openCsv(): Promise<string | null> {
    return this.answer('openCsv', null)
  }

  saveCsv(suggestedName: string): Promise<string | null> {
    return this.answer('saveCsv', suggestedName)
  }

  openImage(): Promise<string | null> {
    return this.answer('openImage', null)
  }

  private queue(kind: DialogKind, path: string | null): this {
    const queued = this.answers.get(kind) ?? []
    queued.push(path)
    this.answers.set(kind, queued)
    return this
  }

  private answer(kind: DialogKind, suggestedName: string | null): Promise<string | null> {
    this.shown.push({ kind, suggestedName })
    return Promise.resolve(this.answers.get(kind)?.shift() ?? null)
  }
}
