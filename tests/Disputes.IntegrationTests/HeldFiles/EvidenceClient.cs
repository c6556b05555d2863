using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Disputes.IntegrationTests.HeldFiles;

// Uploads as a storefront sends them: a multipart form with the fields first and the file last, or a large file
// created, sent in parts and completed.
public static class EvidenceClient
{
    public static Task<HttpResponseMessage> UploadFile(
        this HttpClient client, Guid disputeId, byte[] file, string fileName, string contentType, string kind = "Photo",
        string party = "Buyer", string partyId = DisputeApi.Buyer, string? visibility = null, Guid? evidenceId = null)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(party), "actingAs.party" },
            { new StringContent(partyId), "actingAs.id" },
            { new StringContent(kind), "kind" },
        };
        if (visibility is not null)
            form.Add(new StringContent(visibility), "visibility");
        if (evidenceId is not null)
            form.Add(new StringContent(evidenceId.ToString()!), "evidenceId");
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        form.Add(content, "file", fileName);
        return client.PostAsync($"/disputes/{disputeId}/evidence/files", form);
    }

    public static async Task<JsonObject> CreateUpload(this HttpClient client, Guid disputeId, string fileName, long size)
    {
        var response = await client.PostAsync($"/disputes/{disputeId}/evidence/uploads",
            new StringContent(new JsonObject { ["fileName"] = fileName, ["sizeBytes"] = size }.ToJsonString(), Encoding.UTF8, "application/json"));
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Json();
    }

    public static Task<HttpResponseMessage> SendPart(this HttpClient client, Guid disputeId, Guid uploadId, long offset, ReadOnlyMemory<byte> part)
    {
        var content = new ByteArrayContent(part.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return client.PutAsync($"/disputes/{disputeId}/evidence/uploads/{uploadId}/parts?offset={offset}", content);
    }

    public static Task<HttpResponseMessage> CompleteUpload(this HttpClient client, Guid disputeId, Guid uploadId, string kind, string party = "Buyer", string partyId = DisputeApi.Buyer) =>
        client.PostAsync($"/disputes/{disputeId}/evidence/uploads/{uploadId}/complete",
            new StringContent(new JsonObject { ["actingAs"] = DisputeApi.As(party, partyId), ["kind"] = kind }.ToJsonString(), Encoding.UTF8, "application/json"));

    public static async Task<JsonArray> EvidenceList(this HttpClient client, Guid disputeId)
    {
        var response = await client.GetAsync($"/disputes/{disputeId}/evidence");
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
