import { generateProject } from '../generate'
import * as before from '../../shared/report'
import * as after from './alt/shared/report'
import { readFileSync } from 'node:fs'
import { Project } from '../../shared/domain'
const projects = [
  generateProject('S'),
  ...['radhaus-brenner', 'meridale-facilities'].map((n) =>
    Project.parse(JSON.parse(readFileSync(`resources/examples/${n}.loyalty.json`, 'utf8')).project),
  ),
]
for (const p of projects)
  for (const isSummary of [false, true]) {
    const options = {
      format: 'pdf',
      language: p.meta.language,
      isSummary,
      chapters: null,
      paperSize: 'A4',
    } as const
    const a = JSON.stringify(
      before.toPdfDefinition(before.buildReportModel(p, options), { paperSize: 'A4' }),
    )
    const b = JSON.stringify(
      after.toPdfDefinition(after.buildReportModel(p, options), { paperSize: 'A4' }),
    )
    console.log(p.meta.title, isSummary, a === b, a.length)
  }
const hostile = [
  'Yılmaz',
  'a\tb',
  'e\u0301',
  '😀 ok',
  'Dvořák',
  '„Grüße“ – 5 €',
  '\u200bzero',
  'x\u2192y',
]
for (const h of hostile)
  console.log(
    JSON.stringify(h),
    JSON.stringify(before.pdfSafe(h)),
    before.pdfSafe(h) === after.pdfSafe(h),
  )
