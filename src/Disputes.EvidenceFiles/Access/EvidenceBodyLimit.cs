using Microsoft.AspNetCore.Http.Metadata;

namespace Disputes.EvidenceFiles.Access;

// The body limit of an upload endpoint, read by the API's body-size middleware in place of the JSON endpoints' limit.
public sealed class EvidenceBodyLimit(long bytes) : IRequestSizeLimitMetadata
{
    public long? MaxRequestBodySize { get; } = bytes;
}
