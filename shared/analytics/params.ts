/**
 * Detector thresholds: each detector documents its defaults; the sandbox's `rules` row of the
 * same typology overrides any of them by name (`params`), so an examiner can cite the threshold
 * the alert was measured against.
 */
import type { DetectionRule, JsonValue, Typology } from '../dictionary/types';

export type ParamValue = number | boolean | string | readonly string[];
export type Params = Record<string, ParamValue>;

export interface ResolvedParams<P extends Params> {
  values: P;
  /** The rule whose params were applied, when the sandbox has one for the typology. */
  rule: DetectionRule | null;
  /** Names taken from the rule rather than the defaults. */
  fromRule: string[];
}

function sameShape(fallback: ParamValue, value: JsonValue): boolean {
  if (Array.isArray(fallback))
    return Array.isArray(value) && value.every((v) => typeof v === 'string');
  return typeof value === typeof fallback;
}

export function resolveParams<P extends Params>(
  rules: readonly DetectionRule[],
  typology: Typology,
  defaults: P,
): ResolvedParams<P> {
  const rule = rules.find((candidate) => candidate.typology === typology) ?? null;
  const values: Params = { ...defaults };
  const fromRule: string[] = [];
  if (rule) {
    for (const [name, fallback] of Object.entries(defaults)) {
      const value = rule.params[name];
      if (value === undefined || value === null || !sameShape(fallback, value)) continue;
      values[name] = value as ParamValue;
      fromRule.push(name);
    }
  }
  return { values: values as P, rule, fromRule };
}
