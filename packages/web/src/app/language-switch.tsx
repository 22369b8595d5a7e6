import { useTranslation } from 'react-i18next';
import { buttonClass } from '../components/button';
import { changeLanguage } from '../i18n';

/** Offers the other language, written in that language so its readers recognise it. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const target = i18n.language === 'en' ? 'ja' : 'en';
  return (
    <button
      type="button"
      className={buttonClass('tertiary', 'sm')}
      lang={target}
      onClick={() => changeLanguage(target)}
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 fill-none stroke-current stroke-2">
        <circle cx="12" cy="12" r="9" />
        <path d="M3 12h18M12 3c2.5 2.5 3.5 5.5 3.5 9s-1 6.5-3.5 9c-2.5-2.5-3.5-5.5-3.5-9s1-6.5 3.5-9z" />
      </svg>
      {t('header.languageName', { lng: target })}
    </button>
  );
}
