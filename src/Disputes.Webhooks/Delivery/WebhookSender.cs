using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using NodaTime;
using Polly;
using Polly.Timeout;

namespace Disputes.Webhooks.Delivery;

public abstract record SendResult
{
    public sealed record Delivered(int Status) : SendResult;
    public sealed record Failed(int? Status, string Error) : SendResult;
}

// One signed POST. Polly bounds it (AttemptTimeout, connection included); whether and when to try again is the
// dispatcher's call, from the schedule persisted in the outbox. Any 2xx is a delivery; everything else, redirects
// included (they are not followed: a signed body is not re-sent elsewhere), is a failure.
public sealed class WebhookSender(IHttpClientFactory clients, IClock clock, IOptions<WebhookOptions> options)
{
    public const string ClientName = "Disputes.Webhooks";

    private readonly ResiliencePipeline pipeline = new ResiliencePipelineBuilder()
        .AddTimeout(options.Value.AttemptTimeout)
        .Build();

    public async Task<SendResult> SendAsync(ClaimedNotification n, byte[] body, CancellationToken ct)
    {
        var client = clients.CreateClient(ClientName);
        try
        {
            return await pipeline.ExecuteAsync(async token =>
            {
                using var request = Request(n, body);
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token);
                var status = (int)response.StatusCode;
                return response.IsSuccessStatusCode
                    ? new SendResult.Delivered(status)
                    : (SendResult)new SendResult.Failed(status, $"HTTP {status} {response.ReasonPhrase}".TrimEnd());
            }, ct);
        }
        catch (TimeoutRejectedException)
        {
            return new SendResult.Failed(null, $"No response within {options.Value.AttemptTimeout}.");
        }
        catch (HttpRequestException e)
        {
            return new SendResult.Failed(null, e.HttpRequestError == HttpRequestError.Unknown ? e.Message : $"{e.HttpRequestError}: {e.Message}");
        }
    }

    private HttpRequestMessage Request(ClaimedNotification n, byte[] body)
    {
        // Signed at each attempt: the timestamp is the attempt's, so a receiver's replay window fits retries too.
        var timestamp = clock.GetCurrentInstant().ToUnixTimeSeconds();
        var request = new HttpRequestMessage(HttpMethod.Post, n.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.TryAddWithoutValidation(WebhookSignature.Header, WebhookSignature.HeaderValue(n.Secret, timestamp, body));
        request.Headers.TryAddWithoutValidation(WebhookHeaders.Id, n.Id.ToString());
        request.Headers.TryAddWithoutValidation(WebhookHeaders.Attempt, n.Attempts.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.TryAddWithoutValidation(WebhookHeaders.EventType, n.EventType);
        request.Headers.UserAgent.ParseAdd(WebhookHeaders.UserAgent);
        return request;
    }
}
