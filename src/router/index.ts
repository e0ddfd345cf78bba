import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'

/**
 * Pages in navigation order; `navKey` is the locale key of their menu label, `messages` the message
 * groups the page and its components use beyond the shell's (loaded with it: src/i18n/route-messages.ts).
 */
export const pages: (RouteRecordRaw & { meta: { navKey: string; icon: string; messages: string[] } })[] = [
  {
    path: '/',
    name: 'overview',
    component: () => import('@/views/overview/OverviewView.vue'),
    meta: {
      messages: ['overview', 'targets', 'todo', 'monitor', 'unsaved', 'integrity'],
      navKey: 'nav.overview',
      icon: 'DataAnalysis',
    },
  },
  {
    path: '/targets',
    name: 'targets',
    component: () => import('@/views/targets/TargetsView.vue'),
    meta: {
      messages: ['sheetEditor', 'targets', 'overview', 'targetReview', 'terms'],
      navKey: 'nav.targets',
      icon: 'Aim',
    },
  },
  {
    path: '/entry',
    name: 'entry',
    component: () => import('@/views/entry/EntryView.vue'),
    meta: { messages: ['entry', 'targets', 'unsaved', 'sheetImport'], navKey: 'nav.entry', icon: 'EditPen' },
  },
  {
    path: '/monitor',
    name: 'monitor',
    component: () => import('@/views/monitor/MonitorView.vue'),
    meta: { messages: ['monitor', 'unsaved', 'integrity'], navKey: 'nav.monitor', icon: 'Monitor' },
  },
  {
    path: '/assessment',
    name: 'assessment',
    component: () => import('@/views/assessment/AssessmentView.vue'),
    meta: { messages: ['assessment'], navKey: 'nav.assessment', icon: 'DocumentChecked' },
  },
  {
    path: '/data',
    name: 'data',
    component: () => import('@/views/data/DataView.vue'),
    meta: { messages: ['data', 'integrity'], navKey: 'nav.data', icon: 'FolderOpened' },
  },
  {
    path: '/audit-log',
    name: 'audit-log',
    component: () => import('@/views/audit-log/AuditLogView.vue'),
    meta: { messages: ['auditLog', 'integrity'], navKey: 'nav.auditLog', icon: 'Tickets' },
  },
  {
    path: '/settings',
    name: 'settings',
    component: () => import('@/views/settings/SettingsView.vue'),
    meta: { messages: ['settings', 'todo'], navKey: 'nav.settings', icon: 'Setting' },
  },
]

// Hash history: the app is served as static files (and later offline) with no server rewrites.
export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    ...pages,
    // One sheet's self-assessment form and its print view (not menu entries).
    {
      path: '/assessment/:sheetId',
      name: 'assessment-sheet',
      component: () => import('@/views/assessment/AssessmentSheetView.vue'),
      props: true,
      meta: { messages: ['assessment', 'targetReview', 'unsaved', 'terms', 'integrity'] },
    },
    // The sheet's 绩效自评报告: its paragraphs to edit, and the .docx.
    {
      path: '/assessment/:sheetId/report',
      name: 'assessment-report',
      component: () => import('@/views/assessment/SelfReportView.vue'),
      props: true,
      meta: { messages: ['assessment', 'selfReport', 'unsaved'] },
    },
    {
      path: '/assessment/:sheetId/print',
      name: 'assessment-print',
      component: () => import('@/views/assessment/AssessmentPrintView.vue'),
      props: true,
      // Outside the shell: only the form, ready to print.
      meta: { messages: ['assessment', 'integrity'], fullScreen: true },
    },
    // 全部单位排名: a prefecture's or a province's units side by side (opened from the overview's comparison).
    {
      path: '/comparison',
      name: 'province',
      component: () => import('@/views/comparison/ProvinceView.vue'),
      meta: { messages: ['overview'] },
    },
    // 数据大屏: full screen for a wall display, outside the shell (App.vue reads meta.fullScreen).
    {
      path: '/screen',
      name: 'screen',
      component: () => import('@/views/screen/ScreenView.vue'),
      meta: { messages: ['screen', 'overview', 'targets', 'integrity'], fullScreen: true },
    },
    // 绩效目标: new sheets from pasted text or a workbook, and the editor of one sheet.
    {
      path: '/targets/new/paste',
      name: 'targets-paste',
      component: () => import('@/views/targets/PasteTablesView.vue'),
      meta: { messages: ['sheetEditor', 'targets'] },
    },
    {
      path: '/targets/new/excel',
      name: 'targets-excel',
      component: () => import('@/views/targets/ImportWorkbookView.vue'),
      meta: { messages: ['sheetEditor', 'targets', 'overview', 'terms'] },
    },
    {
      path: '/targets/:sheetId',
      name: 'targets-sheet',
      component: () => import('@/views/targets/SheetEditorView.vue'),
      props: true,
      meta: { messages: ['sheetEditor', 'targets', 'targetReview', 'unsaved'] },
    },
    // The unit-year's budget disclosure: 表1–表11 and their arithmetic.
    {
      path: '/targets/budget-tables',
      name: 'budget-tables',
      component: () => import('@/views/budget-tables/BudgetTablesView.vue'),
      meta: { messages: ['budgetTables', 'targets'] },
    },
    { path: '/:rest(.*)*', redirect: '/' },
  ],
})
