/** The sandbox's detection models, as alerts name them (model family, then release). */
export const GBDT_MODEL = 'sandbox-gbdt-2026.3';
/** Related-account clusters (account control, matched orders). */
export const GRAPH_MODEL = 'sandbox-graph-2026.3';
/** Order-event sequences (spoofing, layering). */
export const SEQUENCE_MODEL = 'sandbox-seq-2026.3';
