import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Briefcase, Plus } from 'lucide-react';
import { useFormat } from '../i18n/useFormat';
import { Card } from '../shell/Card';
import { EmptyState } from '../shell/EmptyState';
import { Loading } from '../shell/Loading';
import { PageIntro } from '../shell/PageIntro';
import { useUserNames } from '../users/useUsers';
import { CaseDetailView } from './CaseDetailView';
import { createCase } from './caseStore';
import { useCaseDetail, useEvidenceCounts } from './useCaseDetail';
import { useCases } from './useCases';
import './cases.css';

export function CasesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const userName = useUserNames();
  const cases = useCases();
  const evidenceCounts = useEvidenceCounts();
  const [params, setParams] = useSearchParams();
  const selected = params.get('case');
  const detail = useCaseDetail(selected);
  const ids = { title: useId(), description: useId() };
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const report = (error: unknown) => setProblem(error instanceof Error ? error.message : String(error));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '') {
      setProblem(t('cases.add.titleNeeded'));
      return;
    }
    try {
      const record = await createCase({ title, description: description.trim() || undefined });
      setTitle('');
      setDescription('');
      setProblem(null);
      setParams({ case: record.id });
    } catch (error) {
      report(error);
    }
  };

  if (!cases) return <Loading />;
  return (
    <>
      <PageIntro page="cases" />
      <Card title={t('cases.create.title')} icon={Plus}>
        <form className="case-create" onSubmit={(event) => void submit(event)}>
          <div className="form-field">
            <label className="form-field__label" htmlFor={ids.title}>
              {t('cases.create.name')}
            </label>
            <input id={ids.title} className="form-field__input" value={title} onChange={(event) => setTitle(event.target.value)} />
          </div>
          <div className="form-field case-create__description">
            <label className="form-field__label" htmlFor={ids.description}>
              {t('cases.create.description')}
            </label>
            <input id={ids.description} className="form-field__input" value={description} onChange={(event) => setDescription(event.target.value)} />
          </div>
          <button type="submit" className="button button--primary">
            {t('cases.create.submit')}
          </button>
        </form>
        {problem && (
          <p className="error-text" role="alert">
            {problem}
          </p>
        )}
      </Card>
      {cases.length === 0 ? (
        <div className="card">
          <EmptyState icon={Briefcase} title={t('cases.emptyTitle')}>
            <p>{t('cases.emptyBody')}</p>
          </EmptyState>
        </div>
      ) : (
        <Card title={t('cases.listTitle')} icon={Briefcase} flush footer={t('cases.total', { count: cases.length })}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('cases.columns.title')}</th>
                <th scope="col">{t('cases.columns.status')}</th>
                <th scope="col">{t('cases.columns.owner')}</th>
                <th scope="col" className="numeric">{t('cases.columns.alerts')}</th>
                <th scope="col" className="numeric">{t('cases.columns.evidence')}</th>
                <th scope="col">{t('cases.columns.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {cases.map((record) => (
                <tr key={record.id} aria-current={record.id === selected ? 'true' : undefined} className={record.id === selected ? 'case-row--current' : undefined}>
                  <td>
                    <button type="button" className="link-button" onClick={() => setParams({ case: record.id })}>
                      {record.title}
                    </button>
                  </td>
                  <td>{t(`cases.status.${record.status}`)}</td>
                  <td>{userName(record.owner)}</td>
                  <td className="numeric">{format.number(record.alertIds.length)}</td>
                  <td className="numeric">{format.number(evidenceCounts?.get(record.id) ?? 0)}</td>
                  <td>{format.dateTime(record.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
      {selected !== null && detail && (
        <div className="card card__body">
          <CaseDetailView detail={detail} onProblem={report} />
        </div>
      )}
    </>
  );
}
