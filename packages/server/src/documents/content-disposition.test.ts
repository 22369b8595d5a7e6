import { describe, expect, it } from 'vitest';
import { contentDisposition } from './content-disposition.js';

describe('contentDisposition', () => {
  it('sends the Japanese name as RFC 5987 UTF-8 and an ASCII fallback', () => {
    expect(contentDisposition({ fileName: '実施計画シート_2-1-3-1.pdf', asciiFallback: 'plan-sheet_2-1-3-1.pdf' })).toBe(
      `attachment; filename="plan-sheet_2-1-3-1.pdf"; filename*=UTF-8''${encodeURIComponent('実施計画シート_2-1-3-1.pdf')}`,
    );
  });

  it('derives a fallback, and keeps quotes, slashes and controls out of both names', () => {
    const header = contentDisposition({ fileName: '計画"一覧"/2023\r\n.csv', inline: true });
    expect(header.startsWith('inline; filename="_____2023__.csv"; filename*=UTF-8\'\'')).toBe(true);
    expect(header).not.toMatch(/[\r\n]/u);
    expect(decodeURIComponent(header.split("UTF-8''")[1]!)).toBe('計画_一覧__2023__.csv');
  });

  it('percent-encodes the characters RFC 5987 does not allow bare', () => {
    expect(contentDisposition({ fileName: "it's (1).pdf" })).toContain("filename*=UTF-8''it%27s%20%281%29.pdf");
  });
});
