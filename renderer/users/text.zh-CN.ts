/** The `users` section of the Chinese UI text (renderer/i18n/zh-CN.ts includes it). */
export const usersZh = {
  lockTitle: '工作站已锁定',
  lockBody: '请选择您的用户档案继续工作。用户档案仅保存在本机，所有操作都会以所选用户的名义记入审计日志。',
  profiles: '用户档案',
  newProfile: '新建用户档案',
  name: '姓名',
  role: '角色',
  create: '创建并登录',
  switch: '锁定并切换用户',
  roles: {
    examiner: '审查员',
    compliance_officer: '合规专员',
  },
  problems: {
    empty: '请填写姓名。',
    taken: '已有同名的用户档案。',
  },
  noUserTitle: '请先选择用户',
  noUserBody: '研判处置需要以具体用户的名义进行。请锁定工作站并选择或新建用户档案。',
  chooseUser: '选择用户',
} as const;
