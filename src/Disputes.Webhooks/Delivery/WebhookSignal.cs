using Disputes.Hosting.Workers;

namespace Disputes.Webhooks.Delivery;

// Wakes this instance's dispatcher when something may have become deliverable here: a commit with events (the commit
// listener in WebhooksStore), a resume, a redelivery.
public sealed class WebhookSignal : WakeSignal;
