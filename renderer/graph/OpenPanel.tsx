/** Where to start: a dataset, then an alert, account or identifier typed in, or a community. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Search, Users } from 'lucide-react';
import type { DatasetCommunity } from '../../shared/graph/datasetCommunities';
import type { DatasetRecord } from '../db/records';
import { useFormat } from '../i18n/useFormat';
import { graphClient } from './graphClient';
import { openDataset, openFrom } from './graphActions';
import { useGraphStore } from './graphStore';

export function OpenPanel({ datasets }: { datasets: DatasetRecord[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const dataset = useGraphStore((state) => state.dataset);
  const generation = useGraphStore((state) => state.generation);
  const filter = useGraphStore((state) => state.filter);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [communities, setCommunities] = useState<DatasetCommunity[] | null>(null);

  async function search(event: FormEvent) {
    event.preventDefault();
    const value = text.trim();
    if (value === '') {
      setProblem(t('graph.open.empty'));
      return;
    }
    const { found } = await openFrom(
      { by: 'search', text: value },
      t('graph.open.from.search', { value }),
    );
    setProblem(found ? null : t('graph.open.notFound.search', { value, dataset: dataset ?? '' }));
  }

  async function loadCommunities(open: boolean) {
    if (!open || !generation) return;
    setCommunities(null);
    setCommunities(await graphClient().call('communities', { generation, filter }));
  }

  return (
    <section className="card graph-open" aria-labelledby="graph-open-title">
      <header className="card__header">
        <Search aria-hidden="true" size={16} />
        <h2 id="graph-open-title">{t('graph.open.title')}</h2>
      </header>
      <div className="card__body graph-open__body">
        {datasets.length > 1 && (
          <label className="graph-field">
            {t('graph.open.dataset')}
            <select
              value={dataset ?? ''}
              onChange={(event) => {
                const chosen = datasets.find((candidate) => candidate.id === event.target.value);
                if (chosen) void openDataset(chosen.id, chosen.generation);
              }}
            >
              {datasets.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.title} ({candidate.id})
                </option>
              ))}
            </select>
          </label>
        )}
        <form className="graph-open__search" onSubmit={(event) => void search(event)}>
          <label className="graph-field graph-field--grow">
            {t('graph.open.searchLabel')}
            <input
              type="text"
              value={text}
              placeholder={t('graph.open.searchPlaceholder')}
              aria-invalid={problem !== null}
              aria-describedby={problem ? 'graph-open-problem' : undefined}
              onChange={(event) => setText(event.target.value)}
            />
          </label>
          <button type="submit" className="button button--primary" disabled={!generation}>
            {t('graph.open.submit')}
          </button>
        </form>
        {problem && (
          <p id="graph-open-problem" className="error-text" role="alert">
            {problem}
          </p>
        )}
        <details
          className="graph-communities"
          onToggle={(event) => void loadCommunities(event.currentTarget.open)}
        >
          <summary>
            <Users aria-hidden="true" size={14} /> {t('graph.communities.title')}
          </summary>
          {communities === null ? (
            <p className="muted">{t('graph.communities.computing')}</p>
          ) : communities.length === 0 ? (
            <p className="muted">{t('graph.communities.none')}</p>
          ) : (
            <table className="table">
              <caption className="visually-hidden">{t('graph.communities.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('graph.communities.number')}</th>
                  <th scope="col" className="numeric">
                    {t('graph.communities.accounts')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('graph.communities.alerted')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('graph.communities.weight')}
                  </th>
                  <th scope="col">{t('graph.communities.members')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('graph.communities.open')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {communities.slice(0, 30).map((community) => (
                  <tr key={community.number}>
                    <td>{community.number}</td>
                    <td className="numeric">{format.number(community.accounts.length)}</td>
                    <td className="numeric">{format.number(community.alertedAccounts)}</td>
                    <td className="numeric">{community.weight.toFixed(1)}</td>
                    <td className="mono graph-communities__members">
                      {community.accounts.slice(0, 6).join(' ')}
                      {community.accounts.length > 6 ? ' …' : ''}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button"
                        onClick={() =>
                          void openFrom(
                            { by: 'community', number: community.number, filter },
                            t('graph.open.from.community', { value: community.number }),
                          )
                        }
                      >
                        {t('graph.communities.open')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </details>
      </div>
    </section>
  );
}
