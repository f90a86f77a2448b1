import { useId, type ReactNode } from 'react';
import type { LucideIcon } from 'lucide-react';

interface CardProps {
  title: string;
  icon?: LucideIcon;
  /** Id for the heading, making it a focus target for links that name this section. */
  headingId?: string;
  /** Without padding, for a table that runs edge to edge. */
  flush?: boolean;
  footer?: ReactNode;
  children: ReactNode;
}

/** A titled section of a page; its h2 names the region. */
export function Card({ title, icon: Icon, headingId, flush = false, footer, children }: CardProps) {
  const generatedId = useId();
  const titleId = headingId ?? generatedId;
  return (
    <section className="card" aria-labelledby={titleId}>
      <header className="card__header">
        {Icon && <Icon aria-hidden="true" />}
        <h2 id={titleId} tabIndex={headingId ? -1 : undefined}>
          {title}
        </h2>
      </header>
      <div className={flush ? 'card__body card__body--flush' : 'card__body'}>{children}</div>
      {footer && <footer className="card__footer">{footer}</footer>}
    </section>
  );
}
