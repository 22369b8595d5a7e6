import { useTranslation } from 'react-i18next';
import { Panel } from '../../../components/panel';

/** Documents the secretariat used to re-type by hand: the booklet for the council and the lists for Excel users. */
export function OutlineDownloads({ outlineId }: { outlineId: string }) {
  const { t } = useTranslation();
  const base = `/api/outlines/${outlineId}`;
  const links = [
    { href: `${base}/booklet.pdf`, label: t('outlines.links.booklet') },
    { href: `${base}/plans.xlsx`, label: t('outlines.links.excel') },
    { href: `${base}/plans.csv?table=plans`, label: t('outlines.links.csvPlans') },
    { href: `${base}/plans.csv?table=targets`, label: t('outlines.links.csvTargets') },
  ];
  return (
    <Panel title={t('outlines.links.downloads')}>
      <ul className="flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:gap-x-8">
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href} download>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </Panel>
  );
}
