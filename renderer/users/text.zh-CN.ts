/** The `users` section of the Chinese UI text (renderer/i18n/zh-CN.ts includes it). */
export const usersZh = {
  lockTitle: '工作站已锁定',
  lockBody:
    '请输入工作站口令并选择您的用户档案以继续工作。用户档案仅保存在本机，所有操作都会以所选用户的名义记入审计日志。',
  passphrase: '工作站口令',
  passphraseMissing: '请先输入工作站口令。',
  unlocking: '正在验证口令…',
  noPassphrase:
    '本工作站的密钥由操作系统密钥库保护，解锁时不需要口令：离开时请同时锁定操作系统会话。',
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
