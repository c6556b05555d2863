namespace Disputes.Domain;

// What a permitted action's payload must satisfy: text and evidence limits and money rules. Free texts may span
// lines; ids, carriers, tracking numbers and payment references are one line (FieldErrors.RequiredLine).
internal static class InputRules
{
    public static Refusal? Check(IDisputeCommand command, Dispute d, DisputePolicy policy)
    {
        var errors = new FieldErrors();
        var max = policy.MaxTextLength;
        OfferKind? offered = null;
        switch (command)
        {
            case MakeOffer c:
                ProposalRules.Check(errors, c.Kind, c.RefundAmount, c.Note, c.Terms, policy);
                offered = c.Kind;
                break;
            case CounterOffer c:
                ProposalRules.Check(errors, c.Kind, c.RefundAmount, c.Note, null, policy);
                offered = c.Kind;
                break;
            case ProposeSolution c:
                ProposalRules.Check(errors, c.Kind, c.RefundAmount, c.Note, c.Terms, policy);
                offered = c.Kind;
                break;
            case RecordReturnReceipt c:
                errors.Optional("note", c.Note, max);
                if (!Enum.IsDefined(c.Outcome))
                    errors.Add("outcome", "Unknown receipt outcome.");
                break;
            case ShipReplacement c: Shipment(errors, c.Carrier, c.TrackingNumber, policy); break;
            case ReportReplacementProblem c: errors.Required("description", c.Description, max); break;
            case RequestExtension c:
                errors.Required("reason", c.Reason, max);
                if (c.Length <= NodaTime.Duration.Zero || c.Length > policy.MaxExtension)
                    errors.Add("length", $"An extension is longer than zero and at most {policy.MaxExtension} under policy {policy.Version}.");
                if (!Enum.IsDefined(c.Kind))
                    errors.Add("clock", "Unknown clock.");
                else if (errors.ToRefusal() is null && !(d.Deadlines.ContainsKey(c.Kind) && DeadlineRules.Of(c.Kind).Owner(d) is { } owner && d.PartyOf(c.By) == owner))
                    return Refusal.Violated("extension-not-your-clock", $"The {c.Kind} clock is not running for {c.By.Kind}'s answer; only a running clock awaiting you can be extended.");
                break;
            case RefuseExtension c: errors.Required("reason", c.Reason, max); break;
            case ExtendProtection c:
                errors.Required("reason", c.Reason, max);
                if (c.Until <= d.ProtectionEndsAt || c.Until - d.ProtectionEndsAt > policy.MaxProtectionExtension)
                    errors.Add("until", $"Buyer protection ends at {d.ProtectionEndsAt}; an extension moves it later by at most {policy.MaxProtectionExtension} under policy {policy.Version}.");
                break;
            case RejectClaim c:
                errors.Required("reason", c.Reason, max);
                if (c.Evidence.Count == 0)
                    errors.Add("evidence", "A seller rejects a claim with at least one evidence item.");
                for (var i = 0; i < c.Evidence.Count; i++)
                    EvidenceRules.Check(errors, $"evidence[{i}]", c.Evidence[i], policy);
                if (errors.ToRefusal() is null && d.EvidenceCount + c.Evidence.Count > policy.MaxEvidenceItems)
                    return new Refusal(RefusalKind.LimitReached, "evidence-limit",
                        $"A dispute holds at most {policy.MaxEvidenceItems} evidence items.", []);
                break;
            case RejectOffer c: errors.Required("reason", c.Reason, max); break;
            case PostMessage c:
                errors.Required("text", c.Text, max);
                EvidenceRules.CheckAttached(errors, c.Attachments, d);
                break;
            case AddEvidence c: EvidenceRules.Check(errors, "evidence", c.Evidence, policy); break;
            case Escalate c: errors.Required("reason", c.Reason, max); break;
            case AssignCase c:
                errors.RequiredLine("mediatorId", c.MediatorId, OpeningRules.MaxIdLength);
                if (d.ExcludedMediators.Contains(c.MediatorId))
                    return Refusal.Violated("appeal-needs-another-mediator", $"Mediator {c.MediatorId} decided this case before; an appeal goes to another mediator.");
                break;
            case ReleaseCase c: errors.Optional("reason", c.Reason, max); break;
            case ReassignCase c:
                errors.Required("reason", c.Reason, max);
                if (c.ToMediatorId is not null)
                    errors.RequiredLine("toMediatorId", c.ToMediatorId, OpeningRules.MaxIdLength);
                if (c.ToMediatorId is { } to && d.ExcludedMediators.Contains(to))
                    return Refusal.Violated("appeal-needs-another-mediator", $"Mediator {to} decided this case before; an appeal goes to another mediator.");
                break;
            case RequestEvidence c:
                errors.Required("description", c.Description, max);
                if (!Enum.IsDefined(c.From))
                    errors.Add("from", "Unknown party.");
                EvidenceRules.CheckRequired(errors, c.Required);
                break;
            case RecordDecision c:
                errors.Required("rationale", c.Rationale, max);
                if (c.RefundAmount is { } amount)
                    errors.Money("refundAmount", amount, policy.MaxAmount);
                EvidenceRules.CheckCited(errors, c.Considered, d);
                break;
            case AppealDecision c: errors.Required("reason", c.Reason, max); break;
            case ShipReturn c: Shipment(errors, c.Carrier, c.TrackingNumber, policy); break;
            case ReportReturnProblem c: errors.Required("description", c.Description, max); break;
            case ReportRefundSucceeded c: errors.RequiredLine("paymentReference", c.PaymentReference, OpeningRules.MaxIdLength); break;
            case ReportRefundFailed c: errors.Required("reason", c.Reason, max); break;
            case WithdrawDispute c: errors.Optional("reason", c.Reason, max); break;
            case TranslateText c:
                errors.Required("translation", c.Translation, max);
                if (c.StoredEngine is not null)
                    errors.RequiredLine("engine", c.Engine, OpeningRules.MaxIdLength);
                if (!d.Texts.TryGetValue(c.TextVersion, out var original))
                    return Refusal.Violated("text-not-found", $"Version {c.TextVersion} of dispute {d.Id} holds no text a participant wrote.");
                if (!string.Equals(c.OriginalSha256, original.Sha256, StringComparison.OrdinalIgnoreCase))
                    return Refusal.Violated("translation-of-another-text",
                        $"originalSha256 is not the SHA-256 of the text at version {c.TextVersion} ({original.Sha256}): the translation was made from another text.");
                if (c.To == original.Original)
                    errors.Add("to", $"The text is already in {original.Original.Value}.");
                if (original.Translations.Count >= TranslatableText.MaxTranslations)
                    return Refusal.Violated("translation-limit", $"The text at version {c.TextVersion} has {TranslatableText.MaxTranslations} translations already.");
                break;
            case RateResolution c:
                if (c.Score is < ResolutionRating.Lowest or > ResolutionRating.Highest)
                    errors.Add("score", $"Must be a whole number from {ResolutionRating.Lowest} to {ResolutionRating.Highest}.");
                errors.Optional("comment", c.Comment, max);
                break;
        }

        return errors.ToRefusal() ?? (offered is { } kind ? ProposalRules.Offered(kind, policy) : null) ?? MoneyRules.Check(command, d);
    }

    private static void Shipment(FieldErrors errors, string carrier, string trackingNumber, DisputePolicy policy)
    {
        errors.RequiredLine("carrier", carrier, OpeningRules.MaxIdLength);
        errors.RequiredLine("trackingNumber", trackingNumber, OpeningRules.MaxIdLength);
        if (policy.ValidateTrackingNumbers && !string.IsNullOrWhiteSpace(carrier) && !string.IsNullOrWhiteSpace(trackingNumber)
            && TrackingNumbers.Problem(carrier, trackingNumber) is { } problem)
            errors.Add("trackingNumber", problem);
    }
}
