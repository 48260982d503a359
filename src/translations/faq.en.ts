/** `<haven-faq>`: keys start with `faq-` because the registry is shared by every element. */
export const faq = {
  'faq-search-label': 'Search these questions',
  'faq-show-all': 'Show all answers',
  'faq-hide-all': 'Hide all answers',
  'faq-copy-link': 'Copy link to this question',
  'faq-link-copied': 'Link copied',
  'faq-link-copy-failed': 'Could not copy. The link is {url}',
  'faq-results': '{count} questions match.',
  'faq-results-one': '1 question matches.',
  'faq-no-results': 'No questions match your search. You can still talk to someone:',
  'faq-loading': 'Loading questions…',
  'faq-load-error': 'The questions could not be loaded. You can still talk to someone:',
};
