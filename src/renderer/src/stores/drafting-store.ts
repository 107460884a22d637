import type { BoilerplateSnippet, ReleaseKind, ReleaseTemplate } from '@shared/domain';
import { create } from 'zustand';
import { api } from '../api';

/** The library's templates (one per kind) and boilerplate snippets. */
interface DraftingState {
  templates: ReleaseTemplate[] | null;
  snippets: BoilerplateSnippet[] | null;
  load(): Promise<void>;
  saveTemplate(template: ReleaseTemplate): Promise<void>;
  resetTemplate(kind: ReleaseKind): Promise<void>;
  saveSnippet(snippet: BoilerplateSnippet): Promise<void>;
  deleteSnippet(id: string): Promise<void>;
}

export const useDraftingStore = create<DraftingState>()((set) => ({
  templates: null,
  snippets: null,
  async load() {
    const [templates, snippets] = await Promise.all([
      api.call('templates.list', {}),
      api.call('snippets.list', {}),
    ]);
    set({ templates, snippets });
  },
  async saveTemplate(template) {
    set({ templates: await api.call('templates.save', { template }) });
  },
  async resetTemplate(kind) {
    set({ templates: await api.call('templates.reset', { kind }) });
  },
  async saveSnippet(snippet) {
    set({ snippets: await api.call('snippets.save', { snippet }) });
  },
  async deleteSnippet(id) {
    const snippets = await api.call('snippets.delete', { id });
    // Templates that used the snippet no longer do.
    set({ snippets, templates: await api.call('templates.list', {}) });
  },
}));
