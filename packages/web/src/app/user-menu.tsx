import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Button } from '../components/button';
import { useLogout } from '../features/auth/api/use-logout';
import { useSession } from '../features/auth/api/use-session';
import { useRoleLabel } from '../features/auth/roles';

export function UserMenu() {
  const { t } = useTranslation();
  const { user } = useSession();
  const roleLabel = useRoleLabel();
  const logout = useLogout();
  const navigate = useNavigate();

  return (
    <>
      <p className="flex flex-col text-right">
        <span className="text-std-16B-170">{t('header.userName', { name: user.displayName })}</span>
        <span className="text-dns-14N-130 text-solid-gray-700">{user.roles.map(roleLabel).join('・')}</span>
      </p>
      <Link to="/account/password" className="text-dns-16N-130">
        {t('header.changePassword')}
      </Link>
      <Button
        variant="secondary"
        size="sm"
        onClick={() => logout.mutate(undefined, { onSettled: () => void navigate('/login', { replace: true }) })}
      >
        {t('header.logout')}
      </Button>
    </>
  );
}
