namespace Disputes.Domain;

// What a permitted action's payload must satisfy: text and evidence limits and money rules. Free texts may span
// lines; ids, carriers, tracking numbers and payment references are one line (FieldErrors.RequiredLine).
internal static class InputRules
{
    public static Refusal? Check(IDisputeCommand command, Dispute d, DisputePolicy policy)
    {
        var errors = new FieldErrors();
        var max = policy.MaxTextLength;
        switch (command)
        {
            case MakeOffer c:
                errors.Money("refundAmount", c.RefundAmount, policy.MaxAmount);
                errors.Optional("note", c.Note, max);
                if (!Enum.IsDefined(c.Kind))
                    errors.Add("kind", "Unknown offer kind.");
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
            case ShipReturn c:
                errors.RequiredLine("carrier", c.Carrier, OpeningRules.MaxIdLength);
                errors.RequiredLine("trackingNumber", c.TrackingNumber, OpeningRules.MaxIdLength);
                break;
            case ReportReturnProblem c: errors.Required("description", c.Description, max); break;
            case ReportRefundSucceeded c: errors.RequiredLine("paymentReference", c.PaymentReference, OpeningRules.MaxIdLength); break;
            case ReportRefundFailed c: errors.Required("reason", c.Reason, max); break;
            case WithdrawDispute c: errors.Optional("reason", c.Reason, max); break;
        }

        return errors.ToRefusal() ?? MoneyRules.Check(command, d);
    }
}
