/**
 * Identifier values that several accounts share (a ring's phone, a family's address, a campus
 * NAT address), registered while schemes and look-alikes are planned and written with each
 * account's own identifiers. Values are hashed as `kind:value` with SHA-256, like the sandbox's
 * pseudonymisation.
 */
import { createHash } from 'node:crypto';
import type { IdentifierKind, Timestamp } from '../../shared/dictionary/types';
import type { AccountProfile } from './accounts';
import { maskedMobile } from './personalData';

export function valueHash(kind: IdentifierKind, value: string): string {
  return createHash('sha256').update(`${kind}:${value}`).digest('hex');
}

/** The `EXT:` party of a bank transfer: the card, tokenised so it matches no identifier hash. */
export function bankCardParty(cardNumber: string): string {
  return `EXT:CARD-${valueHash('bank_card', cardNumber).slice(0, 16)}`;
}

export interface ExtraIdentifier {
  kind: IdentifierKind;
  value: string;
  firstSeen: Timestamp;
  lastSeen: Timestamp;
}

export interface SharedIdentifier {
  kind: IdentifierKind;
  valueHash: string;
  accounts: string[];
}

export class IdentifierRegistry {
  private readonly extras = new Map<number, ExtraIdentifier[]>();
  private readonly replaced = new Map<number, Set<IdentifierKind>>();

  /**
   * `members` all carry `value`. Phones and bank cards replace the member's own (an account has
   * one contact phone and one settlement card); `replaceOwn` does the same for other kinds.
   */
  share(
    kind: IdentifierKind,
    value: string,
    members: readonly AccountProfile[],
    firstSeen: Timestamp,
    lastSeen: Timestamp,
    options: { replaceOwn?: boolean } = {},
  ): SharedIdentifier {
    for (const member of members) {
      if (kind === 'phone') {
        member.phone = value;
        member.row.phone_masked = maskedMobile(value);
      } else if (kind === 'bank_card') {
        member.bankCard = value;
      } else {
        const list = this.extras.get(member.index) ?? [];
        list.push({ kind, value, firstSeen, lastSeen });
        this.extras.set(member.index, list);
        if (options.replaceOwn) {
          const kinds = this.replaced.get(member.index) ?? new Set<IdentifierKind>();
          kinds.add(kind);
          this.replaced.set(member.index, kinds);
        }
      }
    }
    return {
      kind,
      valueHash: valueHash(kind, value),
      accounts: members.map((member) => member.row.id),
    };
  }

  extrasOf(account: AccountProfile): readonly ExtraIdentifier[] {
    return this.extras.get(account.index) ?? [];
  }

  replacesOwn(account: AccountProfile, kind: IdentifierKind): boolean {
    return this.replaced.get(account.index)?.has(kind) ?? false;
  }
}
