import type { UiLang } from './languages';

/** Every failure crosses the renderer/main boundary as one of these codes. */
export const ERROR_CODES = [
  'invalid-input',
  'unknown-method',
  'unauthorized',
  'forbidden-sender',
  'not-found',
  'conflict',
  'io',
  'library-unavailable',
  'newer-schema',
  'too-large',
  'internal',
  // Approval guard (src/main/review/approval-guard.ts)
  'approval-needs-override',
  'four-eyes',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  /** English, for logs and for the CLI; the UI shows `describeError` in its own language. */
  message: string;
  /** Specifics a user needs to act (which field, which file, which path). */
  detail?: string;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };

const MESSAGES: Record<ErrorCode, Record<UiLang, string>> = {
  'invalid-input': {
    en: 'The request was not valid and nothing was changed.',
    ru: 'Запрос некорректен, ничего не изменено.',
  },
  'unknown-method': {
    en: 'The app does not know this operation. Restart the app after an update.',
    ru: 'Приложение не знает такой операции. Перезапустите его после обновления.',
  },
  unauthorized: {
    en: 'Access denied: the session token is missing or wrong. Open the address the host printed.',
    ru: 'Доступ запрещён: нет токена сеанса или он неверен. Откройте адрес, который вывел сервер.',
  },
  'forbidden-sender': {
    en: 'Refused: the request did not come from the app’s own window.',
    ru: 'Отказано: запрос пришёл не из окна приложения.',
  },
  'not-found': {
    en: 'It no longer exists. Refresh the list.',
    ru: 'Этого больше нет. Обновите список.',
  },
  conflict: {
    en: 'Someone saved a newer version meanwhile. Reload it before saving again.',
    ru: 'Тем временем сохранена более новая версия. Перезагрузите её, прежде чем сохранять снова.',
  },
  io: {
    en: 'Could not write to the library folder. Check that it exists, is writable and the disk is not full; your text is kept and saving will be retried.',
    ru: 'Не удалось записать в папку библиотеки. Проверьте, что она существует, доступна для записи и диск не заполнен; текст сохранён в редакторе, попытка будет повторена.',
  },
  'library-unavailable': {
    en: 'The library folder cannot be opened. Choose another folder or check the drive.',
    ru: 'Папку библиотеки не удалось открыть. Выберите другую папку или проверьте носитель.',
  },
  'newer-schema': {
    en: 'This library was written by a newer version of Press Office. Update the app to open it.',
    ru: 'Эта библиотека создана более новой версией Press Office. Обновите приложение, чтобы открыть её.',
  },
  'too-large': {
    en: 'The request is too large.',
    ru: 'Запрос слишком велик.',
  },
  internal: {
    en: 'Something went wrong inside the app. Nothing was changed; try again.',
    ru: 'Внутренняя ошибка приложения. Ничего не изменено; попробуйте ещё раз.',
  },
  'approval-needs-override': {
    en: 'Not approved: the version has failed checks or open comments. Approve again and confirm that you accept them.',
    ru: 'Не утверждено: у версии есть непройденные проверки или открытые комментарии. Утвердите снова и подтвердите, что принимаете их.',
  },
  'four-eyes': {
    en: 'Not approved: four-eyes review is on, and another person must approve what you edited or sent for review.',
    ru: 'Не утверждено: включена проверка «в четыре глаза», и утвердить то, что вы правили или отправили на проверку, должен другой человек.',
  },
};

export function describeError(error: ApiError, lang: UiLang): string {
  const base = MESSAGES[error.code][lang];
  return error.detail ? `${base} (${error.detail})` : base;
}

export function englishMessage(code: ErrorCode): string {
  return MESSAGES[code].en;
}

export function isApiError(value: unknown): value is ApiError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ApiError).code === 'string' &&
    (ERROR_CODES as readonly string[]).includes((value as ApiError).code) &&
    typeof (value as ApiError).message === 'string'
  );
}
