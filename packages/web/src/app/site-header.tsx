import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitch } from './language-switch';

interface SiteHeaderProps {
  municipalityName?: string;
  /** The signed-in user's name, account links and logout; absent on the login page. */
  userArea?: ReactNode;
}

export function SiteHeader({ municipalityName, userArea }: SiteHeaderProps) {
  const { t } = useTranslation();
  return (
    <header className="border-b border-solid-gray-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-4 md:px-8">
        <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
          <Link to="/" className="flex items-center gap-3 text-solid-gray-900 no-underline hover:text-key-1000">
            <img src="/favicon.svg" alt="" className="size-9" />
            <span className="text-std-20B-150">{t('app.name')}</span>
          </Link>
          {municipalityName && (
            <span className="rounded-4 border border-solid-gray-420 px-2 py-1 text-dns-16N-120 text-solid-gray-800">
              {municipalityName}
            </span>
          )}
        </div>
        <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
          {userArea}
          <LanguageSwitch />
        </div>
      </div>
    </header>
  );
}
