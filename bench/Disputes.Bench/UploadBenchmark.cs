using System.Diagnostics;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

// Upload benchmark (issue 17): one 200 MB video uploaded as multipart/form-data to the API in this process on Kestrel, while a
// sampler watches the live managed heap (after a full collection, so garbage the GC has not yet reclaimed does not
// count) and the process's working set. Streaming means the live heap stays where it started however large the
// file: the figure is how far above its baseline it rose, beside the file's size.
internal static class UploadBenchmark
{
    private const string Schema = "bench_upload";
    private static readonly Guid DisputeId = Guid.Parse("0199f000-0000-7000-8000-00000000b200");

    public static async Task Run(string connectionString, int megabytes)
    {
        var size = megabytes * 1024L * 1024;
        await using (var drop = new NpgsqlConnection(connectionString))
        {
            await drop.OpenAsync();
            await using var command = new NpgsqlCommand($"drop schema if exists \"{Schema}\" cascade", drop);
            await command.ExecuteNonQueryAsync();
        }
        var limit = (size * 2).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var host = new UploadHost(limit);
        host.StartServer();
        // Over a real socket: the in-memory test server is not what production streams through.
        var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
            .Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1").Replace("localhost", "127.0.0.1");
        using var http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(30) };
        var tokens = new LoadBenchmark.Tokens();
        var open = tokens.Storefront(HttpMethod.Post, "/disputes",
            $$"""
              {"disputeId":"{{DisputeId}}","orderId":"order-upload-bench","buyerId":"buyer-1","sellerId":"seller-1","reason":"DamagedOrDefective",
               "amountPaid":{"amount":4999,"currency":"EUR"},"requestedRemedy":"FullRefund","protectionEndsAt":"2099-01-01T00:00:00Z","description":"Broken."}
              """);
        (await http.SendAsync(open)).EnsureSuccessStatusCode();

        // A small upload first, so the baseline includes everything the first upload loads (JIT, pools, the tables).
        await Upload(http, tokens, 1024 * 1024, Guid.Parse("0199f000-0000-7000-8000-00000000b001"));
        Settle();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var rssBefore = Process.GetCurrentProcess().WorkingSet64;
        long heapPeak = heapBefore, rssPeak = rssBefore;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                heapPeak = Math.Max(heapPeak, GC.GetTotalMemory(forceFullCollection: true));
                using var self = Process.GetCurrentProcess();
                rssPeak = Math.Max(rssPeak, self.WorkingSet64);
                await Task.Delay(100);
            }
        });
        var watch = Stopwatch.StartNew();
        var status = await Upload(http, tokens, size, Guid.Parse("0199f000-0000-7000-8000-00000000b002"));
        watch.Stop();
        await stop.CancelAsync();
        await sampler;

        static double Mb(long bytes) => bytes / 1024.0 / 1024.0;
        Console.WriteLine($"upload: {megabytes} MB video as multipart/form-data, answered {status}, in {watch.Elapsed.TotalSeconds:F1} s ({megabytes / watch.Elapsed.TotalSeconds:F1} MB/s)");
        Console.WriteLine($"memory while uploading {megabytes} MB: live managed heap {Mb(heapBefore):F1} MB before, peak +{Mb(heapPeak - heapBefore):F1} MB; "
            + $"working set {Mb(rssBefore):F0} MB before, peak +{Mb(rssPeak - rssBefore):F1} MB (client and server in this process, {Cap()})");
    }

    private sealed class UploadHost : WebApplicationFactory<Program>
    {
        private readonly string limit;

        public UploadHost(string limit)
        {
            this.limit = limit;
            UseKestrel(0);
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("ConnectionStrings:Disputes", Environment.GetEnvironmentVariable("ConnectionStrings__Disputes"));
            builder.UseSetting("Disputes:Schema", Schema);
            builder.UseSetting("Disputes:Scheduler:Enabled", "false");
            builder.UseSetting("Disputes:Projections:Daemon", "Disabled");
            builder.UseSetting("Disputes:Auth:Issuer", LoadBenchmark.Issuer);
            builder.UseSetting("Disputes:Auth:Audience", LoadBenchmark.Audience);
            builder.UseSetting("Disputes:Auth:SigningKey", LoadBenchmark.SigningKey);
            builder.UseSetting("Disputes:Migrations:AutoCreate", "CreateOrUpdate");
            builder.UseSetting("Disputes:Policy:Version", "bench-upload");
            builder.UseSetting("Disputes:Policy:MaxEvidenceBytes", limit);
            builder.UseSetting("Disputes:Evidence:MaxRequestBytes", limit);
            builder.UseSetting("Disputes:Evidence:MaxBytesPerDispute", limit);
            builder.UseEnvironment("Production");
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        }
    }

    private static string Cap() =>
        Environment.GetEnvironmentVariable("DOTNET_GCHeapHardLimit") is { } cap ? $"GC heap capped at {cap}" : "GC heap uncapped";

    private static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private static async Task<int> Upload(HttpClient http, LoadBenchmark.Tokens tokens, long size, Guid evidenceId)
    {
        var request = tokens.Storefront(HttpMethod.Post, $"/disputes/{DisputeId}/evidence/files");
        var file = new StreamContent(new GeneratedVideo(size), 64 * 1024);
        file.Headers.ContentType = new MediaTypeHeaderValue("video/mp4");
        request.Content = new MultipartFormDataContent
        {
            { new StringContent("Buyer"), "actingAs.party" },
            { new StringContent("buyer-1"), "actingAs.id" },
            { new StringContent("Video"), "kind" },
            { new StringContent(evidenceId.ToString()), "evidenceId" },
            { file, "file", "unboxing.mp4" },
        };
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"upload answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (int)response.StatusCode;
    }

    // An MP4's ftyp box, then a fixed pattern: produced as it is read, so the client holds no file either.
    private sealed class GeneratedVideo(long length) : Stream
    {
        private static readonly byte[] Header = [0, 0, 0, 24, .. "ftypisom"u8.ToArray(), 0, 0, 2, 0, .. "isomiso2"u8.ToArray()];
        private long position;

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - position);
            for (var i = 0; i < n; i++, position++)
                buffer[offset + i] = position < Header.Length ? Header[position] : (byte)(position * 2654435761 >> 13);
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => length;
        public override long Position { get => position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
