using Disputes.Projections.Writing;

namespace Disputes.Api.Http;

// An HTTP response exactly as first sent, so a retried request gets the same status, headers and bytes.
public sealed record StoredResponse(int Status, string ContentType, string Body, long? Version, string? Location) : IdempotentReply;
