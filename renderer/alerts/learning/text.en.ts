import type { Messages } from '../../i18n/messages';

export const learningEn: Messages['learning'] = {
  order: {
    label: 'Queue order',
    model:
      'Ordered by the local risk model: trained on {{positive}} true-positive and {{negative}} false-positive confirmed labels at {{time}}.',
    restored:
      'Ordered by the local risk model: the model kept on this workstation ({{positive}} true positive, {{negative}} false positive, trained at {{time}}).',
    coldStart:
      'Ordered by the sandbox score for now: the risk model needs at least {{min}} labels of each kind confirmed by a second user; there are {{positive}} true positive and {{negative}} false positive.',
    training: 'Training the risk model…',
    failed: 'The risk model failed to train: {{message}}',
    otherSort: 'Sorted by the chosen column.',
    sortByRisk: 'Sort by risk',
    reviewNext: 'Review next',
    reviewNextHint: 'Open the high-risk alert whose label would teach the model most',
    nothingToReview: 'No alert without a disposition under the current filters.',
    opened: 'Opened {{id}}: the model is least sure of it (risk {{risk}}).',
    openedCold: 'Opened {{id}}: the highest score among alerts without a disposition ({{risk}}).',
  },
  detail: {
    title: 'Risk estimate',
    model:
      'The local risk model puts the probability that this alert is a true positive at {{risk}}. What made up the estimate (log-odds; positive raises the risk):',
    coldStart:
      'The risk model is not trained yet (too few confirmed labels): the order uses the alert’s score {{risk}}, explained under “Why it fired”.',
    chart: 'Contributions to the risk estimate',
    table: 'Contributions to the risk estimate (values)',
    item: 'Item',
    value: 'Value',
    contribution: 'Contribution',
    column: {
      typology: 'Typology: {{name}}',
      score: 'Alert score',
      localEvidence: 'Local detection evidence',
      model: 'Raised by: {{name}}',
      feature: 'Feature {{name}}',
    },
  },
};
