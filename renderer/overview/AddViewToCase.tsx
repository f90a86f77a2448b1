import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AddToCaseButton } from '../cases/AddToCaseButton';
import { overviewProvenance, useOverviewView } from './evidenceProvenance';

interface AddViewToCaseProps {
  /** What is added, for the button's name and the evidence title. */
  what: string;
  kind: 'map' | 'chart';
  /** Which picture of the Overview, recorded in the provenance. */
  picture: string;
  dataUrl: () => string | null;
}

/** "Add to case" beside a map or chart's PNG export: its PNG goes in with the view's provenance. */
export function AddViewToCase({ what, kind, picture, dataUrl }: AddViewToCaseProps) {
  const { t } = useTranslation();
  const view = useOverviewView();
  const [message, setMessage] = useState<string | null>(null);
  if (!view) return null;
  return (
    <>
      <AddToCaseButton
        small
        ariaLabel={t('overview.export.addToCase', { what })}
        produceEvidence={() => {
          const image = dataUrl();
          if (!image) throw new Error(t('overview.export.notDrawn'));
          return {
            kind,
            title: `${what} · ${view.region.name} · ${view.period.from}—${view.period.to}`,
            image,
            provenance: overviewProvenance(view, picture),
          };
        }}
        onAdded={() => setMessage(t('overview.export.added'))}
      />
      <span className="overview-card__message" role="status">
        {message}
      </span>
    </>
  );
}
