/** The `audit` section of the Chinese UI text (renderer/i18n/zh-CN.ts includes it). */
export const auditZh = {
  listTitle: '操作记录',
  tableLabel: '审计日志条目',
  emptyTitle: '审计日志为空',
  emptyBody: '导入、清除、研判处置和导出等操作发生后，会逐条记录在这里。',
  columns: {
    seq: '序号',
    time: '时间',
    actor: '操作人',
    action: '操作',
    entity: '对象',
    change: '变更（前 → 后）',
    hash: '哈希',
  },
  shown: '显示最近 {{shown}} 条，共 {{total}} 条（每次最多列出 {{limit}} 条）',
  around: '显示第 {{seq}} 条前后的记录',
  filters: {
    label: '筛选审计日志',
    any: '不限',
    text: '搜索对象与变更内容',
    reset: '清除筛选',
  },
  integrity: {
    title: '完整性校验',
    explanation:
      '每条记录的哈希值覆盖其内容和前一条记录的哈希值，形成哈希链：任何一条记录被修改、删除或调换顺序，都会从该条起无法通过校验。',
    verify: '校验哈希链',
    running: '正在校验…',
    ok_one: '哈希链完整：{{count}} 条记录均未被改动。',
    ok_other: '哈希链完整：{{count}} 条记录均未被改动。',
    broken: '哈希链在第 {{seq}} 条记录处断开。',
    reason: {
      hash: '该条记录的内容与其哈希值不符，或前一条记录被改动：从这一条起的记录不可信。',
      sequence: '记录序号不连续：有记录被删除或插入。',
    },
    show: '查看第 {{seq}} 条记录',
    breaksHere: '断链处',
  },
  export: {
    button: '导出签名的 NDJSON',
    done_one: '已导出 {{count}} 条记录并以本工作站密钥签名：{{location}}',
    done_other: '已导出 {{count}} 条记录并以本工作站密钥签名：{{location}}',
  },
} as const;
