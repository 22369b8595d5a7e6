import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useSession } from '../features/auth/api/use-session';
import { hasRole } from '../features/auth/roles';
import { InboxNavLabel } from '../features/inbox/components/inbox-nav-label';

const itemClass = ({ isActive }: { isActive: boolean }) =>
  `block border-b-4 px-4 py-3 text-oln-16N-100 no-underline hover:bg-key-50 hover:text-key-1000 hover:underline ${
    isActive ? 'border-key-900 font-bold text-key-900' : 'border-transparent text-solid-gray-800'
  }`;

/** NavLink sets aria-current="page" on the active item. */
export function GlobalNav() {
  const { t } = useTranslation();
  const { user } = useSession();
  const items = [
    { to: '/', label: t('nav.home'), end: true },
    { to: '/outlines', label: t('nav.outlines'), end: false },
    { to: '/inbox', label: <InboxNavLabel />, end: false },
    ...(hasRole(user, 'secretariat')
      ? [
          { to: '/admin/organisation', label: t('nav.organisation'), end: false },
          { to: '/admin/users', label: t('nav.users'), end: false },
          { to: '/admin/audit-log', label: t('nav.auditLog'), end: false },
          { to: '/admin/settings', label: t('nav.settings'), end: false },
        ]
      : []),
  ];

  return (
    <nav aria-label={t('nav.label')} className="border-b border-solid-gray-200 bg-white">
      <ul className="mx-auto flex max-w-7xl flex-wrap px-2 md:px-6">
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.end} className={itemClass}>
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
