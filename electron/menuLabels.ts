/** Labels of the native menu, one complete table per language (a test checks the keys match). */
import type { AppPage, Language } from '../shared/host/hostApi';

export interface MenuLabels {
  file: string;
  pullDatasets: string;
  export: string;
  lock: string;
  quit: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  view: string;
  pages: Record<AppPage, string>;
  toggleTheme: string;
  reload: string;
  zoomIn: string;
  zoomOut: string;
  resetZoom: string;
  toggleFullscreen: string;
  toggleDevTools: string;
  window: string;
  minimize: string;
  zoom: string;
  close: string;
  help: string;
  shortcuts: string;
  about: string;
  services: string;
  hide: string;
  hideOthers: string;
  showAll: string;
}

export const MENU_LABELS: Readonly<Record<Language, MenuLabels>> = {
  en: {
    file: '&File',
    pullDatasets: 'Pull Datasets',
    export: 'Export…',
    lock: 'Lock Workstation',
    quit: 'Quit',
    edit: '&Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: '&View',
    pages: {
      overview: 'Overview',
      datasets: 'Datasets',
      alerts: 'Alerts',
      graph: 'Graph',
      cases: 'Cases',
      reports: 'Reports',
      audit: 'Audit',
      settings: 'Settings',
    },
    toggleTheme: 'Toggle Theme',
    reload: 'Reload',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    resetZoom: 'Actual Size',
    toggleFullscreen: 'Toggle Full Screen',
    toggleDevTools: 'Toggle Developer Tools',
    window: '&Window',
    minimize: 'Minimize',
    zoom: 'Zoom',
    close: 'Close Window',
    help: '&Help',
    shortcuts: 'Keyboard Shortcuts',
    about: 'About Examiner Workstation',
    services: 'Services',
    hide: 'Hide Examiner Workstation',
    hideOthers: 'Hide Others',
    showAll: 'Show All',
  },
  'zh-CN': {
    file: '文件(&F)',
    pullDatasets: '拉取数据集',
    export: '导出…',
    lock: '锁定工作站',
    quit: '退出',
    edit: '编辑(&E)',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    view: '视图(&V)',
    pages: {
      overview: '总览',
      datasets: '数据集',
      alerts: '预警',
      graph: '关联图谱',
      cases: '案件',
      reports: '报告',
      audit: '审计日志',
      settings: '设置',
    },
    toggleTheme: '切换主题',
    reload: '重新加载',
    zoomIn: '放大',
    zoomOut: '缩小',
    resetZoom: '实际大小',
    toggleFullscreen: '切换全屏',
    toggleDevTools: '切换开发者工具',
    window: '窗口(&W)',
    minimize: '最小化',
    zoom: '缩放',
    close: '关闭窗口',
    help: '帮助(&H)',
    shortcuts: '键盘快捷键',
    about: '关于 Examiner Workstation',
    services: '服务',
    hide: '隐藏 Examiner Workstation',
    hideOthers: '隐藏其他',
    showAll: '全部显示',
  },
};
