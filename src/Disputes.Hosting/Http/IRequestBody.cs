
namespace Disputes.Hosting.Http;

// Marks a bound request body, so the idempotency fingerprint covers exactly what the client sent.
public interface IRequestBody;
