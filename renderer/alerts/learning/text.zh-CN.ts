/** The risk ranking's texts (section `learning`). */
export const learningZh = {
  order: {
    label: '队列排序',
    model:
      '按本机风险模型排序：依据 {{positive}} 条“属实”、{{negative}} 条“误报”的已复核标注，训练于 {{time}}。',
    restored: '按本机风险模型排序：沿用本机保存的模型（{{positive}} 条“属实”、{{negative}} 条“误报”，训练于 {{time}}）。',
    coldStart:
      '暂按沙箱评分排序：风险模型需要每类至少 {{min}} 条经第二位用户复核确认的标注，现有“属实” {{positive}} 条、“误报” {{negative}} 条。',
    training: '正在训练风险模型…',
    failed: '风险模型训练失败：{{message}}',
    otherSort: '当前按所选列排序。',
    sortByRisk: '按风险排序',
    reviewNext: '复核下一条',
    reviewNextHint: '打开高风险预警中最能帮助模型学习的一条',
    nothingToReview: '当前筛选下没有尚未研判的预警。',
    opened: '已打开 {{id}}：模型对它最不确定（风险 {{risk}}）。',
    openedCold: '已打开 {{id}}：尚未研判的预警中评分最高（{{risk}}）。',
  },
  detail: {
    title: '风险估计',
    model: '本机风险模型估计该预警属实的概率为 {{risk}}。各项对估计的贡献（对数几率，正值推高风险）：',
    coldStart:
      '风险模型尚未训练（已复核标注不足），排序采用预警评分 {{risk}}，其依据见“触发原因”。',
    chart: '各项对风险估计的贡献',
    table: '各项对风险估计的贡献（数值）',
    item: '项目',
    value: '取值',
    contribution: '贡献',
    column: {
      typology: '类型：{{name}}',
      score: '预警评分',
      localEvidence: '本机检测证据',
      model: '产生模型：{{name}}',
      feature: '特征 {{name}}',
    },
  },
};
