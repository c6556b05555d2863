using NodaTime;

namespace Disputes.Domain.Tests;

// The fixed people, ids and instants every spec uses (no random data in specs).
public static class Cast
{
    public static readonly Guid DisputeId = Guid.Parse("0193a1b2-0000-7000-8000-000000000001");
    public static readonly Actor Buyer = Actor.Buyer("buyer-1");
    public static readonly Actor Seller = Actor.Seller("seller-1");
    public static readonly Actor OtherBuyer = Actor.Buyer("buyer-2");
    public static readonly Actor OtherSeller = Actor.Seller("seller-2");
    public static readonly Actor Mediator = Actor.Mediator("mediator-1");
    public static readonly Actor OtherMediator = Actor.Mediator("mediator-2");
    public static readonly Actor Platform = Actor.Platform("payments");
    public static readonly Actor Engine = Actor.System;

    public static readonly Instant Start = Instant.FromUtc(2026, 11, 25, 10, 0);
    public static readonly Instant ProtectionEnds = Start + Duration.FromDays(30);

    public static Money Eur(long cents) => new(cents, "EUR");

    public static readonly Money Paid = Eur(10_000);

    public static EvidenceItem Evidence(int n = 1, long size = 1_000) => new(
        Guid.Parse($"0193a1b2-0000-7000-8000-{n:D12}"), EvidenceKind.Photo, $"photo-{n}.jpg", "image/jpeg", size,
        new string('a', 64), $"https://store.example/evidence/{n}");
}
