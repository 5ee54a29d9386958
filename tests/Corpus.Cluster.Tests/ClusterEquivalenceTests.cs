using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Corpus.TestSupport;
using Xunit.Abstractions;

namespace Corpus.Cluster.Tests;

/// <summary>Real processes: a gateway and three silos on PostgreSQL, one of them killed with SIGKILL mid-ingest.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterEquivalenceTests(ClusterFixture fixture, ITestOutputHelper output) : IClassFixture<ClusterFixture>
{
    [SkippableFact]
    public async Task Killing_a_silo_process_mid_ingest_loses_and_duplicates_nothing()
    {
        Skip.If(fixture.Server is null, ThrowawayPostgres.MissingMessage);
        var expected = await fixture.EmbeddedSnapshotAsync();

        await using var cluster = await fixture.StartClusterAsync(silos: 3);
        var receipt = await CorpusApi.UploadOkAsync(cluster.Gateway.Client, fixture.Articles);
        var accepted = receipt["accepted"]!.GetValue<long>();
        Assert.Equal(fixture.Lines.Count, accepted + receipt["duplicates"]!.GetValue<long>());
        var upload = receipt["id"]!.GetValue<string>();
        var processed = await WaitForProgressAsync(cluster.Gateway.Client, upload, fixture.Lines.Count / 10);
        cluster.Silos[0].Kill();
        output.WriteLine($"killed a silo after {processed} of {fixture.Lines.Count} articles were processed");
        await CorpusProgress.WaitUntilProcessedAsync(cluster.Gateway.Client, ClusterFixture.DrainTimeout);

        var status = (await cluster.Gateway.Client.GetFromJsonAsync<JsonObject>($"/api/uploads/{upload}"))!;
        Assert.Equal(accepted, status["processed"]!.GetValue<long>());
        Assert.Equal(0, status["failed"]!.GetValue<long>());
        ClusterFixture.AssertSameViews(expected, await CorpusApi.SnapshotAsync(cluster.Gateway.Client), "silo-process-killed");
    }

    private static async Task<long> WaitForProgressAsync(HttpClient client, string upload, long atLeast)
    {
        for (var i = 0; i < 6000; i++)
        {
            var processed = (await client.GetFromJsonAsync<JsonObject>($"/api/uploads/{upload}"))!["processed"]!.GetValue<long>();
            if (processed >= atLeast)
            {
                return processed;
            }
            await Task.Delay(20);
        }
        throw new TimeoutException("Nothing was processed.");
    }
}
