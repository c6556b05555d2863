using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Disputes.Audit.Checkpoints;
using Disputes.Audit.Verification;
using Disputes.Hosting.Tools;
using Disputes.IntegrationTests.Deadlines;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using NodaTime.Testing;

namespace Disputes.IntegrationTests.Audit;

// The chain has no secret: whoever can write to the database can change an event and recompute every hash after
// it, and plain verification is satisfied. A checkpoint signed earlier with a key the database never sees records
// each dispute's latest hash; against it, the re-hash, a deleted dispute and deleted newest events all show.
public sealed class SignedCheckpoints(ApiFixture<SignedCheckpoints> api) : IClassFixture<ApiFixture<SignedCheckpoints>>, IDisposable
{
    private static readonly ECDsa Key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private static Guid Id(int n) => Guid.Parse($"0199f700-0000-7000-8000-{n:D12}");

    public static IReadOnlyDictionary<string, string?> HostSettings => Signing(Key);

    private readonly string directory = Directory.CreateTempSubdirectory("disputes-checkpoints-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static Dictionary<string, string?> Signing(ECDsa signing, bool periodic = false, TimeSpan? interval = null) => new()
    {
        ["Disputes:Checkpoints:SigningKey"] = signing.ExportPkcs8PrivateKeyPem(),
        ["Disputes:Checkpoints:Enabled"] = periodic ? "true" : "false",
        ["Disputes:Checkpoints:Interval"] = (interval ?? TimeSpan.FromHours(1)).ToString(),
    };

    private HttpClient Auditor => api.Auditor();

    private async Task<JsonObject> TakeCheckpoint()
    {
        var response = await Auditor.PostAsync("/audit/checkpoints", null);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Json()).AsObject();
    }

