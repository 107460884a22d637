/**
 * The templates and boilerplate a library starts with, in Russian and English: one template
 * per kind of release. Users edit them in the app; these only fill a library that has none.
 */
import type {
  BoilerplateSnippet,
  ReleaseKind,
  ReleaseTemplate,
  TemplateVersion,
  TiptapDoc,
  TiptapNode,
} from './domain';

const ABOUT_SNIPPET = 'about-press-centre';
const ACCREDITATION_SNIPPET = 'accreditation';

function paragraph(text = '', bold = false): TiptapNode {
  if (!text) return { type: 'paragraph' };
  return {
    type: 'paragraph',
    content: [{ type: 'text', text, ...(bold ? { marks: [{ type: 'bold' }] } : {}) }],
  };
}

function heading(text: string): TiptapNode {
  return { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text }] };
}

function doc(...content: TiptapNode[]): TiptapDoc {
  return { type: 'doc', content: content.length ? content : [paragraph()] };
}

function version(body: TiptapDoc, issuer: string): TemplateVersion {
  return { title: '', lead: '', body, datelinePlace: '', issuer };
}

const ISSUER = { en: 'Press Centre', ru: 'Пресс-центр' };

const BODIES: Record<ReleaseKind, { en: TiptapDoc; ru: TiptapDoc }> = {
  'press-release': { en: doc(), ru: doc() },
  news: { en: doc(), ru: doc() },
  statement: { en: doc(), ru: doc() },
  interview: {
    en: doc(paragraph('Question: ', true), paragraph('Answer: ', true)),
    ru: doc(paragraph('Вопрос: ', true), paragraph('Ответ: ', true)),
  },
  'media-advisory': {
    en: doc(
      heading('What'),
      paragraph(),
      heading('When and where'),
      paragraph(),
      heading('Accreditation'),
      paragraph(),
    ),
    ru: doc(
      heading('Что'),
      paragraph(),
      heading('Когда и где'),
      paragraph(),
      heading('Аккредитация'),
      paragraph(),
    ),
  },
};

const SNIPPET_OF_KIND: Record<ReleaseKind, string | null> = {
  'press-release': ABOUT_SNIPPET,
  news: null,
  statement: ABOUT_SNIPPET,
  interview: ABOUT_SNIPPET,
  'media-advisory': ACCREDITATION_SNIPPET,
};

const KINDS = Object.keys(BODIES) as ReleaseKind[];

export function defaultTemplate(kind: ReleaseKind): ReleaseTemplate {
  return {
    kind,
    versions: {
      en: version(BODIES[kind].en, ISSUER.en),
      ru: version(BODIES[kind].ru, ISSUER.ru),
    },
    snippetId: SNIPPET_OF_KIND[kind],
    contacts: [],
  };
}

export function defaultTemplates(): ReleaseTemplate[] {
  return KINDS.map(defaultTemplate);
}

export function defaultSnippets(): BoilerplateSnippet[] {
  return [
    {
      id: ABOUT_SNIPPET,
      name: 'About the press centre',
      texts: {
        en: 'The Press Centre informs the media about the work of the organisation, accredits journalists and arranges interviews with officials. Materials may be reproduced with a reference to the Press Centre.',
        ru: 'Пресс-центр информирует средства массовой информации о деятельности организации, аккредитует журналистов и организует интервью с официальными лицами. При использовании материалов ссылка на пресс-центр обязательна.',
      },
    },
    {
      id: ACCREDITATION_SNIPPET,
      name: 'Accreditation',
      texts: {
        en: 'Journalists who wish to attend must be accredited. Send your name, the name of your media outlet and your passport details to the Press Centre no later than two days before the event.',
        ru: 'Для участия журналистам необходимо пройти аккредитацию. Направьте в пресс-центр имя и фамилию, название СМИ и паспортные данные не позднее чем за два дня до мероприятия.',
      },
    },
  ];
}
