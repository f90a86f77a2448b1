/** Titles and filter names of the native dialogs the host opens, per language. */
import type { Language } from '../shared/host/hostApi';

export interface DialogLabels {
  chooseRepositoryFolder: string;
  saveFile: string;
  exportPdf: string;
  pdfDocuments: string;
  allFiles: string;
  approveRepositoryTitle: string;
  /** `{origin}` stands for the repository's origin. */
  approveRepositoryMessage: string;
  /** `{address}` stands for the repository's base URL. */
  approveRepositoryDetail: string;
  approveRepositoryAllow: string;
  approveRepositoryCancel: string;
}

export const DIALOG_LABELS: Readonly<Record<Language, DialogLabels>> = {
  en: {
    chooseRepositoryFolder: 'Choose a sandbox repository folder',
    saveFile: 'Save',
    exportPdf: 'Export PDF',
    pdfDocuments: 'PDF documents',
    allFiles: 'All files',
    approveRepositoryTitle: 'Allow a repository',
    approveRepositoryMessage: 'Allow Examiner Workstation to fetch data from {origin}?',
    approveRepositoryDetail:
      'Repository address: {address}\n\nThe workstation will download signed datasets from this address and from no other. Allow it only if you added this source yourself.',
    approveRepositoryAllow: 'Allow',
    approveRepositoryCancel: 'Cancel',
  },
  'zh-CN': {
    chooseRepositoryFolder: '选择沙箱数据仓库文件夹',
    saveFile: '保存',
    exportPdf: '导出 PDF',
    pdfDocuments: 'PDF 文档',
    allFiles: '所有文件',
    approveRepositoryTitle: '允许数据仓库',
    approveRepositoryMessage: '允许审查工作站从 {origin} 获取数据？',
    approveRepositoryDetail:
      '仓库地址：{address}\n\n工作站将只从此地址下载已签名的数据集。仅当此数据源是您本人添加时才允许。',
    approveRepositoryAllow: '允许',
    approveRepositoryCancel: '取消',
  },
};
