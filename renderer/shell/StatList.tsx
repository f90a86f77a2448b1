import { useId } from 'react';

export interface Stat {
  label: string;
  value: string;
  /** A word or phrase rather than a figure: set smaller. */
  textual?: boolean;
}

/** A row of labelled figures. */
export function StatList({ label, stats }: { label: string; stats: Stat[] }) {
  const labelId = useId();
  return (
    <section aria-labelledby={labelId}>
      <h2 id={labelId} className="visually-hidden">
        {label}
      </h2>
      <dl className="stats">
        {stats.map((stat) => (
          <div className="stat" key={stat.label}>
            <dt>{stat.label}</dt>
            <dd className={stat.textual ? 'stat__text' : undefined}>{stat.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
