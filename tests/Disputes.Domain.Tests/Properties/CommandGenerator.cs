using NodaTime;

namespace Disputes.Domain.Tests;

// Picks the next command of a sequence and the instant it arrives at. A mix of three kinds of step, so that
// sequences both reach deep states and keep poking at every rule on the way:
// - guided: an action that is plausible in the current status, sent by the actor it belongs to;
// - chaos: any command type, from anyone, with payloads that are often invalid;
// - clocks: the scheduler firing a running deadline at or after its due instant, early, stale or from the wrong actor.
// Deliberately not derived from DisputeMachine, so the generator does not share the machine's mistakes.
internal sealed class CommandGenerator(Random random, DisputePolicy policy, Guid disputeId, Instant start)
{
    private const string Currency = "EUR";

    private static readonly DisputeAction[] ClientActions =
        Enum.GetValues<DisputeAction>().Where(a => !a.IsClock()).ToArray();

    // Per sequence, how often the clock jumps by days: some sequences race through their deadlines, others act in time.
    private readonly double daysWeight = random.Next(3) switch { 0 => 0.04, 1 => 0.15, _ => 0.35 };

    private readonly List<Deadline> seenDeadlines = [];
    private readonly List<Guid> usedEvidenceIds = [];
    private readonly List<Guid> usedMessageIds = [];
    private readonly Money paid = new(random.Next(2) == 0 ? random.Next(1, 5) : random.Next(100, 500_000), Currency);
    private OpenDispute? firstOpening;

    public void Observe(Dispute? state)
    {
        if (state is null)
            return;
        foreach (var deadline in state.Deadlines.Values)
            if (!seenDeadlines.Contains(deadline))
                seenDeadlines.Add(deadline);
    }

    public (Instant At, IDisputeCommand Command) Next(Dispute? state, Instant now)
    {
        if (state is null)
        {
            var at = Advance(now);
            if (Chance(0.15))
                return (at, Client(ClientActions[random.Next(ClientActions.Length)], Pick(SequenceCast.Everyone), state, valid: Chance(0.5)));
            return (at, Opening(state, at));
        }

        var roll = random.NextDouble();
        if (roll < 0.17)
            return Expiry(state, now);

        var when = Advance(now);
        if (roll < 0.62 && state.Status != DisputeStatus.Closed)
        {
            // A request for more time is answered soon, as a real counterpart would.
            var action = state.PendingExtension is not null && Chance(0.5)
                ? Pick([DisputeAction.GrantExtension, DisputeAction.RefuseExtension])
                : ClockOwner(state) is not null && Chance(0.08) ? DisputeAction.RequestExtension
                : state.Status.IsNegotiation() && Chance(0.1) ? DisputeAction.ExtendProtection
                : state.Texts.Count > 0 && Chance(0.04) ? DisputeAction.TranslateText
                : Guided(state.Status);
            return (when, Client(action, RightActor(action, state), state, valid: Chance(0.85)));
        }

        // Closed is where most sequences end: rating is the one thing its parties still do.
        if (state.Status == DisputeStatus.Closed && Chance(0.3))
            return (when, Client(DisputeAction.RateResolution, RightActor(DisputeAction.RateResolution, state), state, valid: Chance(0.85)));

        var any = ClientActions[random.Next(ClientActions.Length)];
        var by = Chance(0.5) ? RightActor(any, state) : Pick(SequenceCast.Everyone);
        return (when, Client(any, by, state, valid: Chance(0.6)));
    }

    private Instant Advance(Instant now)
    {
        var roll = random.NextDouble();
        if (roll < 0.25)
            return now;
        if (roll < 0.25 + daysWeight)
            return now + Duration.FromDays(random.Next(1, 7)) + Duration.FromMinutes(random.Next(0, 1440));
        if (roll < 0.65)
            return now + Duration.FromMinutes(random.Next(1, 180));
        return now + Duration.FromHours(random.Next(1, 36));
    }

