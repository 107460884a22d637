/** Words of the letterhead settings (src/renderer/src/templates/LetterheadEditor.tsx), spread into en.ts. */
export const letterheadEn = {
  'templates.tabLetterhead': 'Letterhead',
  'letterhead.why':
    'Every exported page and PDF starts with this head. A language without its own name or address uses the source language’s, or the first one given.',
  'letterhead.fallback': 'uses another language’s',
  'letterhead.name': 'Organisation’s name',
  'letterhead.address': 'Address line',
  'letterhead.addressPlaceholder': 'Street, city, postcode · phone · e-mail',
  'letterhead.logo': 'Logo',
  'letterhead.logoChoose': 'Choose a picture…',
  'letterhead.logoReplace': 'Replace the picture…',
  'letterhead.logoRemove': 'Remove the logo',
  'letterhead.logoPreview': 'The logo as it is printed',
} as const;
