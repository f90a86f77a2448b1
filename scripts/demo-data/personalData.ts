/**
 * Synthetic personal data of account holders and its masked forms, as the sandbox publishes
 * them (`张*`, `4403**********1234`, `138****5678`). The unmasked values only ever leave the
 * generator as SHA-256 hashes in `identifiers`.
 */
import type { AccountKind } from '../../shared/dictionary/types';
import type { Random } from './random';
import { WeightedPicker } from './weightedPicker';

/** Common surnames in Guangdong, most frequent first, with rough weights. */
const SURNAMES: ReadonlyArray<readonly [string, number]> = [
  ['陈', 12],
  ['李', 8],
  ['黄', 8],
  ['张', 6],
  ['梁', 5],
  ['林', 5],
  ['刘', 5],
  ['吴', 4],
  ['罗', 3.5],
  ['何', 3.5],
  ['郑', 3],
  ['杨', 3],
  ['谢', 3],
  ['周', 2.5],
  ['邓', 2.5],
  ['叶', 2.5],
  ['冯', 2],
  ['钟', 2],
  ['曾', 2],
  ['苏', 1.8],
  ['蔡', 1.8],
  ['潘', 1.6],
  ['许', 1.6],
  ['朱', 1.5],
  ['卢', 1.5],
  ['彭', 1.4],
  ['赖', 1.3],
  ['王', 1.3],
  ['徐', 1.2],
  ['欧阳', 0.4],
  ['司徒', 0.3],
  ['麦', 0.8],
  ['温', 0.8],
  ['庄', 0.7],
  ['方', 0.7],
];
const surnamePicker = new WeightedPicker(SURNAMES.map(([, weight]) => weight));

const MOBILE_PREFIXES = [
  '130',
  '131',
  '132',
  '133',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '153',
  '155',
  '156',
  '157',
  '158',
  '159',
  '166',
  '177',
  '180',
  '181',
  '182',
  '183',
  '185',
  '186',
  '187',
  '188',
  '189',
  '191',
  '199',
];

/** Home prefectures of holders born outside Guangdong (ID numbers' first six digits). */
const MIGRANT_REGIONS = [
  '430102',
  '430521',
  '431002',
  '450304',
  '450902',
  '360702',
  '510104',
  '411302',
  '350203',
];

const INSTITUTION_WORDS = [
  '投资管理',
  '实业投资',
  '资产管理',
  '科技发展',
  '贸易',
  '控股集团',
  '创业投资',
];
const PRODUCT_FORMS = ['私募证券投资基金', '集合资产管理计划', '单一资产管理计划'];

function randomSurname(random: Random): string {
  return SURNAMES[surnamePicker.pick(random)]![0];
}

/** `张*` or `张**`: the surname kept, one star per character of the given name. */
function maskedPersonName(surname: string, random: Random): string {
  return `${surname}${random.chance(0.72) ? '**' : '*'}`;
}

export function maskedInstitutionName(cityShortName: string, random: Random): string {
  return `${cityShortName}**${random.pick(INSTITUTION_WORDS)}有限公司`;
}

export function maskedProductName(random: Random): string {
  return `**${random.pick(['稳健', '成长', '价值', '量化', '精选'])}${random.int(1, 18)}号${random.pick(PRODUCT_FORMS)}`;
}

export function mobileNumber(random: Random): string {
  return `${random.pick(MOBILE_PREFIXES)}${random.digits(8)}`;
}

export function maskedMobile(mobile: string): string {
  return `${mobile.slice(0, 3)}****${mobile.slice(7)}`;
}

/** ISO 7064 MOD 11-2 check character of an 18-character resident ID number (GB 11643). */
function residentIdCheck(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * weights[i]!;
  return '10X98765432'[sum % 11]!;
}

/** A resident ID number: local (the account's city) or a migrant's home prefecture. */
export function residentIdNumber(cityCode: string, random: Random): string {
  const region = random.chance(0.78)
    ? `${cityCode.slice(0, 4)}${String(random.int(2, 30)).padStart(2, '0')}`
    : random.pick(MIGRANT_REGIONS);
  const year = random.int(1948, 2006);
  const birth = `${year}${String(random.int(1, 12)).padStart(2, '0')}${String(random.int(1, 28)).padStart(2, '0')}`;
  const first17 = `${region}${birth}${random.digits(3)}`;
  return `${first17}${residentIdCheck(first17)}`;
}

/** A unified social credit code (GB 32100) shape; its check character is not computed. */
export function creditCode(cityCode: string, random: Random): string {
  return `91${cityCode}${random.digits(9)}${random.pick(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X'])}`;
}

/** `4403**********1234`: the first four and last four characters kept. */
export function maskedIdNumber(idNumber: string): string {
  return `${idNumber.slice(0, 4)}${'*'.repeat(idNumber.length - 8)}${idNumber.slice(-4)}`;
}

/** A UnionPay debit card number (19 digits, Luhn check digit). */
export function bankCardNumber(random: Random): string {
  const body = `${random.pick(['6222', '6217', '6228', '6214', '6226'])}${random.digits(14)}`;
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let digit = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return `${body}${(10 - (sum % 10)) % 10}`;
}

export function holderOf(
  kind: AccountKind,
  cityShortName: string,
  random: Random,
): { holder: string; surname: string | null } {
  if (kind === 'individual') {
    const surname = randomSurname(random);
    return { holder: maskedPersonName(surname, random), surname };
  }
  return {
    holder:
      kind === 'institution'
        ? maskedInstitutionName(cityShortName, random)
        : maskedProductName(random),
    surname: null,
  };
}
