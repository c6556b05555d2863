using NodaTime;

namespace Disputes.Domain;

// RequestedRefund may be omitted for a full refund or a return (it then defaults to the amount paid). Earlier is what
// the write path found of closed disputes on the order, for the policy's reopening rule; the client never sends it.
// Language is the case's (null: LanguageTag.Default), what the desk routes the escalation on.
public sealed record OpenDispute(
    Guid DisputeId,
    string OrderId,
    string BuyerId,
    string SellerId,
    DisputeReason Reason,
    string Description,
    Money AmountPaid,
    Remedy RequestedRemedy,
    Money? RequestedRefund,
    Instant ProtectionEndsAt,
    Actor By,
    string? ReopenReason = null,
    IReadOnlyList<EarlierDispute>? Earlier = null,
    LanguageTag? Language = null) : IDisputeCommand
{
    public DisputeAction Action => DisputeAction.Open;
}
