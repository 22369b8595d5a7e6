import type { ChartData } from './chart-data';

const th = 'border-b-2 border-solid-gray-420 bg-solid-gray-50 px-3 py-2 text-left text-dns-14B-130 whitespace-nowrap';
const td = 'border-b border-solid-gray-200 px-3 py-1.5 text-right text-dns-14N-130 whitespace-nowrap';

/** The chart's figures as a table: categories down, series across. */
export function ChartTable({ data, caption }: { data: ChartData; caption: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={th}>
              {data.categoryHeader}
            </th>
            {data.series.map((series) => (
              <th key={series.name} scope="col" className={`${th} text-right`}>
                {series.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.categories.map((category, index) => (
            <tr key={`${category}-${index}`}>
              <th scope="row" className="border-b border-solid-gray-200 px-3 py-1.5 text-left text-dns-14N-130">
                {category}
              </th>
              {data.series.map((series) => {
                const value = series.values[index] ?? null;
                return (
                  <td key={series.name} className={td}>
                    {value === null ? '―' : data.format(value)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
