/**
 * Raw values of identifiers (device ids, IP and MAC addresses, postal addresses, e-mail
 * addresses). They exist only to be hashed; named look-alike values use documentation ranges
 * (RFC 5737) so that no real network is implied.
 */
import type { IdentifierKind } from '../../shared/dictionary/types';
import { bankCardNumber, mobileNumber } from './personalData';
import type { Random } from './random';

const HEX = '0123456789abcdef';
const EMAIL_DOMAINS = ['qq.com', '163.com', '126.com', 'sina.com', 'foxmail.com', 'outlook.com'];
const PUBLIC_IP_FIRST_OCTETS = [14, 27, 58, 59, 113, 116, 119, 120, 121, 125, 183, 218];

function hex(random: Random, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += HEX[random.int(0, 15)];
  return text;
}

export function syntheticValue(kind: IdentifierKind, random: Random, cityName = '广州市'): string {
  switch (kind) {
    case 'device':
      return random.chance(0.7) ? `IMEI:86${random.digits(13)}` : `IDFV:${hex(random, 32)}`;
    case 'ip':
      return `${random.pick(PUBLIC_IP_FIRST_OCTETS)}.${random.int(0, 255)}.${random.int(0, 255)}.${random.int(1, 254)}`;
    case 'mac':
      return Array.from({ length: 6 }, () => hex(random, 2)).join(':');
    case 'address':
      return `广东省${cityName}${random.pick(['东', '西', '南', '北', '中'])}区${random.int(1, 400)}路${random.int(1, 200)}号${random.int(1, 30)}栋${random.int(101, 3208)}`;
    case 'email':
      return `${hex(random, random.int(6, 10))}@${random.pick(EMAIL_DOMAINS)}`;
    case 'phone':
      return mobileNumber(random);
    case 'bank_card':
      return bankCardNumber(random);
  }
}
