/** A file as it arrives: tests reach into it freely to break one thing at a time. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Wire = Record<string, any>

/** A small valid package in wire form; tests change one thing at a time. */
export function minimalWire(): Wire {
  return {
    format: 'perf-ledger',
    version: 1,
    units: [{ id: 'u1', name: '测试单位', parentId: null }],
    sheets: [
      {
        id: 's1',
        unitId: 'u1',
        year: 2025,
        kind: 'project',
        name: '测试项目',
        goals: [],
        budget: { initial: '100.00', adjusted: '100.00' },
        funds: { fiscal: '100.00', other: '0.00' },
        scoring: {},
        indicators: [
          {
            id: 'i1',
            level1: '产出指标',
            level2: '数量指标',
            name: '开展培训次数',
            target: '≥4次',
            weight: 50,
          },
          { id: 'i2', level1: '产出指标', level2: '质量指标', name: '合规率', target: '=100%', weight: 20 },
          {
            id: 'i3',
            level1: '效益指标',
            level2: '社会效益指标',
            name: '服务质量',
            target: '有效提升',
            weight: 20,
          },
        ],
      },
    ],
    progress: [],
    spending: [],
    judgements: [],
    overrides: [],
    notApplicable: [],
    deviations: [],
  }
}
