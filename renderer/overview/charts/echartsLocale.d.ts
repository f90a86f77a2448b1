// echarts ships its locale objects without types.
declare module 'echarts/i18n/langZH-obj.js' {
  import type { registerLocale } from 'echarts/core';
  const locale: Parameters<typeof registerLocale>[1];
  export default locale;
}
