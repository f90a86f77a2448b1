/** Titles and filter names of the native dialogs the host opens, per language. */
import type { Language } from '../shared/host/hostApi';

export interface DialogLabels {
  chooseRepositoryFolder: string;
  saveFile: string;
  exportPdf: string;
  pdfDocuments: string;
  allFiles: string;
}

export const DIALOG_LABELS: Readonly<Record<Language, DialogLabels>> = {
  en: {
    chooseRepositoryFolder: 'Choose a sandbox repository folder',
    saveFile: 'Save',
    exportPdf: 'Export PDF',
    pdfDocuments: 'PDF documents',
    allFiles: 'All files',
  },
  'zh-CN': {
    chooseRepositoryFolder: '选择沙箱数据仓库文件夹',
    saveFile: '保存',
    exportPdf: '导出 PDF',
    pdfDocuments: 'PDF 文档',
    allFiles: '所有文件',
  },
};
