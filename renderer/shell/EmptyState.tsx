import type { ReactNode } from 'react';
import type { LucideIcon } from 'lucide-react';

interface EmptyStateProps {
  icon: LucideIcon;
  title: string;
  /** h2 on its own, h3 inside a card whose title is the h2. */
  headingLevel?: 2 | 3;
  children?: ReactNode;
  actions?: ReactNode;
}

/** What a page or card shows when the database holds nothing for it yet. */
export function EmptyState({
  icon: Icon,
  title,
  headingLevel = 2,
  children,
  actions,
}: EmptyStateProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="empty-state">
      <div className="empty-state__icon">
        <Icon aria-hidden="true" size={20} />
      </div>
      <Heading className="empty-state__title">{title}</Heading>
      {children && <div className="empty-state__body">{children}</div>}
      {actions && <div className="empty-state__actions">{actions}</div>}
    </div>
  );
}
