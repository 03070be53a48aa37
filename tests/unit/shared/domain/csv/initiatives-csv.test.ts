import { describe, expect, it } from 'vitest'
import { createInitiative, type Initiative } from '../../../../../shared/domain'
import {
  initiativesToCsv,
  parseInitiativesCsv,
  parsePastedRows,
} from '../../../../../shared/domain/csv'

function initiative(id: string, patch: Partial<Initiative>): Initiative {
  return { ...createInitiative(id, ''), ...patch }
}

const loyaltyApp = initiative('i-1', {
  title: 'Kundenkarte „Plus“ überarbeiten',
  description: 'Zwei Zeilen;\nmit Semikolon und "Anführungszeichen"',
  status: 'running',
  owner: 'Jörg Weiß',
  start: '2026-01-05',
  end: '2026-06-30',
  criticalIssues: 'Datenschutz',
  communication: { audience: 'Vertrieb', timing: 'monatlich', channel: 'Intranet' },
})

describe('CSV export of initiatives', () => {
  it('writes a German header, semicolons, status words and a byte-order mark for Excel', () => {
    const csv = initiativesToCsv([loyaltyApp], { language: 'de' })
    const [header, firstRow] = csv.split('\r\n')
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(header).toBe(
      '\uFEFFID;Titel;Beschreibung;Status;Verantwortlich;Beginn;Ende;Kritische Punkte;Wer wird informiert;Wann;Wie',
    )
    expect(firstRow).toContain(';Läuft;Jörg Weiß;2026-01-05;2026-06-30;')
  })

  it('quotes a formula-like title so a spreadsheet shows it as text, and reads it back unchanged', () => {
    const risky = initiative('i-2', { title: '=HYPERLINK("http://x")', owner: '+49 30 1234' })
    const csv = initiativesToCsv([risky], { language: 'en' })
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`)
    const [draft] = parseInitiativesCsv(csv).drafts
    expect(draft?.fields.title).toBe('=HYPERLINK("http://x")')
    expect(draft?.fields.owner).toBe('+49 30 1234')
  })

  it('reads its own export back field by field, including line breaks and quotes', () => {
    const parsed = parseInitiativesCsv(initiativesToCsv([loyaltyApp], { language: 'de' }))
    expect(parsed.problems).toEqual([])
    expect(parsed.hasHeader).toBe(true)
    expect(parsed.drafts).toEqual([
      {
        row: 2,
        id: 'i-1',
        fields: {
          title: 'Kundenkarte „Plus“ überarbeiten',
          description: 'Zwei Zeilen;\nmit Semikolon und "Anführungszeichen"',
          status: 'running',
          owner: 'Jörg Weiß',
          start: '2026-01-05',
          end: '2026-06-30',
          criticalIssues: 'Datenschutz',
          audience: 'Vertrieb',
          timing: 'monatlich',
          channel: 'Intranet',
        },
      },
    ])
  })
})

describe('CSV import of initiatives', () => {
  it('maps English headers in any order and leaves absent columns undefined', () => {
    const text = 'Owner,Title,Status\nAnna,Welcome call,Re-scope\nBen,Birthday voucher,new\n'
    const { drafts, problems } = parseInitiativesCsv(text)
    expect(problems).toEqual([])
    expect(drafts.map((d) => d.fields)).toEqual([
      { owner: 'Anna', title: 'Welcome call', status: 'rescope' },
      { owner: 'Ben', title: 'Birthday voucher', status: 'new' },
    ])
  })

  it('reports an unknown status and an impossible date but still imports the row', () => {
    const text = 'Titel;Status;Beginn;Ende\nApp;vielleicht;31.02.2026;5.1.2027\n'
    const { drafts, problems } = parseInitiativesCsv(text)
    expect(drafts[0]?.fields).toEqual({ title: 'App', status: 'new', start: '', end: '2027-01-05' })
    expect(problems).toEqual([
      { row: 2, column: 'status', code: 'unknown-status', value: 'vielleicht' },
      { row: 2, column: 'start', code: 'invalid-date', value: '31.02.2026' },
    ])
  })

  it('skips a row without a title or id and says which row it was', () => {
    const text = 'Title,Owner\nApp,Anna\n,Ben\n'
    const { drafts, problems } = parseInitiativesCsv(text)
    expect(drafts).toHaveLength(1)
    expect(problems).toEqual([{ row: 3, column: 'title', code: 'no-title', value: ' Ben' }])
  })

  it('names a header it does not know and ignores that column', () => {
    const { drafts, problems } = parseInitiativesCsv('Title;Budget\nApp;100\n')
    expect(drafts[0]?.fields).toEqual({ title: 'App' })
    expect(problems).toEqual([{ row: 1, column: null, code: 'unknown-column', value: 'Budget' }])
  })

  it('shortens a title longer than 500 characters and says so', () => {
    const { drafts, problems } = parseInitiativesCsv(`Title\n${'x'.repeat(501)}\n`)
    expect(drafts[0]?.fields.title).toHaveLength(500)
    expect(problems.map((p) => p.code)).toEqual(['too-long'])
  })
})

describe('pasting rows from a spreadsheet', () => {
  it('takes rows without a header in the register order: title, description, status, owner, start, end', () => {
    const text =
      'Welcome call\tCall new members\tRunning\tAnna\t2026-02-01\t2026-03-31\n' +
      'Birthday voucher\t\tNeu\tBen\t\t\n'
    const { drafts, hasHeader, problems } = parsePastedRows(text)
    expect(hasHeader).toBe(false)
    expect(problems).toEqual([])
    expect(
      drafts.map((d) => [d.fields.title, d.fields.status, d.fields.owner, d.fields.end]),
    ).toEqual([
      ['Welcome call', 'running', 'Anna', '2026-03-31'],
      ['Birthday voucher', 'new', 'Ben', ''],
    ])
  })

  it('keeps a cell with a line break that the spreadsheet quoted', () => {
    const { drafts } = parsePastedRows('App\t"first line\nsecond line"\tneu\n')
    expect(drafts).toHaveLength(1)
    expect(drafts[0]?.fields.description).toBe('first line\nsecond line')
  })

  it('uses a copied header row to map the columns', () => {
    const { drafts, hasHeader } = parsePastedRows('Verantwortlich\tTitel\nAnna\tApp\n')
    expect(hasHeader).toBe(true)
    expect(drafts[0]?.fields).toEqual({ owner: 'Anna', title: 'App' })
  })

  it('does not take a first row whose title happens to be a word as a header', () => {
    const { drafts, hasHeader } = parsePastedRows('Status meeting\tWeekly call\tNeu\n')
    expect(hasHeader).toBe(false)
    expect(drafts[0]?.fields.title).toBe('Status meeting')
  })
})
