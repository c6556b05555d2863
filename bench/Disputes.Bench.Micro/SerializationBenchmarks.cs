using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Disputes.Domain;
using Disputes.Projections.Store;

// The JSON the store writes per command: each event (DisputeOpened carries the whole policy) and the inline
// dispute document, with the options Marten is configured with (DisputesJson).
[MemoryDiagnoser]
public class SerializationBenchmarks
{
    private static readonly JsonSerializerOptions Json = DisputesJson.Configure(new JsonSerializerOptions());
    private readonly Lifecycle lifecycle = new();
    private byte[] opened = [];
    private byte[] document = [];

    [GlobalSetup]
    public void Setup()
    {
        opened = JsonSerializer.SerializeToUtf8Bytes(lifecycle.Events[0], lifecycle.Events[0].GetType(), Json);
        document = JsonSerializer.SerializeToUtf8Bytes(lifecycle.Final, Json);
    }

    public string Sizes => $"DisputeOpened {opened.Length} B, dispute document {document.Length} B, lifecycle events " +
        string.Join(", ", lifecycle.Events.Select(e => $"{e.GetType().Name} {JsonSerializer.SerializeToUtf8Bytes(e, e.GetType(), Json).Length} B"));

    [Benchmark]
    public byte[] SerializeLifecycleEvents()
    {
        byte[] last = [];
        foreach (var e in lifecycle.Events)
            last = JsonSerializer.SerializeToUtf8Bytes(e, e.GetType(), Json);
        return last;
    }

    [Benchmark]
    public byte[] SerializeDisputeOpened() => JsonSerializer.SerializeToUtf8Bytes(lifecycle.Events[0], lifecycle.Events[0].GetType(), Json);

    [Benchmark]
    public object? DeserializeDisputeOpened() => JsonSerializer.Deserialize(opened, lifecycle.Events[0].GetType(), Json);

    // The inline projection's document body, written on every command.
    [Benchmark]
    public byte[] SerializeDisputeDocument() => JsonSerializer.SerializeToUtf8Bytes(lifecycle.Final, Json);

    // FetchForWriting reads it back on every command.
    [Benchmark]
    public Dispute? DeserializeDisputeDocument() => JsonSerializer.Deserialize<Dispute>(document, Json);
}
