using Disputes.Hosting.Workers;

namespace Disputes.Statistics.Daemon;

// Bound from "Disputes:Projections" (env Disputes__Projections__Daemon=Solo and so on).
public sealed class AsyncProjectionOptions
{
    public const string Section = "Disputes:Projections";

    // HotCold (default): every instance runs a daemon, one leader per shard by advisory lock, the rest stand by.
    // Solo: this instance runs every shard without a lock; only when it is the one instance on the database.
    // Disabled: no daemon here (tools, or instances that only serve requests while another process projects).
    public DaemonRole Daemon { get; set; } = DaemonRole.HotCold;

    // How long work may wait with a progression row not moving before the projections check reports a stall.
    // It must exceed the daemon's own gap wait (3 s) and its slowest page; a minute leaves room for both.
    public TimeSpan StallWindow { get; set; } = TimeSpan.FromMinutes(1);
}

public enum DaemonRole { HotCold, Solo, Disabled }
