using Disputes.Api.Http;
using Disputes.Domain;
using Disputes.EvidenceFiles.Access;
using Disputes.EvidenceFiles.Files;
using Disputes.EvidenceFiles.Storage;
using Disputes.Hosting.Http;
using Disputes.Projections.Writing;
using Mediator;
using NodaTime;

namespace Disputes.Api.Uploads;

// Both upload flows end here: decide on a stand-in first (a refused upload stores nothing), then store the file
// within the dispute's room, then add its item through the write path.
public sealed class EvidenceAttachment(
    DisputeFiles files, EvidenceIngest ingest, ISender sender, CommandResponses responses, CommandContext context, IClock clock)
{
    public async Task<IResult> Attach(Guid disputeId, EvidenceFields fields, Stream content, string? declaredMediaType, CancellationToken ct)
    {
        var errors = new Hosting.Requests.RequestErrors();
        fields.Validate(errors);
        if (errors.Any)
            return TypedResults.Problem(Problems.Validation(errors.ToDictionary()));
        if (await files.LoadDetails(disputeId, ct) is not { State: { } dispute } details)
            return TypedResults.Problem(Problems.DisputeNotFound(disputeId));
        // The write path checks If-Match again when it appends; checked here too, a stale upload stores nothing.
        if (context.ExpectedVersion is { } expected && expected != details.Version)
            return responses.Result(new VersionMismatch(disputeId, expected));

        var evidenceId = fields.EvidenceId ?? Guid.CreateVersion7();
        fields = fields with { EvidenceId = evidenceId };
        switch (DisputeDecider.Decide(new AddEvidence(disputeId, fields.Placeholder(evidenceId), fields.Actor), dispute, clock.GetCurrentInstant(), dispute.Policy))
        {
            case Refused refused:
                return responses.Result(new CommandRefused(refused.Refusal));
            // A retry of an item already added: the file was stored the first time.
            case Accepted { Events.Count: 0 }:
                return responses.Result(await sender.Send(new AttachEvidenceRequest(disputeId, dispute.Evidence.Single(e => e.EvidenceId == evidenceId), fields.Actor), ct));
        }

        var room = files.Room(dispute);
        if (room <= 0)
            return TypedResults.Problem(Problems.EvidenceTooLarge(0, files.RoomExplained(dispute)));
        IngestedFile stored;
        try
        {
            stored = await ingest.Store(content, declaredMediaType, room, ct);
        }
        catch (EvidenceFileRejectedException e)
        {
            return TypedResults.Problem(e.Status == StatusCodes.Status415UnsupportedMediaType
                ? Problems.UnsupportedEvidence(e.Message)
                : Problems.Validation(new Dictionary<string, string[]> { ["file"] = [e.Message] }));
        }
        catch (EvidenceTooLargeException e)
        {
            return TypedResults.Problem(Problems.EvidenceTooLarge(e.LimitBytes, files.RoomExplained(dispute)));
        }
        var item = fields.Item(stored.Sha256, stored.SizeBytes, stored.MediaType);
        return responses.Result(await sender.Send(new AttachEvidenceRequest(disputeId, item, fields.Actor), ct));
    }
}
