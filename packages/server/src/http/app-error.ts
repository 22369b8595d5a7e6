import type { ErrorCode } from '@gyokaku/contracts';

/** An error the API reports as `{ error: { code, message } }` with its HTTP status. */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode | (string & {}),
    message: string,
    /** Field-level problems, for forms to show beside the field. */
    readonly issues?: { path: (string | number)[]; code: string; message: string }[],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what = '対象') => new AppError(404, 'not_found', `${what}が見つかりません。`);

export const forbidden = () => new AppError(403, 'forbidden', 'この操作を行う権限がありません。');

export const editConflict = () =>
  new AppError(409, 'edit_conflict', '他の人が先に更新しました。最新の内容を読み込み直してから、もう一度変更してください。');
