import type { Release } from '@shared/domain';
import type { ApiError } from '@shared/errors';
import type { Lang } from '@shared/languages';
import { create } from 'zustand';
import { api, apiErrorOf } from '../api';
import type { MergeChoices } from '@shared/merge/release-merge';
import { announceSaved, onSavedElsewhere } from '../app/release-channel';
import {
  AutosaveQueue,
  type AutosaveSnapshot,
  type ConflictCopies,
  type SaveState,
} from '../editor/autosave-queue';
import type { ReleaseFieldsEdit, VariantEdit } from '../editor/release-edits';
import { AutoRevisions } from '../review/autosave-checkpoints';
import { minorEditOption } from '../review/minor-edit-store';

interface OpenReleaseState {
  /** The release as typed, unsaved edits included; null while none is open or loading. */
  draft: Release | null;
  saveState: SaveState;
  saveError: ApiError | null;
  retriesAutomatically: boolean;
  loadError: ApiError | null;
  activeLang: Lang | null;
  /** The copies of a conflict the merge could not settle, while it waits for the user. */
  conflict: ConflictCopies | null;
  /** A newer rev another window or tab stored of the open release, until it is shown here. */
  changedElsewhere: number | null;
  /** Opens a release just returned by main (after create) without fetching it again. */
  open(release: Release): void;
  /** Takes a release main stored by a review step as the new base, keeping unsaved edits. */
  adopt(release: Release): void;
  load(id: string): Promise<void>;
  selectLang(lang: Lang): void;
  edit(lang: Lang, edit: VariantEdit): void;
  editFields(edit: ReleaseFieldsEdit): void;
  saveNow(): Promise<boolean>;
  retry(): Promise<boolean>;
  /** Settles a conflict the merge could not: mine or theirs wherever both changed, or per place. */
  resolveConflict(how: 'mine' | 'theirs' | MergeChoices): Promise<boolean>;
  /** Brings in what another window stored: shown at once, or merged with the unsaved edits. */
  catchUp(): Promise<void>;
  hasUnsavedEdits(): boolean;
  /** The window is being left or closed: an automatic revision of what changed since the last. */
  reviseOnLeave(): Promise<void>;
  /** Saves what is pending and lets go of the release; false (and still open) if saving failed. */
  close(): Promise<boolean>;
  /** Lets go of the release at once, unsaved edits included: its library is gone. */
  discard(): void;
}

const CLOSED = {
  draft: null,
  saveState: 'saved',
  saveError: null,
  retriesAutomatically: false,
  loadError: null,
  activeLang: null,
  conflict: null,
  changedElsewhere: null,
} as const satisfies Partial<OpenReleaseState>;

export const useOpenReleaseStore = create<OpenReleaseState>()((set, get) => {
  let queue: AutosaveQueue | null = null;
  let revisions: AutoRevisions | null = null;
  /** Counts loads, so that an answer arriving after the user moved on is dropped. */
  let loads = 0;

  const fromSnapshot = (snapshot: AutosaveSnapshot) => {
    const elsewhere = get().changedElsewhere;
    return {
      draft: snapshot.draft,
      saveState: snapshot.state,
      saveError: snapshot.error,
      retriesAutomatically: snapshot.retriesAutomatically,
      conflict: snapshot.conflict,
      // Once this window holds that rev (or a later one), there is nothing left to show.
      changedElsewhere: elsewhere !== null && elsewhere > snapshot.draft.rev ? elsewhere : null,
    };
  };

  onSavedElsewhere(({ id, rev }) => {
    const { draft } = get();
    if (draft?.id === id && rev > draft.rev && rev > (get().changedElsewhere ?? 0))
      set({ changedElsewhere: rev });
  });

  const attach = (release: Release) => {
    queue?.dispose();
    revisions?.dispose();
    const ownRevisions = new AutoRevisions({
      openedRev: release.rev,
      autosave: () => api.call('revisions.autosave', { id: release.id }),
    });
    revisions = ownRevisions;
    const own = new AutosaveQueue({
      base: release,
      save: async (r) => {
        const saved = await api.call('releases.save', { release: r, ...minorEditOption(r) });
        announceSaved(saved);
        return saved;
      },
      reload: (id) => api.call('releases.get', { id }),
      keepCopy: (id, side, variants) => api.call('revisions.keepCopy', { id, side, variants }),
      // A queue replaced by another must no longer write into the store.
      onChange: (snapshot) => {
        if (queue !== own) return;
        set(fromSnapshot(snapshot));
        ownRevisions.stored(snapshot.draft.rev);
      },
    });
    queue = own;
    set({ changedElsewhere: null });
    set({ ...fromSnapshot(own.snapshot()), loadError: null, activeLang: release.sourceLang });
  };

  return {
    ...CLOSED,
    open: attach,
    adopt: (release) => {
      queue?.adopt(release);
      announceSaved(release);
    },
    async load(id) {
      get().discard();
      const own = ++loads;
      try {
        const release = await api.call('releases.get', { id });
        if (own === loads) attach(release);
      } catch (error) {
        if (own === loads) set({ loadError: apiErrorOf(error) });
      }
    },
    selectLang: (lang) => set({ activeLang: lang }),
    edit: (lang, edit) => queue?.edit(lang, edit),
    editFields: (edit) => queue?.editFields(edit),
    saveNow: async () => (queue ? queue.flush() : true),
    retry: async () => (queue ? queue.retry() : true),
    resolveConflict: async (how) => (queue ? queue.resolve(how) : true),
    async catchUp() {
      const own = queue;
      if (!own) return;
      // Unsaved edits go out now: the save meets the newer copy and merges with it.
      if (own.hasUnsavedEdits()) {
        await own.flush();
        return;
      }
      const id = get().draft?.id;
      if (!id) return;
      try {
        own.adopt(await api.call('releases.get', { id }));
      } catch (error) {
        set({ loadError: apiErrorOf(error) });
      }
    },
    hasUnsavedEdits: () => queue?.hasUnsavedEdits() ?? false,
    reviseOnLeave: async () => revisions?.leave(),
    async close() {
      if (!(await get().saveNow())) return false;
      await revisions?.leave();
      get().discard();
      return true;
    },
    discard() {
      loads++;
      queue?.dispose();
      queue = null;
      revisions?.dispose();
      revisions = null;
      set(CLOSED);
    },
  };
});
