import { LineRuleType, type IStylesOptions } from 'docx'
import { DOCX_COLOURS, DOCX_FONT } from './docx-layout'

/**
 * Line spacing as a multiple of the line; said explicitly, as LibreOffice otherwise reads it as an
 * exact height and clips pictures to one line.
 */
const AUTO = LineRuleType.AUTO

const heading = (size: number, before: number, after: number) => ({
  run: { font: DOCX_FONT, size, bold: true, color: DOCX_COLOURS.heading },
  paragraph: { spacing: { before, after }, keepNext: true, keepLines: true },
})

/**
 * Word's own heading styles (Heading1-3), so readers can restyle the document and the table of
 * contents finds the chapters; a few named paragraph styles for the rest.
 */
export const DOCX_STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: DOCX_FONT, size: 20, color: DOCX_COLOURS.ink },
      paragraph: { spacing: { after: 80, line: 276, lineRule: AUTO } },
    },
    heading1: heading(36, 0, 200),
    heading2: heading(25, 280, 100),
    heading3: heading(20, 160, 40),
    caption: {
      run: { font: DOCX_FONT, size: 16, italics: true, color: DOCX_COLOURS.muted },
      paragraph: { spacing: { before: 60, after: 200 } },
    },
  },
  paragraphStyles: [
    {
      id: 'UnlistedHeading',
      name: 'Unlisted Heading',
      basedOn: 'Normal',
      next: 'Normal',
      ...heading(25, 280, 100),
    },
    { id: 'Lead', name: 'Lead', basedOn: 'Normal', next: 'Normal', run: { size: 22 } },
    {
      id: 'Muted',
      name: 'Muted',
      basedOn: 'Normal',
      next: 'Normal',
      run: { size: 17, italics: true, color: DOCX_COLOURS.muted },
    },
    {
      id: 'TableText',
      name: 'Table Text',
      basedOn: 'Normal',
      run: { size: 17 },
      paragraph: { spacing: { after: 0, line: 240, lineRule: AUTO } },
    },
    {
      id: 'Spacer',
      name: 'Spacer',
      basedOn: 'Normal',
      run: { size: 8 },
      paragraph: { spacing: { after: 120, line: 240, lineRule: AUTO } },
    },
    {
      id: 'CoverTitle',
      name: 'Cover Title',
      basedOn: 'Normal',
      run: { size: 56, bold: true, color: DOCX_COLOURS.heading },
      paragraph: { spacing: { after: 160 } },
    },
    {
      id: 'CoverSubtitle',
      name: 'Cover Subtitle',
      basedOn: 'Normal',
      run: { size: 30, color: DOCX_COLOURS.muted },
      paragraph: { spacing: { after: 560 } },
    },
    {
      id: 'HeaderText',
      name: 'Header Text',
      basedOn: 'Normal',
      run: { size: 16, color: DOCX_COLOURS.muted },
      paragraph: { spacing: { after: 0 } },
    },
  ],
}
