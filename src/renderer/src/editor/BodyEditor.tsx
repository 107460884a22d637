import type { TiptapDoc } from '@shared/domain';
import type { Lang } from '@shared/languages';
import { useState } from 'react';
import { useOpenReleaseStore } from '../stores/open-release-store';
import { RichTextEditor } from './RichTextEditor';

const EMPTY_DOC: TiptapDoc = { type: 'doc', content: [{ type: 'paragraph' }] };

/** The body editor of one language version of the open release; every change is autosaved. */
export function BodyEditor({ lang, labelId }: { lang: Lang; labelId: string }) {
  const [content] = useState(
    () => useOpenReleaseStore.getState().draft?.variants[lang]?.body ?? EMPTY_DOC,
  );
  const stored = useOpenReleaseStore((s) => s.draft?.variants[lang]?.body);
  return (
    <RichTextEditor
      content={content}
      value={stored}
      lang={lang}
      labelId={labelId}
      onChange={(body) => useOpenReleaseStore.getState().edit(lang, { body })}
    />
  );
}
