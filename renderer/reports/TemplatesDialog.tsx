import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ArrowDown, ArrowUp, Trash2 } from 'lucide-react';
import type { ReportLanguage } from '../../shared/reports/documentModel';
import type { ReportTemplate, TemplateSection } from '../../shared/reports/templates';
import { copyTemplate } from '../../shared/reports/templates';
import { ModalDialog } from '../shell/ModalDialog';
import { allTemplates, deleteUserTemplate, saveUserTemplate } from './reportTemplates';

const LANGUAGES: ReportLanguage[] = ['zh-CN', 'en'];

function newId(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** The templates reports are drafted from: copy a built-in one, then rename, reorder, retitle, drop or add sections. */
export function TemplatesDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const ui: ReportLanguage = i18n.language === 'en' ? 'en' : 'zh-CN';
  const templates = useLiveQuery(() => allTemplates(), []);
  const [editing, setEditing] = useState<ReportTemplate | null>(null);
  const [error, setError] = useState<string | null>(null);

  const copy = async (template: ReportTemplate) => {
    const suffix = { 'zh-CN': '（副本）', en: ' (copy)' };
    const next = copyTemplate(template, newId('user'), {
      'zh-CN': template.name['zh-CN'] + suffix['zh-CN'],
      en: template.name.en + suffix.en,
    });
    await saveUserTemplate(next);
    setEditing(next);
  };
  const save = async () => {
    if (!editing) return;
    setError(null);
    try {
      await saveUserTemplate(editing);
      setEditing(null);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };
  const setSections = (sections: TemplateSection[]) =>
    editing && setEditing({ ...editing, sections });
  const move = (index: number, by: number) => {
    if (!editing) return;
    const sections = [...editing.sections];
    const [item] = sections.splice(index, 1);
    sections.splice(index + by, 0, item!);
    setSections(sections);
  };

  return (
    <ModalDialog open={open} title={t('reports.templates.title')} onClose={onClose}>
      {editing ? (
        <div className="report-form template-editor">
          <div className="report-form__row">
            {LANGUAGES.map((lang) => (
              <label key={lang} className="report-field">
                <span>{t('reports.templates.name', { language: lang })}</span>
                <input
                  type="text"
                  value={editing.name[lang]}
                  onChange={(e) =>
                    setEditing({ ...editing, name: { ...editing.name, [lang]: e.target.value } })
                  }
                />
              </label>
            ))}
          </div>
          <ol className="template-sections">
            {editing.sections.map((section, index) => (
              <li key={section.id}>
                <div className="report-form__row">
                  {LANGUAGES.map((lang) => (
                    <label key={lang} className="report-field">
                      <span>{t('reports.templates.sectionTitle', { language: lang })}</span>
                      <input
                        type="text"
                        value={section.title[lang]}
                        onChange={(e) =>
                          setSections(
                            editing.sections.map((s, i) =>
                              i === index
                                ? { ...s, title: { ...s.title, [lang]: e.target.value } }
                                : s,
                            ),
                          )
                        }
                      />
                    </label>
                  ))}
                  <span className="muted template-sections__generator">
                    {t(`reports.templates.generators.${section.generator}`)}
                  </span>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('reports.templates.up')}
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                  >
                    <ArrowUp aria-hidden="true" />
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('reports.templates.down')}
                    disabled={index === editing.sections.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    <ArrowDown aria-hidden="true" />
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('reports.templates.remove')}
                    onClick={() => setSections(editing.sections.filter((_, i) => i !== index))}
                  >
                    <Trash2 aria-hidden="true" />
                  </button>
                </div>
                {section.generator === 'text' && (
                  <label className="report-field">
                    <span>{t('reports.templates.lead', { language: ui })}</span>
                    <textarea
                      rows={3}
                      value={section.lead[ui]}
                      onChange={(e) =>
                        setSections(
                          editing.sections.map((s, i) =>
                            i === index ? { ...s, lead: { ...s.lead, [ui]: e.target.value } } : s,
                          ),
                        )
                      }
                    />
                  </label>
                )}
              </li>
            ))}
          </ol>
          <button
            type="button"
            className="button"
            onClick={() =>
              setSections([
                ...editing.sections,
                {
                  id: newId('text'),
                  generator: 'text',
                  title: { 'zh-CN': '补充说明', en: 'Further remarks' },
                  lead: { 'zh-CN': '', en: '' },
                },
              ])
            }
          >
            {t('reports.templates.addText')}
          </button>
          {error && (
            <p className="error-text" role="alert">
              {error}
            </p>
          )}
          <div className="report-form__actions">
            <button type="button" className="button" onClick={() => setEditing(null)}>
              {t('reports.templates.back')}
            </button>
            <button type="button" className="button button--primary" onClick={() => void save()}>
              {t('reports.templates.save')}
            </button>
          </div>
        </div>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('reports.templates.nameColumn')}</th>
              <th scope="col">{t('reports.templates.sections')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('reports.templates.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {(templates ?? []).map((template) => (
              <tr key={template.id}>
                <td>
                  {template.name[ui]}
                  {template.builtIn && (
                    <span className="badge">{t('reports.templates.builtIn')}</span>
                  )}
                </td>
                <td>{template.sections.length}</td>
                <td className="nowrap">
                  <button type="button" className="button" onClick={() => void copy(template)}>
                    {t('reports.templates.copy')}
                  </button>
                  {!template.builtIn && (
                    <>
                      <button type="button" className="button" onClick={() => setEditing(template)}>
                        {t('reports.templates.edit')}
                      </button>
                      <button
                        type="button"
                        className="button"
                        onClick={() => void deleteUserTemplate(template.id)}
                      >
                        {t('reports.templates.delete')}
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </ModalDialog>
  );
}
