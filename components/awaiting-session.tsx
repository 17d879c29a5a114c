// A tracked site with no session running (e.g. just after the shopper ended
// one): reassure that the next page they open starts recording again.

export function AwaitingSession({ siteName }: { siteName: string }) {
  return (
    <section class="awaiting-session" data-testid="awaiting-session" aria-labelledby="session-site-name">
      <p class="eyebrow">Ready to record</p>
      <h1 class="site-title" id="session-site-name" data-testid="site-name">{siteName}</h1>
      <p class="awaiting-session__text">
        Recording starts as you browse: the next page you open on {siteName} begins a new session, timed from that
        moment. Nothing leaves this device.
      </p>
    </section>
  );
}
