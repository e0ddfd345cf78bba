// The layer rules of eslint.config.js (eslint.layers.js), run through ESLint itself: in every layer a
// wrong import (under each of its spellings) is an error, and an import the layer may make is not.
import { fileURLToPath } from 'node:url'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const cwd = fileURLToPath(new URL('../../..', import.meta.url))
const eslint = new ESLint({ cwd })
const LAYER_RULES = ['@typescript-eslint/no-restricted-imports', 'no-restricted-syntax']

/** The layer-rule errors ESLint reports for `code` placed at `filePath`. */
async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const text = filePath.endsWith('.vue') ? `<script setup lang="ts">\n${code}</script>\n` : code
  const [result] = await eslint.lintText(text, { filePath })
  return result!.messages
    .filter((m) => m.severity === 2 && LAYER_RULES.includes(m.ruleId ?? ''))
    .map((m) => m.ruleId!)
}

interface Case {
  file: string
  wrong: string[]
  allowed: string[]
}

// One file per layer; each wrong line is linted on its own, the allowed lines together.
const CASES: Record<string, Case> = {
  domain: {
    file: 'src/domain/scoring/x.ts',
    wrong: [
      "import { getDb } from '@/db'",
      "import { getDb } from '@/db/database'",
      "import { getDb } from '../../db/database'",
      "import { useSessionStore } from '@/stores/session'",
      "import { i18n } from '@/i18n'",
      "import { ref } from 'vue'",
      "import { defineStore } from 'pinia'",
      "import { Dexie } from 'dexie'",
      "import { ElMessage } from 'element-plus'",
      "import { readFileSync } from 'node:fs'",
      "import { readFileSync } from 'fs'",
      "export * from '@/db/progress'",
      "const m = import('@/stores/session')",
    ],
    allowed: [
      "import { Decimal } from 'decimal.js'",
      "import { z } from 'zod'",
      "import type { Sheet } from '../types'",
      "import { parseTarget } from '@/domain/target'",
    ],
  },
  db: {
    file: 'src/db/x.ts',
    wrong: [
      "import { ref } from 'vue'",
      "import { defineStore } from 'pinia'",
      "import { useSessionStore } from '@/stores/session'",
      "import X from '@/components/common/X.vue'",
      "import X from '@/views/overview/OverviewView.vue'",
      "import { useX } from '@/composables/use-x'",
      "import { monitorWorkbook } from '@/excel/monitor-workbook'",
      "import { useSessionStore } from '../stores/session'",
    ],
    allowed: [
      "import { Dexie } from 'dexie'",
      "import type { Sheet } from '@/domain/types'",
      "import { writeTx } from './write'",
    ],
  },
  'db/sync': {
    file: 'src/db/sync/x.ts',
    wrong: ["import { useSessionStore } from '../../stores/session'", "import { ref } from 'vue'"],
    allowed: ["import { writeTx } from '../write'", "import { Dexie } from 'dexie'"],
  },
  stores: {
    file: 'src/stores/x.ts',
    wrong: [
      "import { liveQuery } from 'dexie'",
      "import X from '@/components/common/X.vue'",
      "import { useX } from '@/composables/use-x'",
      "import { monitorWorkbook } from '@/excel/monitor-workbook'",
      "import { importSession } from '@/workers/exchange-import-session'",
    ],
    allowed: [
      "import { defineStore } from 'pinia'",
      "import { getDb } from '@/db/database'",
      "import { scorePackage } from '@/domain/scoring'",
      "import type { MonitorInput } from '@/excel/monitor-workbook'",
      "const m = () => import('@/excel/monitor-workbook')",
      "import { useSessionStore } from './session'",
    ],
  },
  composables: {
    file: 'src/composables/use-x.ts',
    wrong: [
      "import { getDb } from '@/db/database'",
      "import { Dexie } from 'dexie'",
      "import X from '@/components/common/X.vue'",
      "import { readTargetsWorkbook } from '@/excel/targets-import'",
    ],
    allowed: [
      "import { ref } from 'vue'",
      "import { useSessionStore } from '@/stores/session'",
      "import { downloadFile } from '@/ui/download'",
      "import type { TargetsWorkbook } from '@/excel/targets-import'",
      "const m = () => import('@/excel/targets-import')",
    ],
  },
  ui: {
    file: 'src/ui/x.ts',
    wrong: [
      "import { useSessionStore } from '@/stores/session'",
      "import { getDb } from '@/db/database'",
      "import { useX } from '@/composables/use-x'",
    ],
    allowed: ["import { computed } from 'vue'", "import { Decimal } from '@/domain/decimal'"],
  },
  services: {
    file: 'src/services/x.ts',
    wrong: [
      "import { useSessionStore } from '@/stores/session'",
      "import { ref } from 'vue'",
      "import { Dexie } from 'dexie'",
      "import { useX } from '@/composables/use-x'",
      "import { run } from '@/workers/exchange-import-session'",
    ],
    allowed: [
      "import { getDb } from '@/db/database'",
      "import type { ImportReply } from '@/workers/exchange-import-session'",
      "import { Decimal } from '@/domain/decimal'",
    ],
  },
  views: {
    file: 'src/views/overview/X.vue',
    wrong: [
      "import { getDb } from '@/db'",
      "import { getDb } from '@/db/database'",
      "import { getDb } from '../../db/database'",
      "import { liveQuery } from 'dexie'",
      "import { readTargetsWorkbook } from '@/excel/targets-import'",
      "import type { TargetsWorkbook } from '@/excel/targets-import'",
      "const m = () => import('@/excel/targets-export')",
      "const m = () => import('@/db/export-package')",
      "const m = () => import('@/docx/self-report-docx')",
      "import { Document } from 'docx'",
    ],
    allowed: [
      "import { ElMessage } from 'element-plus'",
      "import { useSessionStore } from '@/stores/session'",
      "import { useX } from '@/composables/use-x'",
      "import X from '@/components/common/X.vue'",
      "import type { Sheet } from '@/domain/types'",
      "import { setLocale } from '@/i18n'",
    ],
  },
  components: {
    file: 'src/components/entry/X.vue',
    wrong: [
      "import { getDb } from '@/db/database'",
      "import { Dexie } from 'dexie'",
      "import { writeTargetsWorkbook } from '@/excel/targets-export'",
      "import View from '@/views/overview/OverviewView.vue'",
      "import { useSessionStore } from '../../db/database'",
    ],
    allowed: [
      "import { useSessionStore } from '@/stores/session'",
      "import Other from '../common/Other.vue'",
      "import { pages } from '@/router'",
    ],
  },
  layouts: {
    file: 'src/layouts/AppLayout.vue',
    wrong: ["import { getDb } from '@/db/database'", "import { Dexie } from 'dexie'"],
    allowed: ["import AppHeader from '@/components/layout/AppHeader.vue'"],
  },
  excel: {
    file: 'src/excel/x.ts',
    wrong: [
      "import { getDb } from '@/db/database'",
      "import { useSessionStore } from '@/stores/session'",
      "import { ref } from 'vue'",
      "import ExcelJS from 'exceljs'",
    ],
    allowed: [
      "import type { Workbook } from 'exceljs'",
      "const m = () => import('exceljs')",
      "import { Decimal } from '@/domain/decimal'",
    ],
  },
  docx: {
    file: 'src/docx/x.ts',
    wrong: [
      "import { getDb } from '@/db/database'",
      "import { useSessionStore } from '@/stores/session'",
      "import { ref } from 'vue'",
      "import { Document } from 'docx'",
      "import ExcelJS from 'exceljs'",
    ],
    allowed: [
      "import type { Document } from 'docx'",
      "const m = () => import('docx')",
      "import { buildSelfReport } from '@/domain/report'",
    ],
  },
  workers: {
    file: 'src/workers/x.ts',
    wrong: [
      "import { liveQuery } from 'dexie'",
      "import { useSessionStore } from '@/stores/session'",
      "import { ref } from 'vue'",
      "import { monitorWorkbook } from '@/excel/monitor-workbook'",
    ],
    allowed: [
      "import { getDb } from '@/db/database'",
      "import { liveQuery } from '@/db/live-query'",
      "import { scorePackage } from '@/domain/scoring/package'",
    ],
  },
  cli: {
    file: 'src/cli/x.ts',
    wrong: [
      "import { getDb } from '@/db/database'",
      "import { getDb } from '../db/database'",
      "import { Dexie } from 'dexie'",
      "import { ref } from 'vue'",
      "import { monitorWorkbook } from '../excel/monitor-workbook'",
    ],
    allowed: ["import { readFileSync } from 'node:fs'", "import { readPackage } from '../domain/exchange'"],
  },
  i18n: {
    file: 'src/i18n/x.ts',
    wrong: ["import { useSessionStore } from '@/stores/session'", "import { getDb } from '@/db/database'"],
    allowed: ["import { createI18n } from 'vue-i18n'", "import { zhCN } from './messages'"],
  },
  router: {
    file: 'src/router/x.ts',
    wrong: ["import { getDb } from '@/db/database'", "import { liveQuery } from 'dexie'"],
    allowed: ["import { createRouter } from 'vue-router'", "import AppLayout from '@/layouts/AppLayout.vue'"],
  },
  server: {
    file: 'server/x.ts',
    wrong: [
      "import { getDb } from '../src/db/database'",
      "import { getDb } from '@/db/database'",
      "import { useSessionStore } from '../src/stores/session'",
      "import { Dexie } from 'dexie'",
      "import { ref } from 'vue'",
    ],
    allowed: [
      "import { createServer } from 'node:http'",
      "import { readPackage } from '../src/domain/exchange'",
      "import { scorePackage } from '@/domain/scoring'",
    ],
  },
}

describe('the layer rules', () => {
  for (const [layer, { file, wrong, allowed }] of Object.entries(CASES)) {
    describe(layer, () => {
      it.each(wrong)(`refuses %s in ${file}`, async (line) => {
        expect(await layerErrors(file, `${line}\n`)).toHaveLength(1)
      })
      it('lets through what the layer may import', async () => {
        expect(await layerErrors(file, `${allowed.join('\n')}\n`)).toEqual([])
      })
    })
  }
})
