import { useEffect, useState } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { hasWorkstationKeys } from '../keys/identities';
import { Loading } from '../shell/Loading';
import { useAppStore } from '../store';
import { sectionElementId } from '../shell/useFocusAfterNavigation';
import { FirstRunPage } from './FirstRunPage';

type Phase =
  | { kind: 'idle' }
  | { kind: 'running' }
  | { kind: 'leaving'; to: string }
  | { kind: 'arrived'; to: string };

/**
 * Shows the first-run steps in place of every page until the workstation has its keys, and
 * keeps them up, once started, through the last step (which comes after the keys exist).
 */
export function FirstRunGate() {
  const hasKeys = useLiveQuery(() => hasWorkstationKeys(), []);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const location = useLocation();
  // The router applies a navigation as a transition, after this component's own updates: the
  // pages return only once the address is the one chosen, or `/` would redirect them elsewhere.
  if (phase.kind === 'leaving' && `${location.pathname}${location.search}` === phase.to)
    setPhase({ kind: 'arrived', to: phase.to });
  useFocusOnArrival(phase);
  const showingSteps =
    hasKeys !== undefined && !(hasKeys && (phase.kind === 'idle' || phase.kind === 'arrived'));
  const setFirstRunShowing = useAppStore((state) => state.setFirstRunShowing);
  useEffect(() => setFirstRunShowing(showingSteps), [showingSteps, setFirstRunShowing]);

  if (hasKeys === undefined) return <Loading />;
  if (!showingSteps) return <Outlet />;
  return (
    <FirstRunPage
      onStarted={() => setPhase({ kind: 'running' })}
      onFinished={(to) => setPhase({ kind: 'leaving', to })}
    />
  );
}

const SECTION_WAIT_MS = 5_000;

/** The steps' last button is gone: focus the section the user was sent to, or the page heading. */
function useFocusOnArrival(phase: Phase): void {
  useEffect(() => {
    if (phase.kind !== 'arrived') return;
    const section = new URLSearchParams(phase.to.split('?')[1] ?? '').get('section');
    if (!section) {
      document.querySelector<HTMLElement>('h1')?.focus();
      return;
    }
    // Pages load on first visit: wait (briefly) for the section to exist before focusing it.
    const started = performance.now();
    let frame = 0;
    const focusWhenThere = () => {
      const target = document.getElementById(sectionElementId(section));
      if (target) target.focus();
      else if (performance.now() - started > SECTION_WAIT_MS)
        document.querySelector<HTMLElement>('h1')?.focus();
      else frame = requestAnimationFrame(focusWhenThere);
    };
    focusWhenThere();
    return () => cancelAnimationFrame(frame);
  }, [phase]);
}
