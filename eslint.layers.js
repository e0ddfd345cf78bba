// Who may import whom (docs/architecture.md, "Layers and who may import whom"), one entry per layer.
// Each layer lists what it must NOT import; everything else (its own folder, the layers it builds on,
// small pure libraries) is allowed. A folder is caught under every spelling: the alias ('@/db', the
// old barrel, and '@/db/x'), a relative path that climbs into it ('../db', '../../db/x'), and a
// dynamic import() of either. tests/unit/lint/layers.test.ts proves each rule with a wrong import.
import { builtinModules } from 'node:module'

/** The app's folders under src/, as imports name them. */
const folder = (name) => ({
  name: `@/${name}`,
  regex: `^(@/|(\\.\\./)+)${name}(/|$)`,
})
const lib = (name, regex) => ({ name, regex })

const SRC = Object.fromEntries(
  [
    'cli',
    'components',
    'composables',
    'db',
    'docx',
    'domain',
    'excel',
    'i18n',
    'layouts',
    'locales',
    'router',
    'services',
    'stores',
    'table-files',
    'ui',
    'views',
    'workers',
  ].map((name) => [name, folder(name)]),
)
const LIB = {
  vue: lib(
    'Vue and its libraries',
    '^(vue|vue-[\\w-]+|pinia|element-plus|echarts|vue-echarts)(/|$)|^@(vue|element-plus|intlify)/',
  ),
  pinia: lib('pinia', '^pinia(/|$)'),
  dexie: lib('Dexie', '^dexie(-[\\w-]+)?(/|$)'),
  exceljs: lib('ExcelJS', '^exceljs(/|$)'),
  docx: lib('docx', '^docx(/|$)'),
  node: lib('Node built-ins', `^node:|^(${builtinModules.filter((m) => !m.startsWith('_')).join('|')})(/|$)`),
}

/** Every src/ folder except the ones named. */
const srcExcept = (...allowed) => Object.values(SRC).filter((f) => !allowed.includes(f.name.slice(2)))

/**
 * One layer's rule. `forbid`: never imported. `onDemand`: only as `import type` or a dynamic
 * import() (the module loads when a user asks for it, not with the page).
 */
function layer(files, why, { forbid, onDemand = [] }) {
  const pattern = (target, allowTypeImports) => ({
    regex: target.regex,
    allowTypeImports,
    message: `${why} (${target.name}${allowTypeImports ? ': only `import type` or a dynamic import()' : ''}).`,
  })
  return {
    files,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [...forbid.map((t) => pattern(t, false)), ...onDemand.map((t) => pattern(t, true))],
        },
      ],
      // no-restricted-imports does not look at import(); the same targets, dynamically.
      'no-restricted-syntax': [
        'error',
        ...forbid.map((t) => ({
          selector: `ImportExpression[source.value=/${t.regex.replaceAll('/', '\\/')}/]`,
          message: `${why} (${t.name}, dynamic import).`,
        })),
      ],
    },
  }
}

/** What pages, layouts and components build on. */
const PAGE_PARTS = ['components', 'stores', 'composables', 'ui', 'table-files', 'domain', 'i18n', 'router']
const VIA_STORES = 'go through stores and composables, never to the database, a worker or a workbook'

