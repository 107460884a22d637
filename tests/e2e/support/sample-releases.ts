import type { Release, Variant, VariantStatus } from '@shared/domain';
import type { Lang } from '@shared/languages';
import { approveAccepting } from './approve';
import { callHost } from './host-api';
import type { RunningHost } from './host';

interface SampleVersion {
  lang: Lang;
  status: VariantStatus;
  title: string;
  lead?: string;
  paragraphs?: string[];
}

interface SampleRelease {
  kind: Release['kind'];
  date: string;
  versions: [SampleVersion, ...SampleVersion[]];
}

/** A handful of releases in several languages and states, for screens that need a list. */
export const SAMPLE_RELEASES: SampleRelease[] = [
  {
    kind: 'press-release',
    date: '2026-11-20',
    versions: [
      {
        lang: 'ru',
        status: 'approved',
        title: 'Министр иностранных дел провёл встречу с послами стран Содружества',
        lead: 'Встреча прошла в Москве 20 ноября; обсуждались гуманитарные программы на 2027 год.',
        paragraphs: [
          'Стороны обсудили план совместных мероприятий и обмен студентами.',
          'По итогам встречи подписан протокол о сотрудничестве в области образования.',
        ],
      },
      { lang: 'en', status: 'in-review', title: 'Foreign Minister meets Commonwealth ambassadors' },
      { lang: 'hy', status: 'draft', title: 'Արտաքին գործերի նախարարը հանդիպեց դեսպանների հետ' },
      {
        lang: 'kk',
        status: 'changes-requested',
        title: 'Сыртқы істер министрі елшілермен кездесті',
      },
    ],
  },
  {
    kind: 'news',
    date: '2026-11-18',
    versions: [
      {
        lang: 'en',
        status: 'approved',
        title: 'Press centre opens accreditation for the spring forum',
      },
      { lang: 'ru', status: 'draft', title: 'Пресс-центр открыл аккредитацию на весенний форум' },
    ],
  },
  {
    kind: 'statement',
    date: '2026-11-15',
    versions: [
      {
        lang: 'ru',
        status: 'draft',
        title:
          'Заявление официального представителя о ходе подготовки к международной конференции по вопросам региональной безопасности и устойчивого развития',
      },
    ],
  },
  {
    kind: 'media-advisory',
    date: '2026-11-12',
    versions: [
      { lang: 'kk', status: 'in-review', title: 'Алматыда халықаралық медиа форум өтеді' },
      { lang: 'ky', status: 'draft', title: 'Алматыда эл аралык медиа форум өтөт' },
      {
        lang: 'tg',
        status: 'draft',
        title: 'Дар Алмаато форуми байналмилалии ВАО баргузор мешавад',
      },
      { lang: 'be', status: 'draft', title: 'У Алматы пройдзе міжнародны медыяфорум' },
    ],
  },
  {
    kind: 'interview',
    date: '2026-11-03',
    versions: [{ lang: 'hy', status: 'approved', title: 'Հարցազրույց մամուլի քարտուղարի հետ' }],
  },
];

function body(paragraphs: string[] = []): Variant['body'] {
  return {
    type: 'doc',
    content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
  };
}

/** Creates the samples through the API, as the app would. */
export async function createSampleReleases(host: RunningHost): Promise<Release[]> {
  const created: Release[] = [];
  for (const sample of SAMPLE_RELEASES) {
    const [source, ...translations] = sample.versions;
    const release = await callHost(host, 'releases.create', {
      kind: sample.kind,
      sourceLang: source.lang,
      date: sample.date,
    });
    const base = release.variants[source.lang]!;
    const variants: Release['variants'] = {};
    for (const version of [source, ...translations]) {
      variants[version.lang] = {
        ...base,
        lang: version.lang,
        status: version.status,
        title: version.title,
        lead: version.lead ?? '',
        body: body(version.paragraphs),
      };
    }
    let saved = await callHost(host, 'releases.save', { release: { ...release, variants } });
    // A save adds versions as drafts and keeps stored statuses: each moves through the workflow.
    for (const version of [source, ...translations]) {
      for (const status of STATUS_PATH[version.status]) {
        saved =
          status === 'approved'
            ? await approveAccepting(host, saved, version.lang)
            : await callHost(host, 'review.setStatus', {
                id: saved.id,
                rev: saved.rev,
                lang: version.lang,
                status,
              });
      }
    }
    created.push(saved);
  }
  return created;
}

/** The workflow moves from draft to each status. */
const STATUS_PATH: Record<VariantStatus, VariantStatus[]> = {
  draft: [],
  'in-review': ['in-review'],
  'changes-requested': ['in-review', 'changes-requested'],
  approved: ['in-review', 'approved'],
};
