import { TextRun, type IRunOptions } from 'docx'

/** Characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE/FFFF): Word refuses files with them. */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/** Text that can go into Word's XML: forbidden characters dropped, tabs as spaces, CR LF as LF. */
export function docxSafe(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(NOT_XML, '')
}

type RunStyle = Omit<IRunOptions, 'text' | 'break' | 'children'>

/** Runs for a text that may span lines: each line after the first starts with a line break. */
export function textRuns(text: string, style: RunStyle = {}): TextRun[] {
  return docxSafe(text)
    .split('\n')
    .map((line, i) => new TextRun({ ...style, text: line, ...(i > 0 ? { break: 1 } : {}) }))
}