export const layerRules = [
  layer(
    ['src/domain/**/*.ts'],
    'src/domain is pure TypeScript: it imports only src/domain and small pure libraries',
    {
      forbid: [...srcExcept('domain'), LIB.vue, LIB.dexie, LIB.exceljs, LIB.docx, LIB.node],
    },
  ),
  // src/db/sync/ (and any folder below src/db) is part of the db layer and follows its rule.
  layer(['src/db/**/*.ts'], 'src/db imports only src/domain and Dexie', {
    forbid: [...srcExcept('db', 'domain'), LIB.vue, LIB.exceljs, LIB.node],
  }),
  layer(['src/stores/**/*.ts'], 'src/stores imports src/services, src/db, src/domain, Vue and Pinia', {
    forbid: [
      ...srcExcept('stores', 'services', 'db', 'domain', 'excel', 'docx', 'workers'),
      LIB.dexie,
      LIB.exceljs,
      LIB.node,
    ],
    onDemand: [SRC.excel, SRC.docx, SRC.workers],
  }),
  // Plain modules the stores use that are not state: timings, the import worker's client.
  layer(['src/services/**/*.ts'], 'src/services imports src/db, src/domain and src/workers (types)', {
    forbid: [...srcExcept('services', 'db', 'domain', 'workers'), LIB.vue, LIB.dexie, LIB.exceljs, LIB.node],
    onDemand: [SRC.workers],
  }),
  layer(['src/composables/**/*.ts'], 'src/composables imports src/stores, src/ui, src/domain and Vue', {
    forbid: [
      ...srcExcept('composables', 'stores', 'ui', 'domain', 'i18n', 'excel', 'docx', 'workers'),
      LIB.dexie,
      LIB.exceljs,
      LIB.node,
    ],
    onDemand: [SRC.excel, SRC.docx, SRC.workers],
  }),
  layer(['src/ui/**/*.ts'], 'src/ui holds small UI helpers: it imports only src/domain and Vue', {
    forbid: [...srcExcept('ui', 'domain', 'i18n'), LIB.dexie, LIB.exceljs, LIB.node],
  }),
  layer(['src/views/**/*.{ts,vue}', 'src/layouts/**/*.{ts,vue}'], `Pages ${VIA_STORES}`, {
    forbid: [...srcExcept('views', 'layouts', ...PAGE_PARTS), LIB.dexie, LIB.exceljs, LIB.docx, LIB.node],
  }),
  // Components are placed by pages and layouts, never the other way round.
  layer(['src/components/**/*.{ts,vue}'], `Components ${VIA_STORES}, and do not import pages`, {
    forbid: [...srcExcept(...PAGE_PARTS), LIB.dexie, LIB.exceljs, LIB.docx, LIB.node],
  }),
  layer(['src/excel/**/*.ts'], 'src/excel imports only src/domain (and ExcelJS, loaded on demand)', {
    forbid: [...srcExcept('excel', 'domain'), LIB.vue, LIB.dexie, LIB.node],
    onDemand: [LIB.exceljs],
  }),
  // Word documents (the 绩效自评报告): domain, and the docx library loaded on demand.
  layer(['src/docx/**/*.ts'], 'src/docx imports only src/domain (and docx, loaded on demand)', {
    forbid: [...srcExcept('docx', 'domain'), LIB.vue, LIB.dexie, LIB.exceljs, LIB.node],
    onDemand: [LIB.docx],
  }),
  // Tables read from files and the clipboard: domain, and their readers' libraries loaded on demand.
  layer(
    ['src/table-files/**/*.ts'],
    'src/table-files imports only src/domain (and its libraries, on demand)',
    {
      forbid: [...srcExcept('table-files', 'domain'), LIB.vue, LIB.dexie, LIB.node],
      onDemand: [LIB.exceljs],
    },
  ),
  layer(['src/workers/**/*.ts'], 'src/workers imports only src/db and src/domain', {
    forbid: [...srcExcept('workers', 'db', 'domain'), LIB.vue, LIB.dexie, LIB.exceljs, LIB.node],
  }),
  layer(['src/cli/**/*.{ts,mjs,js}'], 'src/cli imports only src/domain, src/table-files and Node built-ins', {
    forbid: [...srcExcept('cli', 'domain', 'table-files'), LIB.vue, LIB.dexie, LIB.exceljs],
  }),
  layer(['src/i18n/**/*.ts'], 'src/i18n sets up vue-i18n and reads src/locales only', {
    forbid: [...srcExcept('i18n', 'locales'), LIB.pinia, LIB.dexie, LIB.exceljs, LIB.node],
  }),
  layer(['src/router/**/*.ts'], 'src/router lists the pages and layouts only', {
    forbid: [...srcExcept('router', 'views', 'layouts'), LIB.dexie, LIB.exceljs, LIB.node],
  }),
  layer(['server/**/*.{ts,mjs,js}'], 'server/ imports only src/domain and Node or server libraries', {
    forbid: [
      {
        name: 'src/ outside src/domain',
        regex: '^(@/|(\\.\\./)+src/)(?!domain(/|$))',
      },
      LIB.vue,
      LIB.dexie,
      LIB.exceljs,
    ],
  }),
]
