import { InternalHeader, Select, Tag } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { LANGUAGES } from '../i18n';

export function AppHeader() {
  const { t, i18n } = useTranslation();
  return (
    <InternalHeader>
      <InternalHeader.Title as="span">{t('app.name')}</InternalHeader.Title>
      <nav aria-label={t('nav.main')} className="header-nav">
        <NavLink to="/" end className="header-nav-link">
          {t('nav.home')}
        </NavLink>
        <NavLink to="/innstillinger" className="header-nav-link">
          {t('nav.settings')}
        </NavLink>
      </nav>
      <div className="header-spacer" />
      <div className="header-language">
        <Tag variant="success" size="small" title={t('app.offlineHelp')} data-testid="offline-badge">
          {t('app.offline')}
        </Tag>
      </div>
      <div className="header-language">
        <Select
          label={t('app.language')}
          hideLabel
          size="small"
          value={i18n.language}
          onChange={(event) => void i18n.changeLanguage(event.target.value)}
        >
          {LANGUAGES.map((lang) => (
            <option key={lang.code} value={lang.code}>
              {lang.label}
            </option>
          ))}
        </Select>
      </div>
    </InternalHeader>
  );
}
