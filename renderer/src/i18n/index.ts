import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import nb from './locales/nb.json';
import nn from './locales/nn.json';
import followupEn from './locales/followup/en.json';
import followupNb from './locales/followup/nb.json';
import followupNn from './locales/followup/nn.json';
import decisionsEn from './locales/decisions/en.json';
import decisionsNb from './locales/decisions/nb.json';
import decisionsNn from './locales/decisions/nn.json';
import chatEn from './locales/chat/en.json';
import chatNb from './locales/chat/nb.json';
import chatNn from './locales/chat/nn.json';
import privacyEn from './locales/privacy/en.json';
import privacyNb from './locales/privacy/nb.json';
import privacyNn from './locales/privacy/nn.json';

export const LANGUAGES = [
  { code: 'nb', label: 'Bokmål' },
  { code: 'nn', label: 'Nynorsk' },
  { code: 'en', label: 'English' },
] as const;
export type LanguageCode = (typeof LANGUAGES)[number]['code'];

type Bundle = { [key: string]: string | Bundle };

/**
 * Strings of one feature in their own files (locales/<feature>/{nb,nn,en}.json), so features do
 * not all edit the big shared files. Add a feature with one line here; keys merge deeply.
 */
const FEATURE_LOCALES: Record<LanguageCode, Bundle>[] = [
  { nb: followupNb, nn: followupNn, en: followupEn },
  { nb: decisionsNb, nn: decisionsNn, en: decisionsEn },
  { nb: chatNb, nn: chatNn, en: chatEn },
  { nb: privacyNb, nn: privacyNn, en: privacyEn },
];

function withFeatures(language: LanguageCode, base: Bundle): Bundle {
  const merge = (into: Bundle, from: Bundle): Bundle => {
    const out: Bundle = { ...into };
    for (const [key, value] of Object.entries(from)) {
      const current = out[key];
      out[key] = typeof value === 'object' && typeof current === 'object' ? merge(current, value) : value;
    }
    return out;
  };
  return FEATURE_LOCALES.reduce((acc, feature) => merge(acc, feature[language]), base);
}

void i18n.use(initReactI18next).init({
  resources: {
    nb: { translation: withFeatures('nb', nb) },
    nn: { translation: withFeatures('nn', nn) },
    en: { translation: withFeatures('en', en) },
  },
  lng: 'nb',
  fallbackLng: 'nb',
  interpolation: { escapeValue: false },
  returnNull: false,
});

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

export default i18n;
