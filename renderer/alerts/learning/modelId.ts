/** The workstation keeps one risk model, under this id in `riskModels`. */
export const RISK_MODEL_ID = 'local';
