/** A range slider over the ties' first sightings: slide it to watch the ring form. */
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/useFormat';
import { useGraphStore } from './graphStore';

const STEPS = 200;

export function Timeline() {
  const { t } = useTranslation();
  const format = useFormat();
  const edges = useGraphStore((state) => state.view.edges);
  const at = useGraphStore((state) => state.timelineAt);
  const set = useGraphStore((state) => state.set);
  const times = edges.map((edge) => edge.firstSeen).filter((time) => time > 0);
  if (times.length < 2) return null;
  const from = Math.min(...times);
  const to = Math.max(...times);
  if (to <= from) return null;
  const step = Math.round(((at ?? to) - from) / ((to - from) / STEPS));
  const shown = at === null ? edges.length : edges.filter((edge) => edge.firstSeen <= at).length;
  return (
    <div className="graph-timeline">
      <label className="graph-timeline__label" htmlFor="graph-timeline">
        {t('graph.timeline.label')}
      </label>
      <input
        id="graph-timeline"
        type="range"
        min={0}
        max={STEPS}
        value={step}
        aria-valuetext={format.date(at ?? to)}
        onChange={(event) => {
          const value = Number(event.target.value);
          set({ timelineAt: value >= STEPS ? null : from + ((to - from) * value) / STEPS });
        }}
      />
      <span className="graph-timeline__value">
        {t('graph.timeline.value', { date: format.date(at ?? to), shown, total: edges.length })}
      </span>
      <button
        type="button"
        className="button"
        disabled={at === null}
        onClick={() => set({ timelineAt: null })}
      >
        {t('graph.timeline.all')}
      </button>
    </div>
  );
}