    private (Instant, IDisputeCommand) Expiry(Dispute state, Instant now)
    {
        var running = state.Deadlines.Values.OrderBy(d => d.Kind).ToList();
        var roll = random.NextDouble();
        if (running.Count > 0 && roll < 0.75)
        {
            var deadline = Pick(running);
            var by = Chance(0.9) ? SequenceCast.Engine : Pick(SequenceCast.Everyone);
            if (Chance(0.1))
                return (now, Expire(deadline.Kind, deadline.DueAt, by)); // early unless the clock already passed it
            var due = Chance(0.5) ? deadline.DueAt : deadline.DueAt + Duration.FromMinutes(random.Next(1, 3 * 1440));
            return (Max(now, due), Expire(deadline.Kind, deadline.DueAt, by));
        }

        // Stale: a clock that was cancelled, replaced or already fired, or a due instant the dispute never had.
        var at = Advance(now);
        if (seenDeadlines.Count > 0 && Chance(0.6))
        {
            var old = Pick(seenDeadlines);
            return (Max(at, old.DueAt), Expire(old.Kind, old.DueAt, SequenceCast.Engine));
        }

        var kind = Pick(Enum.GetValues<DeadlineKind>());
        return (at, Expire(kind, at - Duration.FromMinutes(random.Next(1, 600)), SequenceCast.Engine));
    }

    private ExpireDeadline Expire(DeadlineKind kind, Instant due, Actor by) => new(disputeId, kind, due, by);

