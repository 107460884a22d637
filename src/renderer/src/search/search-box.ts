/** The search box's element id: the shortcuts focus it. */
export const SEARCH_BOX_ID = 'release-search';
