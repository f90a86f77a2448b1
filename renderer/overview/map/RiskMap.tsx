/**
 * The risk map: deck.gl over the jurisdiction's own outlines, no basemap tiles (the workstation
 * is offline). Drag to pan, wheel or the buttons to zoom, arrow keys when focused; the view fits
 * the focused region. `data-view-state` and `data-drawn` let tests find regions and wait for the
 * frame that shows the current figures.
 */
import type React from 'react';
import { forwardRef, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Maximize, Minus, Plus } from 'lucide-react';
import DeckGL from '@deck.gl/react';
import type { DeckGLRef } from '@deck.gl/react';
import type { MapViewState } from '@deck.gl/core';
import { MapView, WebMercatorViewport } from '@deck.gl/core';
import type { MapMetric, PeriodSummary } from '../../../shared/analytics/overview/aggregate';
import { boundsOf } from '../../../shared/analytics/overview/simplify';
import type { Theme } from '../../styles/theme';
import type { OverviewBase } from '../protocol';
import type { HeatSource, MapPick } from './mapLayers';
import { mapLayers, shownGeometry } from './mapLayers';
import { MAP_PALETTES } from './palette';

const VIEW = new MapView({ id: 'map', repeat: false });
const FONT_FAMILY = '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif';

export interface RiskMapHandle {
  /** The drawn map on the page's surface colour, as a PNG data URL. */
  toDataUrl(background: string): string | null;
}

interface RiskMapProps {
  base: OverviewBase;
  summary: PeriodSummary;
  metric: MapMetric;
  breaks: number[];
  focus: string;
  shown: ReadonlySet<string>;
  heat: HeatSource;
  theme: Theme;
  label: string;
  tooltip: (pick: MapPick) => string | null;
  onSelect: (code: string) => void;
}

function fitView(
  base: OverviewBase,
  codes: ReadonlySet<string>,
  width: number,
  height: number,
): MapViewState {
  const bounds = boundsOf(
    base.outlines.filter((entry) => codes.has(entry.code)).map((entry) => entry.outline),
  );
  if (!bounds || width < 10 || height < 10) return { longitude: 113.3, latitude: 23, zoom: 5.5 };
  const { longitude, latitude, zoom } = new WebMercatorViewport({ width, height }).fitBounds(
    bounds,
    { padding: Math.min(24, width / 8, height / 8) },
  );
  return { longitude, latitude, zoom };
}

export const RiskMap = forwardRef<RiskMapHandle, RiskMapProps>(function RiskMap(props, ref) {
  const { base, summary, metric, breaks, focus, shown, heat, theme } = props;
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const deck = useRef<DeckGLRef>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  // The user's pan and zoom hold until the focus or the map's size changes the home view.
  const [moved, setMoved] = useState<{ home: MapViewState; view: MapViewState } | null>(null);
  const pressedAt = useRef<{ x: number; y: number } | null>(null);
  const [drawn, setDrawn] = useState('');
  const geometry = useMemo(() => shownGeometry(base, shown), [base, shown]);
  const revision = `${summary.period.from}-${summary.period.to}|${metric}|${focus}|${heat}|${theme}|${breaks.join(',')}`;

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      setSize({
        width: Math.round(entry.contentRect.width),
        height: Math.round(entry.contentRect.height),
      });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const home = useMemo(
    () => fitView(base, shown, size.width, size.height),
    [base, shown, size.width, size.height],
  );

  // deck.gl's own focusable element takes the arrow keys: it needs the map's name too.
  useEffect(() => {
    container.current?.querySelector('.deck-events-root')?.setAttribute('aria-label', props.label);
  });

  useImperativeHandle(ref, () => ({
    toDataUrl(background) {
      const canvas = deck.current?.deck?.getCanvas();
      if (!canvas) return null;
      deck.current?.deck?.redraw('export');
      const copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      const context = copy.getContext('2d');
      if (!context) return null;
      context.fillStyle = background;
      context.fillRect(0, 0, copy.width, copy.height);
      context.drawImage(canvas, 0, 0);
      return copy.toDataURL('image/png');
    },
  }));

  const layers = useMemo(
    () =>
      mapLayers({
        polygons: geometry.polygons,
        labels: geometry.labels,
        summary,
        metric,
        breaks,
        focus,
        heat,
        palette: MAP_PALETTES[theme],
        fontFamily: FONT_FAMILY,
        revision,
      }),
    [geometry, summary, metric, breaks, focus, heat, theme, revision],
  );

  const current = moved?.home === home ? moved.view : home;
  const zoomBy = (step: number) =>
    setMoved({ home, view: { ...current, zoom: current.zoom + step } });

  /**
   * A click (not the end of a drag) selects the region under it; a branch dot selects its
   * region. Picked here from the DOM click: deck.gl's own tap recogniser missed synthetic clicks.
   */
  const select = (event: React.MouseEvent<HTMLDivElement>) => {
    const start = pressedAt.current;
    if (!start || Math.hypot(event.clientX - start.x, event.clientY - start.y) > 4) return;
    const box = event.currentTarget.getBoundingClientRect();
    const pick = deck.current?.pickObject({
      x: event.clientX - box.left,
      y: event.clientY - box.top,
      radius: 2,
      layerIds: ['regions', 'branches'],
    });
    const object = pick?.object as { code?: string; region?: string } | undefined;
    if (pick?.layer?.id === 'regions' && object?.code) props.onSelect(object.code);
    else if (pick?.layer?.id === 'branches' && object?.region) props.onSelect(object.region);
  };

  return (
    <div className="risk-map">
      <div
        ref={container}
        className="risk-map__canvas"
        role="application"
        aria-label={props.label}
        aria-roledescription={t('overview.map.roleDescription')}
        data-view-state={JSON.stringify({ ...current, width: size.width, height: size.height })}
        data-revision={revision}
        data-drawn={drawn}
        onPointerDown={(event) => {
          pressedAt.current = { x: event.clientX, y: event.clientY };
        }}
        onClick={select}
      >
        {size.width > 0 && (
          <DeckGL
            ref={deck}
            views={VIEW}
            viewState={current}
            onViewStateChange={({ viewState: next }) =>
              setMoved({ home, view: next as MapViewState })
            }
            controller={{ doubleClickZoom: false, keyboard: true }}
            layers={layers}
            getTooltip={(pick) => {
              const text = props.tooltip(pick as MapPick);
              return text ? { text, className: 'risk-map__tooltip' } : null;
            }}
            onAfterRender={() => {
              if (drawn !== revision) setDrawn(revision);
            }}
            width={size.width}
            height={size.height}
          />
        )}
      </div>
      <div className="risk-map__controls" role="group" aria-label={t('overview.map.viewControls')}>
        <button
          type="button"
          className="icon-button"
          onClick={() => zoomBy(0.5)}
          aria-label={t('overview.map.zoomIn')}
          title={t('overview.map.zoomIn')}
        >
          <Plus aria-hidden="true" size={16} />
        </button>
        <button
          type="button"
          className="icon-button"
          onClick={() => zoomBy(-0.5)}
          aria-label={t('overview.map.zoomOut')}
          title={t('overview.map.zoomOut')}
        >
          <Minus aria-hidden="true" size={16} />
        </button>
        <button
          type="button"
          className="icon-button"
          onClick={() => setMoved(null)}
          aria-label={t('overview.map.reset')}
          title={t('overview.map.reset')}
        >
          <Maximize aria-hidden="true" size={16} />
        </button>
      </div>
    </div>
  );
});
