import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ShieldCheck } from 'lucide-react';
import { ChooseSourceStep } from './ChooseSourceStep';
import { CreateKeysStep } from './CreateKeysStep';
import './firstRun.css';

type Step = 'keys' | 'source';
const STEPS: readonly Step[] = ['keys', 'source'];

interface FirstRunPageProps {
  /** Key creation begins: the gate must stay up after the keys exist. */
  onStarted: () => void;
  /** The steps are done; `to` is the address (path and query) the user goes on to. */
  onFinished: (to: string) => void;
}

/** A welcome inside the shell: create the workstation's keys, then choose where data comes from. */
export function FirstRunPage({ onStarted, onFinished }: FirstRunPageProps) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>('keys');
  const titleId = useId();
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const stepNumber = STEPS.indexOf(step) + 1;

  // Moving to the next step takes focus with it, so keyboard and screen-reader users follow.
  useEffect(() => {
    if (step !== 'keys') stepHeading.current?.focus();
  }, [step]);

  return (
    <section className="first-run" aria-labelledby={titleId}>
      <header className="first-run__header">
        <ShieldCheck aria-hidden="true" size={28} />
        <div>
          <h2 id={titleId} className="first-run__title">
            {t('firstRun.title')}
          </h2>
          <p className="muted">{t('firstRun.intro')}</p>
        </div>
      </header>
      <ol className="first-run__steps" aria-label={t('firstRun.steps')}>
        {STEPS.map((name, index) => (
          <li
            key={name}
            aria-current={name === step ? 'step' : undefined}
            className="first-run__step"
          >
            <span className="first-run__step-number" aria-hidden="true">
              {index + 1}
            </span>
            {name === 'keys' ? t('firstRun.stepIdentity') : t('firstRun.stepSource')}
          </li>
        ))}
      </ol>
      <div className="first-run__body">
        <h3 ref={stepHeading} tabIndex={-1} className="first-run__step-title">
          <span className="visually-hidden">
            {t('firstRun.stepOf', { step: stepNumber, total: STEPS.length })}{' '}
          </span>
          {step === 'keys' ? t('firstRun.stepIdentity') : t('firstRun.stepSource')}
        </h3>
        {step === 'keys' ? (
          <CreateKeysStep onStarted={onStarted} onCreated={() => setStep('source')} />
        ) : (
          <ChooseSourceStep onFinished={onFinished} />
        )}
      </div>
    </section>
  );
}
