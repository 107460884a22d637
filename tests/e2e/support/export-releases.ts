/**
 * Releases for the export dialog, made through the host's API as the app would, review
 * workflow included: the demo's seven-language news item cut down to an English original, a
 * Russian translation approved and current, and a Kazakh one approved but outdated (its
 * source changed after it was added); and plain en+ru releases, approved and current, to fill
 * a batch, the first of them with a wrong number in its Russian lead.
 */
import type { Release, Variant } from '@shared/domain';
import type { Lang } from '@shared/languages';
import { demoContent } from '../../../src/main/library/seed';
import { approveAccepting } from './approve';
import { callHost } from './host-api';
import type { RunningHost } from './host';

const demo = demoContent(new Date('2026-11-20T09:00:00.000Z')).releases.find(
  (r) => r.id === 'diplomacy-school-2024',
)!;

type Text = Pick<Variant, 'title' | 'lead' | 'body' | 'datelinePlace'>;

function demoText(lang: Lang, title = demo.variants[lang]!.title): Text {
  const { lead, body, datelinePlace } = demo.variants[lang]!;
  return { title, lead, body, datelinePlace };
}

/** Saves new text into an existing version, as typing in the editor does. */
async function write(
  host: RunningHost,
  release: Release,
  lang: Lang,
  text: Text,
): Promise<Release> {
  const variant = { ...release.variants[lang]!, ...text };
  return callHost(host, 'releases.save', {
    release: { ...release, variants: { ...release.variants, [lang]: variant } },
  });
}

async function addVersion(
  host: RunningHost,
  release: Release,
  lang: Lang,
  text: Text,
): Promise<Release> {
  const added = await callHost(host, 'review.addLanguage', {
    id: release.id,
    rev: release.rev,
    lang,
    mode: 'empty',
  });
  return write(host, added, lang, text);
}

async function approve(host: RunningHost, release: Release, lang: Lang): Promise<Release> {
  const inReview = await callHost(host, 'review.setStatus', {
    id: release.id,
    rev: release.rev,
    lang,
    status: 'in-review',
  });
  return approveAccepting(host, inReview, lang);
}

async function createEnglish(
  host: RunningHost,
  date: string,
  text: Text,
  embargo: Release['embargo'],
): Promise<Release> {
  const created = await callHost(host, 'releases.create', { kind: 'news', sourceLang: 'en', date });
  return write(host, { ...created, embargo, issuer: demo.issuer }, 'en', text);
}

/** The release the dialog is tried on; embargoed, so the notice shows. */
export async function createDemoLikeRelease(host: RunningHost): Promise<Release> {
  const en = demoText('en');
  const earlier: Text = {
    ...en,
    body: {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'An earlier first paragraph.' }] },
        ...en.body.content!.slice(1),
      ],
    },
  };
  let release = await createEnglish(host, '2026-11-20', earlier, {
    until: '2099-01-15T10:00',
    timeZone: 'Europe/Moscow',
  });
  release = await addVersion(host, release, 'kk', demoText('kk'));
  release = await approve(host, release, 'kk');
  // The original changes after kk was translated: kk is outdated from now on.
  release = await write(host, release, 'en', en);
  release = await addVersion(host, release, 'ru', demoText('ru'));
  release = await approve(host, release, 'ru');
  return approve(host, release, 'en');
}

/** `count` more releases with en and ru approved and current, dated before the one above;
 * in the first, ru's lead says 43 graduates where the source says 34, which the checks catch. */
export async function createBatchReleases(host: RunningHost, count: number): Promise<Release[]> {
  const made: Release[] = [];
  for (let n = 1; n <= count; n += 1) {
    const date = `2026-10-${String(n).padStart(2, '0')}`;
    const en = demoText('en', `${demo.variants.en!.title} (${n})`);
    let release = await createEnglish(host, date, en, null);
    const ru = demoText('ru', `${demo.variants.ru!.title} (${n})`);
    if (n === 1) ru.lead = ru.lead.replace('34', '43');
    release = await addVersion(host, release, 'ru', ru);
    release = await approve(host, release, 'ru');
    made.push(await approve(host, release, 'en'));
  }
  return made;
}
