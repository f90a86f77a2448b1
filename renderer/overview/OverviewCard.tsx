import { useId, type ReactNode } from 'react';
import type { LucideIcon } from 'lucide-react';

interface OverviewCardProps {
  title: string;
  icon?: LucideIcon;
  actions?: ReactNode;
  className?: string;
  children: ReactNode;
}

/** A card of the Overview: the shell's card look, with room for actions (export) in its header. */
export function OverviewCard({
  title,
  icon: Icon,
  actions,
  className,
  children,
}: OverviewCardProps) {
  const titleId = useId();
  return (
    <section className={`card overview-card ${className ?? ''}`} aria-labelledby={titleId}>
      <header className="card__header overview-card__header">
        {Icon && <Icon aria-hidden="true" />}
        <h2 id={titleId}>{title}</h2>
        {actions && <div className="overview-card__actions">{actions}</div>}
      </header>
      <div className="card__body overview-card__body">{children}</div>
    </section>
  );
}
