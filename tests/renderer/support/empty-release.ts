import type { Release } from '@shared/domain';

/** A release with one empty English version: the starting point of the editor's unit tests. */
export const emptyRelease: Release = {
  id: 'rel-1',
  rev: 1,
  kind: 'press-release',
  sourceLang: 'en',
  date: '2026-01-01',
  embargo: null,
  issuer: '',
  contacts: [],
  tags: [],
  boilerplate: {},
  variants: {
    en: {
      lang: 'en',
      title: '',
      lead: '',
      body: { type: 'doc', content: [] },
      datelinePlace: '',
      status: 'draft',
      statusHistory: [],
      sourceBase: null,
      updatedAt: '2026-01-01T00:00:00Z',
    },
  },
  comments: [],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};
