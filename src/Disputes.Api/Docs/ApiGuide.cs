using Disputes.Hosting.Http;

namespace Disputes.Api.Docs;

// The front page of the API reference: enough for a storefront developer to run a dispute from opening
// to refund with curl, without reading anything else.
public static class ApiGuide
{
    public const string Title = "Disputes API";

    public static string Description { get; } = """
        Buyer–seller disputes from opening to refund. Every change is an immutable event; every response is the
        dispute as it stands now, with its version (`ETag`), its running deadlines and, for each participant,
        the actions allowed now and until when.

        ## Clients and tokens
        Send `Authorization: Bearer <JWT>`. Roles (claim `role`): `storefront` (acts for a buyer, a seller or
        the platform), `mediator` (acts as the token's `sub`), `auditor` (reads and verifies the history, takes signed checkpoints; never changes a dispute), `admin` (assigns cases,
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
        * `If-Match: "<version>"` makes a write on an existing dispute conditional on the version you read (`ETag` of
          every dispute response; 412 when it moved on). Opening a dispute takes none (400): there is no version yet.
        * `X-Correlation-Id` is recorded on the resulting events and echoed back.

        ## Errors
        RFC 9457 problem details (`application/problem+json`) with a stable `type` to switch on: 400 invalid input
        (`errors` per field; nothing changed), 401/403, 404 unknown dispute, 409 not allowed now (`rule`, and
        `allowedActions` says what is), 412 version mismatch, 422 business rule (`rule`). Every type, listed at the end.

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
        # the dispute now says what to pay: "refund": {"attempt": 1, "amount": {"amount": 2500, ...}, "status": "Pending"};
        # the payment backend pays it and reports back, quoting the attempt
        curl -s -X POST $API/disputes/$D/refund/succeeded -H "$T" -H "$J" -d '{"actingAs": {"party": "Platform", "id": "payments"},
          "attempt": 1, "paymentReference": "psp-123"}'
        curl -s $API/disputes/$D -H "$T"   # status Closed, outcome Split
        ```
        Amounts are in minor units of an ISO 4217 currency, from 1 to the bound of the currency in the policy (by default
        10^15; the `amount` schemas give the configured bounds), below 2^53 so JSON.parse reads them exactly; the one
        exception is a scorecard's refunded totals, summed across disputes, which need a big-number parser in JavaScript.
        Instants are ISO-8601 UTC.

        ## Texts are plain text
        Every text in a request or a response (descriptions, messages, notes, reasons, rationales, ids, evidence file
        names and links) is plain text written by buyers, sellers and staff: render it as text, never as HTML or Markdown.
        Free texts may span lines; ids, carriers, tracking numbers and payment references are one line; nothing carries
        other control characters. An evidence `uri` is an absolute, percent-encoded `https` URL of the storefront's file
        (plain `http` only where the policy allows it), `mediaType` is `type/subtype`, `fileName` has no path, `sha256`
        is 64 hex digits; anything else is a 400 naming the field.

        ## Evidence files
        The engine can hold the files themselves: stored by SHA-256 (the same bytes once), immutable, their type taken from
        their first bytes (JPEG, PNG, PDF, MP4/QuickTime; anything else, or bytes that contradict the part's declared type,
        is a 415), JPEG EXIF/XMP/IPTC and PNG text chunks removed before storing. A file is at most the policy's
        `MaxEvidenceBytes`, a dispute's files together at most `Disputes:Evidence:MaxBytesPerDispute` (413 otherwise);
        nothing is stored when a file or the action is refused. `visibility: Mediators` keeps an item from the storefront.
        ```sh
        # one request, the fields first and the file last (up to Disputes:Evidence:MaxRequestBytes, 16 MB by default)
        curl -s -X POST $API/disputes/$D/evidence/files -H "$T" -F actingAs.party=Buyer -F actingAs.id=buyer-7 \
          -F kind=Photo -F visibility=Parties -F file=@parcel.jpg
        # larger files: declare, send parts at the offset the upload stands at (a lost answer: GET the upload, go on from
        # receivedBytes), then complete into an item
        U=$(curl -s -X POST $API/disputes/$D/evidence/uploads -H "$T" -H "$J" \
          -d '{"fileName": "unboxing.mp4", "sizeBytes": 73400320}' | jq -r .uploadId)
        split -b 16m unboxing.mp4 part. && OFFSET=0; for p in part.*; do
          curl -s -X PUT "$API/disputes/$D/evidence/uploads/$U/parts?offset=$OFFSET" -H "$T" \
            -H 'Content-Type: application/octet-stream' --data-binary @$p; OFFSET=$((OFFSET + $(stat -c %s $p))); done
        curl -s -X POST $API/disputes/$D/evidence/uploads/$U/complete -H "$T" -H "$J" \
          -d '{"actingAs": {"party": "Buyer", "id": "buyer-7"}, "kind": "Video"}'
        curl -s $API/disputes/$D/evidence -H "$T"      # the items you may see, each held file with its content path
        curl -s $API/disputes/$D/evidence/$E/content -H "$T" -H 'Range: bytes=0-1048575' -o first-mb.mp4
        ```
        Mediators cite what they weighed: `"considered": [evidenceId, …]` in a decision records each item with its hash, and
        `history verify` checks that every held file cited still hashes to it. Each download by a mediator, auditor or admin
        is recorded: `GET /audit/disputes/{id}/evidence-downloads`.

        ## Webhooks
        Instead of polling, subscribe a URL (`POST /webhooks/subscriptions`, role `admin`) to the event types you need,
        e.g. `DeadlineScheduled` and `RefundRequested`. Each committed event is POSTed with `Disputes-Signature:
        t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`, in order per dispute, at least once: deduplicate on
        `disputeId` + `version`. The README has the payload, the verification code and the retry schedule.

        ## Problem types

        """ + ProblemTypes.Table() + "\n";
}
