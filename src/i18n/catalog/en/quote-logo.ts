// The team's logo on its quote PDFs: `/salesflow logo`, its form and its refusals.
export const quoteLogoEn = {
  'quotes.logo.title': 'Quote logo',
  'quotes.logo.submit': 'Save logo',
  'quotes.logo.intro':
    'The logo drawn at the top left of every quote PDF sent from now on (versions already sent keep theirs). A PNG or JPEG, at most {maxKilobytes} KB, {minSide}–{maxSide} px a side.',
  'quotes.logo.current':
    'Now: a {type} of {width}×{height} px ({kilobytes} KB). Upload another to replace it, or remove it with `/salesflow logo remove`.',
  'quotes.logo.none': 'No logo yet: quote PDFs show the team’s name alone.',
  'quotes.logo.fileLabel': 'Logo image (PNG or JPEG)',
  'quotes.logo.missing': 'Choose the logo’s image file (PNG or JPEG), then save.',
  'quotes.logo.saved':
    'The logo ({width}×{height} px) is on every quote PDF sent from now on. Remove it with `/salesflow logo remove`.',
  'quotes.logo.removed':
    'The logo is removed: quote PDFs show the team’s name alone. Set one again with `/salesflow logo`.',
  'quotes.logo.nothingToRemove': 'There is no logo to remove. Set one with `/salesflow logo`.',
  'quotes.logo.usage':
    '`/salesflow logo` uploads the logo for quote PDFs; `/salesflow logo remove` removes it (admins).',
  'quotes.logo.error.tooLarge':
    'That file is {kilobytes} KB; a logo may be at most {maxKilobytes} KB. Export it smaller (600×200 px is plenty) and choose it here again, then *Save logo*.',
  'quotes.logo.error.notImage':
    'That file is not a PNG or JPEG image, whatever its name says. Save the logo as PNG or JPEG and choose it here again, then *Save logo*.',
  'quotes.logo.error.badSize':
    'That image is {width}×{height} px; a logo needs {minSide}–{maxSide} px a side. Resize it and choose it here again, then *Save logo*.',
  'quotes.logo.error.unreadable':
    'That image could not be read (it may be damaged). Open it in an image editor, save it again as PNG or JPEG and choose it here again, then *Save logo*.',
} as const;