    private DisputeAction Guided(DisputeStatus status)
    {
        // Withdrawing ends a sequence, so it is rare; the withdrawable statuses still see it often enough.
        if (status.IsWithdrawable() && Chance(0.04))
            return DisputeAction.Withdraw;
        DisputeAction[] likely = status switch
        {
            DisputeStatus.AwaitingSellerResponse =>
            [
                DisputeAction.AcceptClaim, DisputeAction.MakeOffer, DisputeAction.MakeOffer, DisputeAction.RejectClaim,
                DisputeAction.Escalate, DisputeAction.PostMessage, DisputeAction.AddEvidence, DisputeAction.RequestExtension,
                DisputeAction.GrantExtension, DisputeAction.RefuseExtension, DisputeAction.ProposeSolution,
            ],
            DisputeStatus.AwaitingBuyerReply =>
            [
                DisputeAction.AcceptOffer, DisputeAction.RejectOffer, DisputeAction.CounterOffer, DisputeAction.CounterOffer, DisputeAction.MakeOffer,
                DisputeAction.ProposeSolution, DisputeAction.Escalate, DisputeAction.PostMessage, DisputeAction.RequestExtension,
                DisputeAction.GrantExtension, DisputeAction.RefuseExtension, DisputeAction.AddEvidence,
            ],
            DisputeStatus.AwaitingSellerReply =>
            [
                DisputeAction.AcceptOffer, DisputeAction.AcceptOffer, DisputeAction.AcceptOffer, DisputeAction.RejectOffer, DisputeAction.MakeOffer, DisputeAction.ProposeSolution,
                DisputeAction.Escalate, DisputeAction.RequestExtension, DisputeAction.RequestExtension, DisputeAction.GrantExtension,
                DisputeAction.RefuseExtension, DisputeAction.RefuseExtension, DisputeAction.PostMessage, DisputeAction.AddEvidence,
            ],
            DisputeStatus.Negotiating =>
            [
                DisputeAction.MakeOffer, DisputeAction.CounterOffer, DisputeAction.ProposeSolution, DisputeAction.Escalate,
                DisputeAction.PostMessage, DisputeAction.AddEvidence,
            ],
            DisputeStatus.AwaitingReplacementShipment =>
            [
                DisputeAction.ShipReplacement, DisputeAction.ShipReplacement, DisputeAction.RequestExtension, DisputeAction.GrantExtension,
                DisputeAction.RefuseExtension, DisputeAction.PostMessage, DisputeAction.AddEvidence,
            ],
            DisputeStatus.ReplacementInTransit =>
            [
                DisputeAction.ConfirmReplacementReceived, DisputeAction.ReportReplacementProblem, DisputeAction.RequestExtension,
                DisputeAction.GrantExtension, DisputeAction.RefuseExtension, DisputeAction.PostMessage, DisputeAction.AddEvidence,
            ],
            DisputeStatus.AwaitingBuyerEscalation => [DisputeAction.Escalate, DisputeAction.PostMessage, DisputeAction.AddEvidence],
            DisputeStatus.AwaitingMediator => [DisputeAction.ClaimCase, DisputeAction.AssignCase, DisputeAction.PostMessage],
            DisputeStatus.UnderMediation =>
            [
                DisputeAction.RequestEvidence, DisputeAction.RecordDecision, DisputeAction.RecordDecision,
                DisputeAction.ReleaseCase, DisputeAction.PostMessage, DisputeAction.ReassignCase,
            ],
            DisputeStatus.AwaitingEvidence =>
            [
                DisputeAction.AddEvidence, DisputeAction.AddEvidence, DisputeAction.ReleaseCase, DisputeAction.PostMessage,
                DisputeAction.ReassignCase, DisputeAction.RequestExtension, DisputeAction.GrantExtension, DisputeAction.RefuseExtension,
            ],
            DisputeStatus.Decided => [DisputeAction.Appeal, DisputeAction.PostMessage],
            DisputeStatus.AwaitingReturnShipment =>
            [
                DisputeAction.ShipReturn, DisputeAction.PostMessage, DisputeAction.RequestExtension, DisputeAction.GrantExtension,
                DisputeAction.RefuseExtension,
            ],
            DisputeStatus.ReturnInTransit =>
            [
                DisputeAction.MarkReturnDelivered, DisputeAction.MarkReturnDelivered, DisputeAction.MarkReturnDelivered,
                DisputeAction.ConfirmReturnReceived, DisputeAction.ReportReturnProblem, DisputeAction.RecordReturnReceipt,
                DisputeAction.PostMessage, DisputeAction.AddEvidence,
            ],
            DisputeStatus.ReturnDelivered =>
            [
                DisputeAction.ConfirmReturnReceived, DisputeAction.ReportReturnProblem, DisputeAction.RecordReturnReceipt,
                DisputeAction.AddEvidence, DisputeAction.RequestExtension, DisputeAction.RequestExtension, DisputeAction.GrantExtension,
                DisputeAction.RefuseExtension, DisputeAction.PostMessage,
            ],
            DisputeStatus.RefundPending => [DisputeAction.ReportRefundSucceeded, DisputeAction.ReportRefundFailed],
            DisputeStatus.RefundFailed => [DisputeAction.RetryRefund, DisputeAction.PostMessage],
            _ => ClientActions,
        };
        return Pick(likely);
    }

