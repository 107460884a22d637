import type { Message } from './message';
import type { reviewEn } from './review.en';

export const reviewRu: Record<keyof typeof reviewEn, Message> = {
  'review.screenTitle': 'Рецензирование',
  'review.back': 'Назад в редактор',
  'review.loading': 'Загрузка…',
  'review.panel.label': 'Что показать',
  'review.panel.compare': 'Рядом с оригиналом',
  'review.panel.source': 'Текст',
  'review.panel.history': 'История',
  'review.tab.outdated': 'устарел',

  'review.status.byWhen': '{by}, {when}',
  'review.status.when': 'с {when}',
  'review.action.submit': 'Отправить на проверку',
  'review.action.resubmit': 'Снова отправить на проверку',
  'review.action.approve': 'Утвердить',
  'review.action.requestChanges': 'Запросить правки',
  'review.action.backToDraft': 'Вернуть в черновик',
  'review.action.reopen': 'Снова сделать черновиком',

  'review.open.compare': 'Рядом с оригиналом',
  'review.open.source': 'Рецензировать',
  'review.open.history': 'История',
  'review.open.addLanguage': 'Добавить язык',

  'review.notice.approvedEdits':
    'Утверждено. Правка этой версии вернёт её в черновик, и её нужно будет проверить снова.',
  'review.notice.returnedToDraft':
    'Изменено после утверждения: версия снова черновик, её нужно проверить ещё раз.',
  'review.notice.outdated': 'Оригинал ({source}) изменился после перевода: {changes}.',
  'review.notice.showChanges': 'Показать изменения',
  'review.notice.untracked':
    'Ещё не сверено с оригиналом ({source}). Когда перевод будет соответствовать оригиналу, отметьте его актуальным в режиме «Рядом с оригиналом».',
  'review.notice.sourceIs': 'Переведено с языка: {source}.',
  'review.notice.makeSource': 'Сделать оригиналом: {language}…',

  'review.minor.label': 'Только опечатки: переводы остаются актуальными',
  'review.minor.offHint':
    'Отметьте перед исправлением опечатки в оригинале, чтобы переводы не стали устаревшими.',
  'review.minor.onHint':
    'Ваши правки этого текста не делают переводы устаревшими. Отметка снимается, когда вы уходите с этой версии.',

  'review.addLanguage.title': 'Добавить языковую версию',
  'review.addLanguage.language': 'Язык',
  'review.addLanguage.start': 'С чего начать',
  'review.addLanguage.mode.prefilled': 'С копии оригинала ({source})',
  'review.addLanguage.mode.prefilled.hint':
    'Переводчик пишет поверх неё абзац за абзацем; проверки покажут, что ещё не переведено.',
  'review.addLanguage.mode.empty': 'С пустой версии',
  'review.addLanguage.mode.empty.hint': 'Заголовок, лид и текст пусты.',
  'review.addLanguage.hint':
    'Новая версия создаётся черновиком и сверяется с оригиналом ({source}) в его нынешнем виде: последующие правки оригинала будут отмечены как устаревшие абзацы.',
  'review.addLanguage.add': 'Добавить версию',

  'review.source.title': 'Сделать оригиналом: {language}?',
  'review.source.explain':
    'Переводы будут сверяться с текстом на языке «{language}», а не «{current}». Актуальные переводы останутся актуальными, только если версия «{language}» тоже была актуальной; остальные нужно будет снова отметить актуальными.',
  'review.source.confirm': 'Сделать оригиналом',

  'review.userName.title': 'Ваше имя',
  'review.userName.why':
    'Смены статуса и комментарии подписываются, чтобы коллеги видели, кто что сделал. Имя спрашивается один раз и хранится в настройках библиотеки.',
  'review.userName.label': 'Имя',
  'review.userName.required': 'Введите имя, чтобы продолжить.',
  'review.userName.save': 'Продолжить',

  'review.outdated.current': 'Соответствует оригиналу ({source}), сверено {since}.',
  'review.outdated.behind':
    'Оригинал ({source}) изменился после того, как перевод был сверен {since}: {changes}.',
  'review.outdated.behindHint':
    'Изменения отмечены ниже по словам. Обновите перевод, затем отметьте его актуальным.',
  'review.outdated.noOldText':
    'Прежнего текста оригинала нет в истории, поэтому изменённые абзацы отмечены без пословных различий.',
  'review.outdated.untracked': 'Этот перевод ещё не сверен с оригиналом ({source}).',
  'review.outdated.untrackedHint':
    'Когда он будет соответствовать оригиналу, отметьте его актуальным: тогда последующие правки оригинала будут отмечаться здесь.',
  'review.outdated.markUpToDate': 'Отметить актуальным',
  'review.outdated.partTitle': 'заголовок',
  'review.outdated.partLead': 'лид',
  'review.outdated.paragraphs.changed': {
    one: 'изменён {count} абзац',
    few: 'изменено {count} абзаца',
    many: 'изменено {count} абзацев',
    other: 'изменено {count} абзаца',
  },
  'review.outdated.paragraphs.added': {
    one: 'добавлен {count} абзац',
    few: 'добавлено {count} абзаца',
    many: 'добавлено {count} абзацев',
    other: 'добавлено {count} абзаца',
  },
  'review.outdated.paragraphs.removed': {
    one: 'удалён {count} абзац',
    few: 'удалено {count} абзаца',
    many: 'удалено {count} абзацев',
    other: 'удалено {count} абзаца',
  },

  'review.table.caption': 'Оригинал ({source}) и перевод ({target}), абзац за абзацем',
  'review.table.captionSource': 'Оригинал ({source}), абзац за абзацем',
  'review.table.where': 'Часть',
  'review.table.empty': 'Пусто',
  'review.table.noTranslation': 'Этот абзац не переведён',
  'review.table.notInSource': 'Нет в оригинале',
  'review.where.title': 'Заголовок',
  'review.where.lead': 'Лид',
  'review.where.paragraph': 'абзац {number}',
  'review.where.removed': 'удалённый абзац',

  'review.change.changed': 'Изменено в оригинале',
  'review.change.added': 'Новое в оригинале',
  'review.change.removed': 'Удалено из оригинала',
  'review.change.removedUnknown': 'Здесь был удалён абзац; его текст больше не известен.',
  'review.change.update': 'Нужно обновить',

  'review.checks.title': 'Проверки',
  'review.checks.none': 'Проблем не найдено.',
  'review.checkName.paragraph-count': 'Число абзацев',
  'review.checkName.empty': 'Пусто',
  'review.checkName.untranslated': 'Не переведено',
  'review.checkName.wrong-language': 'Не тот язык',
  'review.checkName.numbers': 'Числа и даты',
  'review.checkName.vocabulary': 'Словарь',
  'review.checkName.links': 'Ссылки',
  'review.check.paragraphCount': 'В оригинале абзацев: {source}, в этой версии: {target}.',
  'review.check.paragraphsMissing': 'Не переведено: абзац оригинала {list}.',
  'review.check.paragraphsExtra': 'Нет в оригинале: абзац {list}.',
  'review.check.empty': 'Здесь ничего не написано.',
  'review.check.untranslated': 'Совпадает с оригиналом: ещё не переведено?',
  'review.check.wrongLanguage.script': 'Написано не письмом языка «{expected}».',
  'review.check.wrongLanguage.foreign-letters': 'Есть буквы, которых нет в языке «{expected}»: {letters}.',
  'review.check.wrongLanguage.no-own-letters': 'Нет ни одной из букв языка «{expected}»: {letters}.',
  'review.check.looksLike': 'Похоже на язык «{other}».',
  'review.check.numbers.missing': 'здесь нет: {list}',
  'review.check.numbers.extra': 'нет в оригинале: {list}',
  'review.check.vocabulary': '«{name}» в оригинале: здесь ожидается {expected}.',
  'review.check.links.missing': 'нет ссылки: {list}',
  'review.check.links.extra': 'ссылки нет в оригинале: {list}',

  'review.comments.title': 'Открытые комментарии',
  'review.comments.none': 'Открытых комментариев нет.',
  'review.comments.unplaced': 'К тексту, которого больше нет',
  'review.comment.add': 'Комментировать',
  'review.comment.addTo': 'Комментировать: {where}',
  'review.comment.label': 'Ваш комментарий: {where}',
  'review.comment.hint': 'Ctrl+Enter — добавить.',
  'review.comment.submit': 'Добавить комментарий',
  'review.comment.resolve': 'Отметить решённым',
  'review.comment.by': 'Комментарий: {author}',
  'review.comment.noName': 'Без имени',
  'review.comment.edited': 'Абзац с тех пор изменён.',
  'review.comment.resolvedBy': 'Решено: {by}, {when}',
  'review.comment.resolvedCount': {
    one: '{count} решённый комментарий',
    few: '{count} решённых комментария',
    many: '{count} решённых комментариев',
    other: '{count} решённого комментария',
  },

  'review.history.title': 'Редакции версии: {language}',
  'review.history.caption': 'Редакции, новые сверху. Выберите две для сравнения.',
  'review.history.empty':
    'Редакций пока нет. Здесь появятся контрольные точки (Ctrl+S), смены статуса и автоматические точки, которые сохраняются каждые несколько минут работы.',
  'review.history.from': 'От',
  'review.history.to': 'До',
  'review.history.when': 'Когда',
  'review.history.what': 'Что',
  'review.history.actions': 'Действия',
  'review.history.now': 'Сейчас',
  'review.history.nowText': 'Текст в нынешнем виде',
  'review.history.fromState': 'Сравнить от: {state}',
  'review.history.toState': 'Сравнить до: {state}',
  'review.history.restore': 'Восстановить…',
  'review.history.restoreState': 'Восстановить текст от {state}',
  'review.history.reason.checkpoint': 'Контрольная точка',
  'review.history.reason.autosave': 'Автоматическая точка',
  'review.history.reason.status': 'Статус: {status}',
  'review.history.reason.restore': 'Восстановлено',
  'review.history.compare': 'Изменения: {from} → {to}',
  'review.history.compareNothing': 'Изменения',
  'review.history.same': 'Выберите два разных состояния для сравнения.',
  'review.history.dateline': 'Место в датировке',

  'review.diff.none': 'Различий нет.',
  'review.diff.fieldChanged': '{field}: изменено',
  'review.diff.changed': 'Изменено',
  'review.diff.added': 'Добавлено',
  'review.diff.removed': 'Удалено',
  'review.diff.unchangedRun': {
    one: '{count} абзац без изменений',
    few: '{count} абзаца без изменений',
    many: '{count} абзацев без изменений',
    other: '{count} абзаца без изменений',
  },

  'review.restore.title': 'Восстановить эту редакцию?',
  'review.restore.what': 'Версия «{language}» получит текст, который был {when}.',
  'review.restore.safe':
    'Ничего не удаляется: нынешний текст остаётся в истории, а восстановление записывается новой редакцией. Утверждённая версия вернётся в черновик.',
  'review.restore.confirm': 'Восстановить',
};
