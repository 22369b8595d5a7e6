import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { focusPageHeading } from '../components/page-header';
import { useSession } from '../features/auth/api/use-session';
import { GlobalNav } from './global-nav';
import { SiteHeader } from './site-header';
import { MAIN_ID, SkipLink } from './skip-link';
import { UserMenu } from './user-menu';

/** After a client-side navigation, focus goes to the new page's h1, as a full page load would reset it. */
function useFocusHeadingOnNavigate() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    focusPageHeading();
  }, [pathname]);
}

function Main({ children }: { children: ReactNode }) {
  return (
    <main id={MAIN_ID} tabIndex={-1} className="mx-auto w-full max-w-7xl flex-1 px-4 py-8 outline-none md:px-8 md:py-10">
      {children}
    </main>
  );
}

function Footer() {
  const { t } = useTranslation();
  return (
    <footer className="border-t border-solid-gray-200 bg-solid-gray-50">
      <p className="mx-auto max-w-7xl px-4 py-6 text-dns-14N-130 text-solid-gray-700 md:px-8">{t('app.footer')}</p>
    </footer>
  );
}

export function AppShell() {
  const { municipality } = useSession();
  useFocusHeadingOnNavigate();
  return (
    <div className="flex min-h-screen flex-col">
      <SkipLink />
      <SiteHeader municipalityName={municipality.name} userArea={<UserMenu />} />
      <GlobalNav />
      <Main>
        <Outlet />
      </Main>
      <Footer />
    </div>
  );
}

export function PublicLayout() {
  return (
    <div className="flex min-h-screen flex-col">
      <SkipLink />
      <SiteHeader />
      <Main>
        <Outlet />
      </Main>
      <Footer />
    </div>
  );
}