    // Who an action belongs to, as a product person would say it; the machine is the judge of whether that holds.
    private Actor RightActor(DisputeAction action, Dispute state) => action switch
    {
        DisputeAction.AcceptOffer or DisputeAction.RejectOffer when state.PendingOffer?.ProposedBy == ActorKind.Buyer => SequenceCast.Seller,
        DisputeAction.CounterOffer or DisputeAction.ConfirmReplacementReceived or DisputeAction.ReportReplacementProblem => SequenceCast.Buyer,
        DisputeAction.RecordReturnReceipt or DisputeAction.ShipReplacement => SequenceCast.Seller,
        DisputeAction.ExtendProtection => Chance(0.7) ? SequenceCast.Seller : SequenceCast.Platform,
        DisputeAction.RateResolution => Chance(0.5) ? SequenceCast.Buyer : SequenceCast.Seller,
        DisputeAction.TranslateText => Chance(0.5) ? SequenceCast.Platform : Pick(SequenceCast.Mediators),
        DisputeAction.RequestExtension => ClockOwner(state) ?? (Chance(0.5) ? SequenceCast.Buyer : SequenceCast.Seller),
        DisputeAction.GrantExtension or DisputeAction.RefuseExtension => state.PendingExtension is { RequestedBy: var asker } && Chance(0.8)
            ? asker == Party.Buyer ? SequenceCast.Seller : SequenceCast.Buyer
            : Assigned(state),
        DisputeAction.Open or DisputeAction.AcceptOffer or DisputeAction.RejectOffer or DisputeAction.ShipReturn
            or DisputeAction.Withdraw => SequenceCast.Buyer,
        DisputeAction.AcceptClaim or DisputeAction.MakeOffer or DisputeAction.RejectClaim or DisputeAction.ConfirmReturnReceived
            or DisputeAction.ReportReturnProblem => SequenceCast.Seller,
        DisputeAction.AddEvidence when state.EvidenceRequest is { } request && Chance(0.8) =>
            request.From == Party.Buyer ? SequenceCast.Buyer : SequenceCast.Seller,
        DisputeAction.Escalate or DisputeAction.Appeal or DisputeAction.AddEvidence => Chance(0.5) ? SequenceCast.Buyer : SequenceCast.Seller,
        DisputeAction.PostMessage => Pick([SequenceCast.Buyer, SequenceCast.Seller, Assigned(state)]),
        DisputeAction.ClaimCase => Pick(SequenceCast.Mediators),
        DisputeAction.AssignCase => Chance(0.5) ? SequenceCast.Platform : Pick(SequenceCast.Mediators),
        DisputeAction.ReleaseCase or DisputeAction.RequestEvidence or DisputeAction.RecordDecision => Assigned(state),
        DisputeAction.MarkReturnDelivered => Chance(0.5) ? SequenceCast.Buyer : SequenceCast.Platform,
        DisputeAction.RetryRefund => Chance(0.7) ? SequenceCast.Platform : Pick(SequenceCast.Mediators),
        _ => SequenceCast.Platform,
    };

    private static Actor? ClockOwner(Dispute state) =>
        DeadlineRules.All.Where(r => state.Deadlines.ContainsKey(r.Kind)).Select(r => r.Owner(state)).FirstOrDefault(o => o is not null) switch
        {
            Party.Buyer => SequenceCast.Buyer,
            Party.Seller => SequenceCast.Seller,
            _ => null,
        };

    // A text of the dispute with its true hash, or (invalid) a version holding none or a hash of something else.
    private TranslateText Translation(Guid id, Dispute? state, Actor by, bool valid)
    {
        var texts = state?.Texts.Keys.Order().ToArray() ?? [];
        var version = texts.Length > 0 && (valid || Chance(0.5)) ? texts[random.Next(texts.Length)] : random.Next(0, 100);
        var hash = state?.Texts.GetValueOrDefault(version)?.Sha256 is { } sha && (valid || Chance(0.5)) ? sha : new string('0', 64);
        var to = state?.Texts.GetValueOrDefault(version)?.Original.Value == "ru" ? "de" : "ru";
        LanguageTag.TryParse(to, out var tag);
        return new TranslateText(id, version, tag, valid ? Text(valid) : Pick(["", Text(valid)]), hash, Chance(0.5) ? "mt-engine" : null, by);
    }

    private Actor Assigned(Dispute state) =>
        state.MediatorId is { } id && Chance(0.9) ? Actor.Mediator(id) : Pick(SequenceCast.Mediators);

