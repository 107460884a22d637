import type { Message } from './message';
import type { ConflictMessageKey } from './conflict.en';

export const conflictRu: Record<ConflictMessageKey, Message> = {
  'save.compare': 'Сравнить и выбрать…',
  'conflict.title': 'Выберите, что оставить',
  'conflict.intro':
    'Пока вы редактировали этот релиз, его сохранили в другом окне или вкладке, и обе копии изменили места ниже. Всё остальное объединено из обеих копий. Для каждого места оставьте свой текст или возьмите другой; различающиеся слова выделены.',
  'conflict.everywhere': 'Везде сразу',
  'conflict.allMine': 'Везде оставить мои',
  'conflict.allTheirs': 'Везде взять чужие',
  'conflict.keepMine': 'Мои (это окно)',
  'conflict.takeTheirs': 'Чужие (другое окно)',
  'conflict.place.text': '{field} · {language}',
  'conflict.place.paragraph': 'Текст · {language}, абзац {number}',
  'conflict.place.paragraphs': 'Текст · {language}, абзацы {from}–{to}',
  'conflict.place.added': 'Текст · {language}, новые абзацы после абзаца {after}',
  'conflict.empty': 'пусто',
  'conflict.noEmbargo': 'Без эмбарго',
  'conflict.kept':
    'Текст, который вы не оставите, сохранится в истории каждой языковой версии: «Ваша версия до объединения» или «Версия другого окна до объединения».',
  'conflict.later': 'Решить позже',
  'conflict.save': 'Сохранить выбор',
  'conflict.failed': 'Ничего не сохранено, чтобы не потерять ни одну из копий: {reason}',
  'elsewhere.text': 'Этот релиз изменили в другом окне или вкладке.',
  'elsewhere.reload': 'Показать новую версию',
  'elsewhere.merge': 'Объединить с моими изменениями',
  'notice.openReleaseGone': 'Релиза, который был открыт до перезагрузки, больше нет в библиотеке.',
  'review.history.reason.conflict-mine': 'Ваша версия до объединения',
  'review.history.reason.conflict-theirs': 'Версия другого окна до объединения',
};
