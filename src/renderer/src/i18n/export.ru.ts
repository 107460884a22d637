/** Слова диалога экспорта (src/renderer/src/export/), включаются в ru.ts. */
import type { exportEn } from './export.en';
import type { Message } from './message';

export const exportRu: Record<keyof typeof exportEn, Message> = {
  'export.open': 'Экспорт…',
  'export.shortcut': 'Экспорт открытого релиза, а в списке — всех утверждённых',
  'export.openApprovedHint':
    'Экспортировать все релизы, в которых есть утверждённая языковая версия',
  'export.titleRelease': 'Экспорт релиза',
  'export.titleBatch': 'Экспорт утверждённых релизов',
  'export.planning': 'Проверяем языковые версии…',
  'export.planningBatch': 'Проверяем релизы: {done} из {total}…',
  'export.noApproved':
    'Ни в одном релизе пока нет утверждённой языковой версии. Утвердите версии, затем экспортируйте их.',

  'export.languages': 'Языковые версии',
  'export.goesIn': 'Войдёт',
  'export.leftOut': 'Не войдёт',
  'export.includedCount': {
    one: '{count} из {total} языковых версий войдёт в пакет.',
    few: '{count} из {total} языковых версий войдут в пакет.',
    many: '{count} из {total} языковых версий войдут в пакет.',
    other: '{count} из {total} языковых версий войдут в пакет.',
  },
  'export.override': 'Всё равно включить — это будет записано в манифест',
  'export.failedChecks': 'Не пройденные проверки',
  'export.warnings': 'Стоит проверить (не мешает экспорту)',
  'export.problem.missing': 'В релизе нет версии на этом языке.',
  'export.problem.emptyTitle': 'Пустой заголовок: пустую версию экспортировать нельзя.',
  'export.problem.emptyBody': 'Пустой текст: пустую версию экспортировать нельзя.',
  'export.problem.not-approved': 'Не утверждена: {status}.',
  'export.problem.untracked':
    'Ни разу не сверялась с оригиналом, поэтому неизвестно, актуальна ли она.',
  'export.problem.outdated': 'Устарела: оригинал изменился после {date}.',
  'export.embargo':
    'Эмбарго до {when} ({zone}, {offset}). Это предупреждение будет на каждой странице, в каждом PDF и элементе NewsML пакета.',

  'export.batchIntro':
    'В пакет каждого релиза войдут его утверждённые актуальные версии, прошедшие проверки. Чтобы всё же включить исключённую версию, экспортируйте её релиз отдельно из редактора.',
  'export.batchReleases': 'Релизы',
  'export.batchNothing': 'Ничего не войдёт; релиз будет пропущен.',
  'export.batchGoesIn': 'Войдут: {languages}',
  'export.batchLeftOut': 'Не войдут: {languages}',
  'export.batchFailed': 'Не удалось проверить: {reason}',

  'export.formats': 'Что экспортировать',
  'export.format.html': 'Веб-страницы (HTML)',
  'export.format.pdf': 'PDF для печати',
  'export.format.newsml': 'NewsML-G2 для информагентств',
  'export.format.zip': 'Упаковать всё в один ZIP-файл',
  'export.formatsNeeded': 'Выберите хотя бы одно: веб-страницы, PDF или NewsML.',
  'export.destination': 'Сохранить в папку',
  'export.destinationHint': 'Полный путь на этом компьютере, например /home/anna/Exports.',
  'export.chooseFolder': 'Выбрать папку…',
  'export.start': 'Экспортировать',
  'export.startBatch': {
    one: 'Экспортировать {count} релиз',
    few: 'Экспортировать {count} релиза',
    many: 'Экспортировать {count} релизов',
    other: 'Экспортировать {count} релиза',
  },

  'export.running': 'Экспортируем…',
  'export.runningRelease': 'Релиз {release} из {releases}: {title}',
  'export.progress': 'Ход экспорта',
  'export.step.start': 'Читаем релиз и проводим проверки',
  'export.step.assets': 'Шрифты и изображения',
  'export.step.html': 'Веб-страница, {language}',
  'export.step.htmlIndex': 'Оглавление',
  'export.step.pdf': 'PDF, {language}',
  'export.step.newsml': 'Элемент NewsML, {language}',
  'export.step.newsmlPackage': 'Пакет NewsML',
  'export.step.done': 'Пакет записан',
  'export.cancel': 'Отменить экспорт',
  'export.cancelling': 'Отменяем…',

  'export.done': 'Экспорт завершён',
  'export.cancelled': 'Экспорт отменён',
  'export.cancelledHint':
    'Пакеты, готовые до отмены, записаны полностью; незавершённый пакет удалён.',
  'export.summary': {
    one: '{count} пакет сохранён в {path}',
    few: '{count} пакета сохранены в {path}',
    many: '{count} пакетов сохранено в {path}',
    other: '{count} пакета сохранено в {path}',
  },
  'export.included': 'Включены: {languages}',
  'export.overridden': 'Включены вопреки проверке: {languages}',
  'export.leftOutLanguages': 'Не вошли: {languages}',
  'export.blocked': 'Ничего не экспортировано: ни одна языковая версия не прошла отбор.',
  'export.showInFolder': 'Показать в папке',
  'export.notShown': 'Это окно не может открывать папки. Результат находится в {path}',
  'export.close': 'Закрыть',
};