    private OpenDispute Opening(Dispute? state, Instant now)
    {
        if (state is not null && firstOpening is not null)
            return Chance(0.5) ? firstOpening : firstOpening with { Description = Text(valid: true) + " (changed)" };

        var remedy = Pick(Enum.GetValues<Remedy>());
        Money? requested = remedy switch
        {
            Remedy.PartialRefund when paid.Amount > 1 => new Money(random.NextInt64(1, paid.Amount), Currency),
            Remedy.PartialRefund => new Money(1, Currency), // equal to what was paid: refused as "ask for a full refund"
            Remedy.ReturnAndRefund when Chance(0.3) => new Money(random.NextInt64(1, paid.Amount + 1), Currency),
            _ => null,
        };
        var opening = new OpenDispute(disputeId, "order-" + disputeId.ToString("N")[..8], SequenceCast.BuyerId, SequenceCast.SellerId,
            Pick(Enum.GetValues<DisputeReason>()), "It never arrived.", paid, remedy, requested,
            now + Duration.FromDays(random.Next(1, 60)), SequenceCast.Buyer);

        if (Chance(0.8))
        {
            firstOpening = opening;
            return opening;
        }

        return random.Next(7) switch
        {
            0 => opening with { By = Pick([SequenceCast.Seller, SequenceCast.OtherBuyer, SequenceCast.M1, SequenceCast.Engine]) },
            1 => opening with { Description = TooLong() },
            2 => opening with { RequestedRefund = new Money(paid.Amount + random.Next(1, 1000), Currency) },
            3 => opening with { RequestedRefund = new Money(Math.Max(1, paid.Amount - 1), "USD") },
            4 => opening with { ProtectionEndsAt = now - Duration.FromMinutes(random.Next(1, 10_000)) },
            5 => opening with { AmountPaid = new Money(0, Currency) },
            _ => opening with { SellerId = SequenceCast.BuyerId },
        };
    }

    private IDisputeCommand Client(DisputeAction action, Actor by, Dispute? state, bool valid)
    {
        var id = disputeId;
        return action switch
        {
            DisputeAction.Open => Opening(state, start),
            DisputeAction.AcceptClaim => new AcceptClaim(id, by),
            DisputeAction.MakeOffer => Offer(state, by, valid),
            DisputeAction.RejectClaim => new RejectClaim(id, Text(valid), valid || Chance(0.5) ? [.. Evidence(random.Next(1, 3), valid)] : [], by),
            DisputeAction.AcceptOffer => new AcceptOffer(id, by),
            DisputeAction.RejectOffer => new RejectOffer(id, Text(valid), by),
            DisputeAction.PostMessage => new PostMessage(id, Remember(usedMessageIds), Text(valid), by),
            DisputeAction.AddEvidence => new AddEvidence(id, Evidence(1, valid)[0], by),
            DisputeAction.Escalate => new Escalate(id, Text(valid), by),
            DisputeAction.ClaimCase => new ClaimCase(id, by),
            DisputeAction.AssignCase => new AssignCase(id, valid ? Pick(SequenceCast.Mediators).Id : Pick(["", "m1", "   ", new string('m', 201)]), by),
            DisputeAction.ReleaseCase => new ReleaseCase(id, Chance(0.3) ? "" : Text(valid), by),
            DisputeAction.ReassignCase => new ReassignCase(id, Chance(0.3) ? null : valid ? Pick(SequenceCast.Mediators).Id : Pick(["", "   "]), Text(valid), by),
            DisputeAction.RequestEvidence => new RequestEvidence(id, valid || Chance(0.5) ? Pick([Party.Buyer, Party.Seller]) : (Party)7, Text(valid), by),
            DisputeAction.RecordDecision => Decision(state, by, valid),
            DisputeAction.Appeal => new AppealDecision(id, Text(valid), by),
            DisputeAction.ShipReturn => new ShipReturn(id, valid ? "DHL" : Pick(["", "DHL"]), valid ? Tracking() : Pick(["", "TRK" + random.Next(1000), new string('9', 201)]), by),
            DisputeAction.CounterOffer => Offer(state, by, valid) is var o ? new CounterOffer(id, o.Kind, o.RefundAmount, o.Note, by) : null!,
            DisputeAction.ProposeSolution => Offer(state, by, valid) is var p ? new ProposeSolution(id, p.Kind, p.RefundAmount, p.Note, by, p.Terms) : null!,
            // Half the findings as described: the one that pays, which the other four would otherwise crowd out of a run.
            DisputeAction.RecordReturnReceipt => new RecordReturnReceipt(id, valid || Chance(0.5) ? (Chance(0.5) ? ReceiptOutcome.AsDescribed : Pick(Enum.GetValues<ReceiptOutcome>())) : (ReceiptOutcome)9, Chance(0.3) ? "" : Text(valid), by),
            DisputeAction.ShipReplacement => new ShipReplacement(id, valid ? "UPS" : Pick(["", "UPS"]), valid ? "1Z999AA1012345678" + random.Next(10) : Pick(["", "1Z-nope"]), by),
            DisputeAction.ConfirmReplacementReceived => new ConfirmReplacementReceived(id, by),
            DisputeAction.ReportReplacementProblem => new ReportReplacementProblem(id, Text(valid), by),
            DisputeAction.RequestExtension => new RequestExtension(id,
                valid ? ClockToExtend(state) : Pick(Enum.GetValues<DeadlineKind>()),
                valid ? Duration.FromDays(random.Next(1, 8)) : Pick([Duration.Zero, Duration.FromDays(30), Duration.FromHours(-1)]), Text(valid), by),
            DisputeAction.GrantExtension => new GrantExtension(id, by),
            DisputeAction.RefuseExtension => new RefuseExtension(id, Text(valid), by),
            DisputeAction.ExtendProtection => new ExtendProtection(id,
                (state?.ProtectionEndsAt ?? start) + (valid ? Duration.FromDays(random.Next(1, 31)) : Pick([Duration.Zero, Duration.FromDays(90)])), Text(valid), by),
            DisputeAction.MarkReturnDelivered => new MarkReturnDelivered(id, by),
            DisputeAction.ConfirmReturnReceived => new ConfirmReturnReceived(id, by),
            DisputeAction.ReportReturnProblem => new ReportReturnProblem(id, Text(valid), by),
            DisputeAction.ReportRefundSucceeded => new ReportRefundSucceeded(id, Attempt(state, valid), valid ? "pay-" + random.Next(1000) : "", by),
            DisputeAction.ReportRefundFailed => new ReportRefundFailed(id, Attempt(state, valid), Text(valid), by),
            DisputeAction.RetryRefund => new RetryRefund(id, by),
            DisputeAction.Withdraw => new WithdrawDispute(id, Chance(0.3) ? "" : Text(valid), by),
            DisputeAction.TranslateText => Translation(id, state, by, valid),
            DisputeAction.RateResolution => new RateResolution(id, valid ? random.Next(1, 6) : Pick([0, 6, -1]), Chance(0.4) ? null : Text(valid), by),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
        };
    }

