import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from 'react';

interface TableProps {
  caption: string;
  /** Hide the caption visually where a heading right above already says the same. */
  captionHidden?: boolean;
  children: ReactNode;
}

export function Table({ caption, captionHidden = false, children }: TableProps) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-std-16N-170">
        <caption className={captionHidden ? 'sr-only' : 'mb-2 text-left text-std-17B-170'}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}

export function Th({ className = '', ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return (
    <th
      scope="col"
      className={`border-b-2 border-solid-gray-420 bg-solid-gray-50 px-4 py-3 align-bottom text-std-16B-170 whitespace-nowrap ${className}`}
      {...props}
    />
  );
}

export function Td({ className = '', ...props }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={`border-b border-solid-gray-200 px-4 py-3 align-top ${className}`} {...props} />;
}
