using Disputes.Hosting.Workers;
using NodaTime;

namespace Disputes.Webhooks.Delivery;

// This instance's dispatcher and what it delivered, for GET /diagnostics/webhooks and the "webhooks" readiness check.
public sealed class WebhookDispatcherState(InstanceIdentity instance) : WorkerState<DispatchResult>(instance, "webhook dispatcher");