    private string Tracking() => Chance(0.5) ? random.NextInt64(1_000_000_000, 9_999_999_999).ToString() : "JD" + random.Next(100_000_000, 999_999_999) + "SE";

    private DeadlineKind ClockToExtend(Dispute? state) =>
        state?.Deadlines.Keys.Where(k => DeadlineRules.Of(k).Owner(state) is not null).OrderBy(k => k).FirstOrDefault() ?? DeadlineKind.SellerResponse;

    private MakeOffer Offer(Dispute? state, Actor by, bool valid)
    {
        var kind = Pick(Enum.GetValues<OfferKind>());
        var refundable = state?.Refundable.Amount ?? paid.Amount;
        var amount = kind switch
        {
            OfferKind.PartialRefund => Below(refundable),
            OfferKind.Replacement or OfferKind.Repair => default,
            _ => UpTo(refundable),
        };
        if (valid)
            return new MakeOffer(disputeId, kind, amount, Chance(0.3) ? "" : Text(valid: true), by,
                kind == OfferKind.ReturnAndRefund && Chance(0.5) ? new ReturnTerms("Dock 4, Riga", Pick([Party.Buyer, Party.Seller]), Chance(0.5) ? "label-1" : null) : null);
        return random.Next(5) switch
        {
            0 => new MakeOffer(disputeId, kind, WrongAmount(refundable), Text(true), by),
            1 => new MakeOffer(disputeId, OfferKind.PartialRefund, new Money(refundable, Currency), Text(true), by),
            2 => new MakeOffer(disputeId, kind, amount, TooLong(), by),
            3 => new MakeOffer(disputeId, (OfferKind)9, amount, Text(true), by),
            _ => new MakeOffer(disputeId, kind, amount with { Currency = Pick(["USD", "eur", "ZZZ"]) }, Text(true), by),
        };
    }

