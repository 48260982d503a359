/**
 * Catch the quick exit's navigations in the test page instead of leaving it: the
 * Navigation API fires `navigate` synchronously inside `location.replace/assign`, and
 * cancelling it keeps the test runner's page.
 */
export function catchNavigations(): { urls: string[]; kinds: string[]; times: number[]; restore(): void } {
  const urls: string[] = [];
  const kinds: string[] = [];
  const times: number[] = [];
  const navigation = (window as unknown as { navigation: EventTarget }).navigation;
  const onNavigate = (event: Event) => {
    const { destination, navigationType } = event as Event & { destination: { url: string }; navigationType: string };
    urls.push(destination.url);
    kinds.push(navigationType);
    times.push(performance.now());
    event.preventDefault();
  };
  navigation.addEventListener('navigate', onNavigate);
  return { urls, kinds, times, restore: () => navigation.removeEventListener('navigate', onNavigate) };
}

/** What a person coming Back through the back-forward cache triggers. */
export function comeBack(): void {
  window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
}

