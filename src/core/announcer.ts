/**
 * One polite live region in the light DOM, shared by every Haven element on the page.
 * Screen readers reliably miss live regions inside shadow roots, so this one lives in
 * `<body>`. Styles are set through the CSSOM (not a `style` attribute) so a strict
 * `style-src 'self'` policy does not block them.
 */
const REGION_ID = 'haven-announcer';
let pending: ReturnType<typeof setTimeout> | undefined;

function region(): HTMLElement {
  let element = document.getElementById(REGION_ID);
  if (!element) {
    element = document.createElement('div');
    element.id = REGION_ID;
    element.setAttribute('aria-live', 'polite');
    element.setAttribute('aria-atomic', 'true');
    Object.assign(element.style, {
      position: 'absolute',
      width: '1px',
      height: '1px',
      margin: '-1px',
      padding: '0',
      overflow: 'hidden',
      clip: 'rect(0 0 0 0)',
      clipPath: 'inset(50%)',
      whiteSpace: 'nowrap',
      border: '0',
    });
    document.body.append(element);
  }
  return element;
}

/** Say `message` politely. Saying the same words twice in a row is announced twice. */
export function announce(message: string): void {
  const element = region();
  element.textContent = '';
  clearTimeout(pending);
  // A short gap makes screen readers treat a repeated message as new.
  pending = setTimeout(() => {
    element.textContent = message;
  }, 50);
}