    private RecordDecision Decision(Dispute? state, Actor by, bool valid)
    {
        var kind = Pick(Enum.GetValues<DecisionKind>());
        var refundable = state?.Refundable.Amount ?? paid.Amount;
        Money? amount = kind switch
        {
            DecisionKind.PartialRefund => Below(refundable),
            DecisionKind.ReturnAndRefund when Chance(0.5) => UpTo(refundable),
            _ => null,
        };
        if (valid)
            return new RecordDecision(disputeId, kind, amount, Text(valid: true), by);
        return random.Next(5) switch
        {
            0 => new RecordDecision(disputeId, kind, WrongAmount(refundable), Text(true), by),
            1 => new RecordDecision(disputeId, DecisionKind.PartialRefund, null, Text(true), by),
            2 => new RecordDecision(disputeId, DecisionKind.FullRefund, new Money(refundable, Currency), Text(true), by),
            3 => new RecordDecision(disputeId, (DecisionKind)9, null, Text(true), by),
            _ => new RecordDecision(disputeId, kind, amount, Chance(0.5) ? "" : TooLong(), by),
        };
    }

    private int Attempt(Dispute? state, bool valid)
    {
        var current = state?.Refund?.Attempt ?? state?.RefundAttempts ?? 1;
        return valid ? current : current + Pick([-1, 1, 2]);
    }

    private List<EvidenceItem> Evidence(int count, bool valid)
    {
        var items = new List<EvidenceItem>(count);
        for (var i = 0; i < count; i++)
        {
            var item = new EvidenceItem(Remember(usedEvidenceIds), Pick(Enum.GetValues<EvidenceKind>()), "photo.jpg", "image/jpeg",
                random.NextInt64(1, policy.MaxEvidenceBytes + 1), new string('a', 64), "https://store.example/e/" + random.Next(10_000));
            // Some files are held by the engine, so closed disputes also run (and fire) their retention clock.
            if (Chance(0.3))
                item = item with { Uri = null, Held = true };
            if (!valid && i == 0)
            {
                item = random.Next(5) switch
                {
                    0 => item with { SizeBytes = policy.MaxEvidenceBytes + random.Next(1, 1_000_000) },
                    1 => item with { SizeBytes = 0 },
                    2 => item with { Sha256 = "not-a-hash" },
                    3 => item with { EvidenceId = Guid.Empty },
                    _ => item with { FileName = "" },
                };
            }

            items.Add(item);
        }

        return items;
    }

    // Sometimes the same id again: a client retrying with the id it minted the first time.
    private Guid Remember(List<Guid> used)
    {
        if (used.Count > 0 && Chance(0.1))
            return Pick(used);
        var bytes = new byte[16];
        random.NextBytes(bytes);
        var id = new Guid(bytes);
        used.Add(id);
        return id;
    }

    private string Text(bool valid)
    {
        if (valid)
            return Chance(0.05) ? new string('t', policy.MaxTextLength) : Pick(["Please refund.", "Photos attached.", "See the tracking.", "No."]);
        return Pick(["", "   ", TooLong()]);
    }

    private string TooLong() => new('x', policy.MaxTextLength + 1);

    private Money Below(long refundable) => new(refundable > 1 ? random.NextInt64(1, refundable) : 1, Currency);

    private Money UpTo(long refundable) => new(refundable > 0 ? random.NextInt64(1, refundable + 1) : 1, Currency);

    private Money WrongAmount(long refundable) => random.Next(4) switch
    {
        0 => new Money(refundable + random.Next(1, 10_000), Currency),
        1 => new Money(paid.Amount * 2 + 1, Currency),
        2 => new Money(0, Currency),
        _ => new Money(-random.Next(1, 100), Currency),
    };

    private bool Chance(double p) => random.NextDouble() < p;

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;
}
