namespace Disputes.EvidenceFiles.Files;

// A file the engine will not hold, with the status the client gets: 415 for a type off the allow-list or not what
// it was sent as, 400 for a file that is not well-formed as its type.
public sealed class EvidenceFileRejectedException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;

    public static EvidenceFileRejectedException Malformed(string type, string detail) =>
        new(StatusCodes.Status400BadRequest, $"The file is not a well-formed {type}: {detail}.");
}
