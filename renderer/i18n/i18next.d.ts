import 'i18next';
import type { zhCN } from './zh-CN';

// Checks every `t('…')` key against the Chinese resource, and that its `{{values}}` are passed.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
    strictInterpolationChecks: true;
  }
}
