/** Dispositions an analyst gives an alert; they flow back to the sandbox in feedback packages (spec §4). */
export const DISPOSITIONS = ['true_positive', 'false_positive', 'inconclusive'] as const;
export type Disposition = (typeof DISPOSITIONS)[number];