    private async Task<JsonObject> VerifyAgainst(JsonObject checkpoint)
    {
        var response = await Auditor.PostAsJsonAsync("/audit/checkpoints/verification", checkpoint);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Json()).AsObject();
    }

    private async Task<(int Exit, string Output)> VerifyVerb(JsonObject checkpoint, params string[] more)
    {
        var path = Path.Combine(directory, $"checkpoint-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, checkpoint.ToJsonString());
        var output = new StringWriter();
        var exit = await new VerifyHistory().Run(api.Services, new ToolArguments(["--checkpoint", path, .. more]), output, CancellationToken.None);
        return (exit, output.ToString());
    }

    private Task<long> Lifecycle(Guid id) => HistoryScenario.FullLifecycle(api, id);

    [Fact]
    public async Task Given_a_checkpoint_When_an_event_is_changed_and_every_hash_after_it_recomputed_by_sql_Then_plain_verification_passes_and_the_checkpoint_names_the_dispute()
    {
        var (tampered, untouched) = (Id(1), Id(2));
        var last = await Lifecycle(tampered);
        await Lifecycle(untouched);
        var checkpoint = await TakeCheckpoint();
        (await VerifyAgainst(checkpoint))["intact"]!.GetValue<bool>().Should().BeTrue("nothing has changed yet");
        var recorded = (await api.Rows(tampered))[^1].Hash;

        await api.Sql("update {schema}.mt_events set data = jsonb_set(data, '{refundAmount,amount}', '4999') where stream_id = $1 and type = 'seller_offer_made'", tampered);
        await api.Sql(RehashEveryEvent(tampered));

        (await api.VerifyAll()).ShouldBeIntact();
        var report = await VerifyAgainst(checkpoint);
        report["intact"]!.GetValue<bool>().Should().BeFalse();
        report["history"]!["intact"]!.GetValue<bool>().Should().BeTrue("the re-hash left every chain consistent");
        var finding = report["checkpoint"]!["findings"]!.AsArray().Should().ContainSingle().Subject!.AsObject();
        finding["disputeId"]!.GetValue<Guid>().Should().Be(tampered);
        finding["version"]!.GetValue<long>().Should().Be(last);
        finding["kind"]!.GetValue<string>().Should().Be("HashChanged");
        finding["recordedHash"]!.GetValue<string>().Should().Be(recorded);
        finding["storedHash"]!.GetValue<string>().Should().NotBe(recorded);
        report["checkpoint"]!["disputesMatching"]!.GetValue<long>().Should().Be(report["checkpoint"]!["disputesListed"]!.GetValue<long>() - 1);

        var verb = await VerifyVerb(checkpoint);
        verb.Exit.Should().Be(1, verb.Output);
        verb.Output.Should().Contain("every chain intact").And.Contain($"CHECKPOINT MISMATCH dispute {tampered} at version {last}: HashChanged");
    }

    [Fact]
    public async Task Given_a_checkpoint_When_a_whole_dispute_and_another_s_newest_event_are_deleted_Then_plain_verification_passes_and_the_checkpoint_names_both()
    {
        var (shortened, deleted) = (Id(11), Id(12));
        var last = await Lifecycle(shortened);
        await Lifecycle(deleted);
        var checkpoint = await TakeCheckpoint();

        // Deleted with its stream row's version lowered, the newest event leaves no gap; a stream row's delete cascades.
        await api.Sql("delete from {schema}.mt_events where stream_id = $1 and version = $2", shortened, last);
        await api.Sql("update {schema}.mt_streams set version = version - 1 where id = $1", shortened);
        await api.Sql("delete from {schema}.mt_streams where id = $1", deleted);

        (await api.VerifyAll()).ShouldBeIntact();
        var report = await VerifyAgainst(checkpoint);
        var findings = report["checkpoint"]!["findings"]!.AsArray().ToDictionary(f => f!["disputeId"]!.GetValue<Guid>(), f => f!["kind"]!.GetValue<string>());
        findings.Should().BeEquivalentTo(new Dictionary<Guid, string> { [shortened] = "EventMissing", [deleted] = "DisputeMissing" });
        report["checkpoint"]!["sequenceWentBack"]!.GetValue<bool>().Should().BeTrue("the deleted dispute held the newest events");
        report["intact"]!.GetValue<bool>().Should().BeFalse();

        var verb = await VerifyVerb(checkpoint);
        verb.Exit.Should().Be(1, verb.Output);
        verb.Output.Should().Contain($"dispute {deleted} at version").And.Contain("DisputeMissing").And.Contain("CHECKPOINT MISMATCH sequence");
    }

    [Fact]
    public async Task Given_a_checkpoint_altered_or_signed_with_another_key_When_verified_Then_it_is_refused_unless_that_key_is_given()
    {
        await Lifecycle(Id(21));
        var checkpoint = await TakeCheckpoint();
        var payload = checkpoint["payload"]!.GetValue<string>();
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var otherId = CheckpointKeys.KeyId(other);

        var flipped = Copy(checkpoint, "signature", Flip(checkpoint["signature"]!.GetValue<string>()));
        var edited = Copy(checkpoint, "payload", payload.Replace("\"sequence\":", "\"sequence\":1", StringComparison.Ordinal));
        var wrongKey = Copy(checkpoint, "signature", Sign(other, payload));
        var untrusted = Copy(Copy(Copy(checkpoint, "keyId", otherId), "payload", payload.Replace(checkpoint["keyId"]!.GetValue<string>(), otherId, StringComparison.Ordinal)), "signature", "");
        untrusted["signature"] = Sign(other, untrusted["payload"]!.GetValue<string>());

        foreach (var (file, why) in new[] { (flipped, "does not verify"), (edited, "does not verify"), (wrongKey, "does not verify"), (untrusted, "not a trusted key") })
        {
            var report = await VerifyAgainst(file);
            report["intact"]!.GetValue<bool>().Should().BeFalse(why);
            report["checkpoint"]!["signatureValid"]!.GetValue<bool>().Should().BeFalse(why);
            report["checkpoint"]!["problem"]!.GetValue<string>().Should().Contain(why);
            var verb = await VerifyVerb(file);
            verb.Exit.Should().Be(1, why);
            verb.Output.Should().Contain("CHECKPOINT REFUSED").And.Contain(why);
        }

        // An auditor trusting that other key (their own copy of a public key) accepts what it signed.
        var keyFile = Path.Combine(directory, "other.pem");
        await File.WriteAllTextAsync(keyFile, other.ExportSubjectPublicKeyInfoPem());
        var trusted = await VerifyVerb(untrusted, "--public-key", keyFile);
        trusted.Exit.Should().Be(0, trusted.Output);
        trusted.Output.Should().Contain($"signature valid (key {otherId})").And.Contain(": matches");
    }

    [Fact]
    public async Task Given_a_checkpoint_file_When_checked_with_the_public_key_alone_Then_its_der_signature_verifies_without_the_database()
    {
        await Lifecycle(Id(31));
        var checkpoint = await TakeCheckpoint();

        using var publicOnly = ECDsa.Create();
        publicOnly.ImportFromPem(Key.ExportSubjectPublicKeyInfoPem());
        var valid = publicOnly.VerifyData(Encoding.UTF8.GetBytes(checkpoint["payload"]!.GetValue<string>()),
            Convert.FromBase64String(checkpoint["signature"]!.GetValue<string>()), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);

        valid.Should().BeTrue();
        checkpoint["keyId"]!.GetValue<string>().Should().Be(CheckpointKeys.KeyId(Key));
        var signed = JsonNode.Parse(checkpoint["payload"]!.GetValue<string>())!;
        signed["disputes"]!.AsArray().Select(d => d!["id"]!.GetValue<Guid>()).Should().Contain(Id(31));
        signed["sequence"]!.GetValue<long>().Should().BeGreaterThan(0);
        var latest = await Auditor.GetJson("/audit/checkpoints/latest");
        latest.ToJsonString().Should().Be(checkpoint.ToJsonString());
        var listed = (await Auditor.GetJson("/audit/checkpoints"))["items"]!.AsArray();
        listed[0]!["id"]!.GetValue<Guid>().Should().Be(signed["id"]!.GetValue<Guid>());
        listed[0]!["kind"]!.GetValue<string>().Should().Be("on-demand");
        listed[0]!["takenBy"]!.GetValue<string>().Should().Be("auditor-1");
    }

    [Fact]
    public async Task Given_three_instances_taking_periodic_checkpoints_When_they_run_Then_no_two_checkpoints_are_closer_than_the_interval()
    {
        const string schema = "signedcheckpoints_periodic";
        await DeadlineHost.DropSchema(schema);
        var interval = TimeSpan.FromSeconds(1);
        // The schema first, so the instances do not race to create it.
        await using (var first = new DeadlineHost(schema, new FakeClock(ApiFixture<object>.Now), Signing(Key)))
            await first.Services.GetRequiredService<IDocumentStore>().Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        var instances = Enumerable.Range(0, 3).Select(_ => new DeadlineHost(schema, new FakeClock(ApiFixture<object>.Now), Signing(Key, periodic: true, interval))).ToList();
        try
        {
            _ = instances.Select(i => i.Services).ToList();
            await Webhooks.Eventually.Holds(async () => (await instances[0].Scalar<long>("select count(*) from {schema}.audit_checkpoints")) >= 4,
                "four periodic checkpoints");
        }
        finally
        {
            foreach (var instance in instances)
                await instance.DisposeAsync();
        }

        var times = await TakenAt(schema);
        times.Should().HaveCountGreaterThanOrEqualTo(4);
        times.Zip(times.Skip(1), (a, b) => b - a).Should().OnlyContain(gap => gap >= interval, "one checkpoint per interval, whichever instance took it");

        // Signed with the same key, but of another store: refused before anything is compared.
        var elsewhere = JsonNode.Parse(await Newest(schema))!.AsObject();
        var report = await VerifyAgainst(elsewhere);
        report["checkpoint"]!["signatureValid"]!.GetValue<bool>().Should().BeTrue();
        report["checkpoint"]!["problem"]!.GetValue<string>().Should().Contain($"taken of schema \"{schema}\"");
        report["intact"]!.GetValue<bool>().Should().BeFalse();
    }

    [Fact]
    public void Given_checkpoint_settings_that_cannot_work_When_validated_Then_each_names_its_key_without_echoing_it()
    {
        var validation = new CheckpointOptionsValidation();
        using var rsa = RSA.Create(2048);
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        var cases = new (CheckpointOptions Options, string Message)[]
        {
            (new() { SigningKey = "not a key" }, "Disputes:Checkpoints:SigningKey must be a PEM-encoded ECDSA P-256 private key, but it is not a PEM-encoded EC key"),
            (new() { SigningKey = Key.ExportSubjectPublicKeyInfoPem() }, "Disputes:Checkpoints:SigningKey must be a PEM-encoded ECDSA P-256 private key, but it holds a public key only"),
            (new() { SigningKey = p384.ExportPkcs8PrivateKeyPem() }, "Disputes:Checkpoints:SigningKey must be a PEM-encoded ECDSA P-256 private key, but it is not on the P-256 curve"),
            (new() { SigningKey = rsa.ExportPkcs8PrivateKeyPem() }, "Disputes:Checkpoints:SigningKey must be a PEM-encoded ECDSA P-256 private key"),
            (new() { VerificationKeys = [Key.ExportSubjectPublicKeyInfoPem(), "garbage"] }, "Disputes:Checkpoints:VerificationKeys:1 must be a PEM-encoded ECDSA P-256 public key"),
            (new() { Interval = TimeSpan.Zero }, "Disputes:Checkpoints:Interval must be between"),
        };

        foreach (var (options, message) in cases)
        {
            var result = validation.Validate(null, options);
            result.Failed.Should().BeTrue(message);
            result.Failures.Should().ContainSingle().Which.Should().StartWith(message).And.NotContain("MII", "a key is never echoed");
        }
        validation.Validate(null, new() { SigningKey = Key.ExportPkcs8PrivateKeyPem(), VerificationKeys = [Key.ExportSubjectPublicKeyInfoPem()] })
            .Succeeded.Should().BeTrue();
    }

    [Fact]
    public async Task Given_the_operator_verbs_When_a_checkpoint_is_taken_exported_and_listed_Then_each_shows_the_same_signed_file()
    {
        await Lifecycle(Id(41));
        var taken = Path.Combine(directory, "taken.json");
        var exported = Path.Combine(directory, "exported.json");

        (await new CheckpointsTake().Run(api.Services, new ToolArguments(["--out", taken]), TextWriter.Null, CancellationToken.None)).Should().Be(0);
        (await new CheckpointsExport().Run(api.Services, new ToolArguments(["latest", "--out", exported]), TextWriter.Null, CancellationToken.None)).Should().Be(0);
        var listing = new StringWriter();
        (await new CheckpointsList().Run(api.Services, new ToolArguments(["--limit", "1"]), listing, CancellationToken.None)).Should().Be(0);

        var file = await File.ReadAllTextAsync(taken);
        (await File.ReadAllTextAsync(exported)).Should().Be(file);
        var id = JsonNode.Parse(JsonNode.Parse(file)!["payload"]!.GetValue<string>())!["id"]!.GetValue<Guid>();
        listing.ToString().Should().StartWith(id.ToString()).And.Contain("on-demand  operator");
        var verb = await VerifyVerb(JsonNode.Parse(file)!.AsObject());
        verb.Exit.Should().Be(0, verb.Output);
    }

    [Fact]
    public async Task Given_no_signing_key_When_a_checkpoint_is_asked_for_Then_409_problem()
    {
        await using var unsigned = new DeadlineHost(api.Schema, new FakeClock(ApiFixture<object>.Now));
        var response = await unsigned.ClientAs("admin-1", "admin").PostAsync("/audit/checkpoints", null);

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await response.Json())["type"]!.GetValue<string>().Should().Be("https://disputes.dev/problems/checkpoint-signing-key-missing");
    }

    private static async Task<string> Newest(string schema)
    {
        await using var connection = new Npgsql.NpgsqlConnection(ApiFixture<object>.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand($"select document from \"{schema}\".audit_checkpoints order by taken_at desc limit 1", connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<List<DateTime>> TakenAt(string schema)
    {
        await using var connection = new Npgsql.NpgsqlConnection(ApiFixture<object>.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand($"select taken_at from \"{schema}\".audit_checkpoints where kind = 'periodic' order by taken_at", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var times = new List<DateTime>();
        while (await reader.ReadAsync())
            times.Add(reader.GetDateTime(0));
        return times;
    }

    // What someone with write access would run after changing an event: formula 2 of docs/audit.md, recomputed in SQL
    // over the whole stream in version order, each hash linked to the one before.
    private static string RehashEveryEvent(Guid id) =>
        $$"""
         do $rehash$
         declare r record; previous text := repeat('0', 64); covered jsonb; h text;
         begin
           for r in select * from {schema}.mt_events where stream_id = '{{id}}' order by version loop
             covered := r.headers - 'hash' - 'previousHash';
             h := encode(sha256(convert_to(previous || E'\n' || r.stream_id::text || E'\n' || r.version::text || E'\n' || r.seq_id::text
                 || E'\n' || r.id::text || E'\n' || r.type || E'\n' || ((extract(epoch from r."timestamp") * 1000000)::bigint)::text
                 || E'\n' || coalesce(to_jsonb(r.correlation_id)::text, 'null') || E'\n' || coalesce(to_jsonb(r.causation_id)::text, 'null')
                 || E'\n' || covered::text || E'\n' || r.data::text, 'UTF8')), 'hex');
             update {schema}.mt_events set headers = covered || jsonb_build_object('previousHash', previous, 'hash', h) where seq_id = r.seq_id;
             previous := h;
           end loop;
         end
         $rehash$;
         """;

    private static JsonObject Copy(JsonObject file, string field, string value)
    {
        var copy = file.DeepClone().AsObject();
        copy[field] = value;
        return copy;
    }

    private static string Flip(string base64)
    {
        var bytes = Convert.FromBase64String(base64);
        bytes[^1] ^= 0x01;
        return Convert.ToBase64String(bytes);
    }

    private static string Sign(ECDsa with, string payload) =>
        Convert.ToBase64String(with.SignData(Encoding.UTF8.GetBytes(payload), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));
}
