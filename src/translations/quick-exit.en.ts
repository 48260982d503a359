/** English strings for <haven-quick-exit> and <haven-quick-exit-tips> (re-exported by en.ts). */
export const quickExit = {
  exit: 'Exit this site',
  'exit-emergency': '(emergency exit)',
  'exit-hint': 'Opens a neutral website at once.',
  'shortcut-shift': 'Or press Shift 3 times.',
  'shortcut-escape': 'Or press Escape twice.',
  'shift-more': 'Shift, press {count} more times to exit.',
  'shift-one-more': 'Shift, press 1 more time to exit.',
  'escape-one-more': 'Escape, press once more to exit.',
  'shortcut-expired': 'Exit shortcut timed out.',
  'skip-link': 'Emergency exit: leave this site now',
  'exit-title': 'Loading',
  'exit-message': 'Loading.',
};

/** The "Browse more safely" note. Honest: nothing here claims to erase history or block Back. */
export const quickExitTips = {
  'tips-title': 'Browse more safely',
  'tip-exit': 'The exit button opens a neutral website at once.',
  'tip-shift': 'On a keyboard, pressing Shift 3 times does the same.',
  'tip-escape': 'On a keyboard, pressing Escape twice does the same.',
  'tip-history':
    'Leaving this way does not erase your browsing history, and pressing Back may still show earlier pages of this site.',
  'tip-delete': 'You can delete single pages from your history; clearing all of it at once can itself be noticed.',
  'tip-private': 'A private or incognito window does not keep history after you close it.',
  'tip-close': 'To hide a page fast, you can also close it: Ctrl+W, or ⌘W on a Mac.',
  'tip-device':
    "If you can, use a device the person you are worried about cannot check, such as a friend's phone or a library computer.",
  'tip-spyware':
    'No website can find or remove spyware, or hide what a shared account (email, cloud backup, phone bill) records.',
};
