namespace Disputes.Api.Docs;

// The front page of the API reference: enough for a storefront developer to run a dispute from opening
// to refund with curl, without reading anything else.
public static class ApiGuide
{
    public const string Title = "Disputes API";

    public const string Description = """
        Buyer–seller disputes from opening to refund. Every change is an immutable event; every response is the
        dispute as it stands now, with its version (`ETag`), its running deadlines and, for each participant,
        the actions allowed now and until when.

        ## Clients and tokens
        Send `Authorization: Bearer <JWT>`. Roles (claim `role`): `storefront` (acts for a buyer, a seller or
        the platform), `mediator` (acts as the token's `sub`), `auditor` (read only), `admin` (assigns cases,
        retries refunds, reads the audit trail). Locally: `dotnet user-jwts create --project src/Disputes.Api --role storefront`.

        A storefront names who it acts for in every body: `"actingAs": {"party": "Buyer" | "Seller" | "Platform", "id": "..."}`.
        The id is checked against the dispute: acting for somebody else's dispute is a 403. `Platform` is the marketplace
        on its own behalf (the payment backend reporting a refund, carrier tracking a delivery; the id names the service).

        Every event records both: the party it acted for (`actor`: `Buyer`, `Seller`, `Mediator`, `Platform`, or `System`,
        the engine itself, for clocks and their consequences) and who authenticated to cause it (`caller`: the token's
        `sub` and the role it was admitted under, or `scheduler` for a clock), as the audit endpoints show.

        ## Safe retries and concurrency
        * `Idempotency-Key` on any POST: the same key with the same body returns the first response again
          (header `Idempotent-Replayed: true`) and changes nothing; the same key with another body is a 422.
        * `If-Match: "<version>"` makes a write conditional on the version you read (412 when it moved on).
        * `X-Correlation-Id` is recorded on the resulting events and echoed back.

        ## Errors
        RFC 9457 problem details with a stable `type`: 400 invalid input (`errors` per field), 401/403, 404 unknown
        dispute, 409 not allowed now (`allowedActions` says what is), 412 version mismatch, 422 business rule (`rule`).

        ## A dispute from opening to refund
        ```sh
        API=http://127.0.0.1:5080; T="Authorization: Bearer $TOKEN"; J='Content-Type: application/json'
        # the buyer opens (the storefront sends it on the buyer's behalf)
        curl -s -X POST $API/disputes -H "$T" -H "$J" -H 'Idempotency-Key: open-order-1001' -d '{
          "disputeId": "0199a000-0000-7000-8000-000000000001", "orderId": "order-1001",
          "buyerId": "buyer-7", "sellerId": "seller-3", "reason": "ItemNotReceived",
          "amountPaid": {"amount": 4999, "currency": "EUR"}, "requestedRemedy": "FullRefund",
          "protectionEndsAt": "2026-12-31T00:00:00Z", "description": "The parcel never arrived."}'
        D=0199a000-0000-7000-8000-000000000001
        # the seller offers half back; the buyer accepts
        curl -s -X POST $API/disputes/$D/offers -H "$T" -H "$J" -d '{"actingAs": {"party": "Seller", "id": "seller-3"},
          "kind": "PartialRefund", "refundAmount": {"amount": 2500, "currency": "EUR"}, "note": "Half back?"}'
        curl -s -X POST $API/disputes/$D/offer/accept -H "$T" -H "$J" -d '{"actingAs": {"party": "Buyer", "id": "buyer-7"}}'
        # the payment backend reports the refund attempt the dispute asked for (status RefundPending, attempt 1)
        curl -s -X POST $API/disputes/$D/refund/succeeded -H "$T" -H "$J" -d '{"actingAs": {"party": "Platform", "id": "payments"},
          "attempt": 1, "paymentReference": "psp-123"}'
        curl -s $API/disputes/$D -H "$T"   # status Closed, outcome Split
        ```
        Amounts are in minor units of an ISO 4217 currency. Instants are ISO-8601 UTC.

        ## Webhooks
        Instead of polling, subscribe a URL (`POST /webhooks/subscriptions`, role `admin`) to the event types you need,
        e.g. `DeadlineScheduled` and `RefundRequested`. Each committed event is POSTed with `Disputes-Signature:
        t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`, in order per dispute, at least once: deduplicate on
        `disputeId` + `version`. The README has the payload, the verification code and the retry schedule.
        """;
}
