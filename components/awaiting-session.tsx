// A tracked site with no session running (e.g. just after the shopper ended
// one, or just after they chose "Track this site"): reassure that the next
// page they open starts recording.

export function AwaitingSession({ siteName, justTracked = false }: { siteName: string; justTracked?: boolean }) {
  return (
    <section class="awaiting-session" data-testid="awaiting-session" aria-labelledby="session-site-name">
      <p class="eyebrow">{justTracked ? 'Tracking started' : 'Ready to record'}</p>
      <h1 class="site-title" id="session-site-name" data-testid="site-name">{siteName}</h1>
      {justTracked ? (
        <p class="awaiting-session__text" role="status" data-testid="tracking-started">
          Now recording on {siteName} — your next page there starts a session. Nothing leaves this device.
        </p>
      ) : (
        <p class="awaiting-session__text">
          Recording starts as you browse: the next page you open on {siteName} begins a new session, timed from that
          moment. Nothing leaves this device.
        </p>
      )}
    </section>
  );
}
