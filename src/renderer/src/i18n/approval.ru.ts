import type { approvalEn } from './approval.en';
import type { Message } from './message';

export const approvalRu: Record<keyof typeof approvalEn, Message> = {
  'status.needs-update': 'Требует обновления',
  'approval.confirm.title': 'Утвердить, несмотря на открытые замечания?',
  'approval.confirm.intro':
    'У этой версии остались проблемы, из-за которых она не попадёт в экспорт. Если вы всё же утвердите её, в истории будет записано, что вы приняли, с вашим именем и временем.',
  'approval.confirm.failedChecks': {
    one: '{count} непройденная проверка',
    few: '{count} непройденные проверки',
    many: '{count} непройденных проверок',
    other: '{count} непройденной проверки',
  },
  'approval.confirm.openComments': {
    one: '{count} открытый комментарий',
    few: '{count} открытых комментария',
    many: '{count} открытых комментариев',
    other: '{count} открытого комментария',
  },
  'approval.confirm.comment': '{author}, абзац {paragraph}: {text}',
  'approval.confirm.approve': 'Всё равно утвердить — запишется в историю',
  'approval.overridden': 'утверждено, несмотря на открытые замечания',
  'approval.fourEyes.last-editor':
    'Проверка «в четыре глаза»: вы ({name}) последним правили этот текст, поэтому утвердить его должен другой человек.',
  'approval.fourEyes.submitter':
    'Проверка «в четыре глаза»: вы ({name}) отправили эту версию на проверку, поэтому утвердить её должен другой человек.',
  'approval.setting.label': 'Проверка «в четыре глаза» в этой библиотеке',
  'approval.setting.hint':
    'Утверждающий должен быть не тем, кто последним правил текст, и не тем, кто отправил его на проверку.',
  'approval.needsUpdate':
    'Версия была утверждена, но с тех пор исходный текст изменился. Обновите перевод, отметьте его как актуальный и снова отправьте на утверждение.',
};
