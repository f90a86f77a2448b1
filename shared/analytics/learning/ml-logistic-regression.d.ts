/**
 * The part of `ml-logistic-regression` (mljs, no bundled types) that the risk model uses: a
 * one-vs-all logistic regression trained by batch gradient ascent on an ml-matrix design matrix.
 */
declare module 'ml-logistic-regression' {
  import type { Matrix } from 'ml-matrix';

  export interface TwoClassClassifier {
    /** 1 × columns: the logit weights of "not this class". */
    weights: Matrix;
    testScores(features: Matrix): number[];
  }

  export default class LogisticRegression {
    constructor(options?: { numSteps?: number; learningRate?: number });
    numberClasses: number;
    /** One classifier per class `i`, trained with target 0 for class `i` and 1 for the others. */
    classifiers: TwoClassClassifier[];
    train(features: Matrix, target: Matrix): void;
    predict(features: Matrix): number[];
  }
}
