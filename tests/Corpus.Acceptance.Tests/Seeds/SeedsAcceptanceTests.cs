using System.Net.Http.Json;
using Corpus.Storage;
using Corpus.Storage.Views;
using Corpus.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit.Abstractions;

namespace Corpus.Acceptance.Tests.Seeds;

/// <summary>
/// The whole service over seeds/, scored against ../shared/gold/seeds.json. The floors are what the service
/// reaches today; raise them as it improves, never lower them.
/// </summary>
public sealed class SeedsAcceptanceTests(ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Seeds_meet_the_gold_floor()
    {
        var goldPath = SharedData.PathTo("gold", "seeds.json");
        Skip.If(goldPath is null, SharedData.MissingMessage);
        var score = await ScoreAsync(SeedsGold.Load(goldPath!));
        output.WriteLine(score.ToString());
        var report = Path.Combine(SharedData.RepositoryRoot, "TestResults", "seeds-score.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(report)!);
        await File.WriteAllTextAsync(report, score.ToString());

        AssertFloor(score, "title", 4);
        AssertFloor(score, "title not in body", 4);
        AssertFloor(score, "keep", 15);
        AssertFloor(score, "drop", 31);
        AssertFloor(score, "authors", 2);
        AssertFloor(score, "published", 1);
        AssertFloor(score, "once", 1);
        AssertFloor(score, "statements", 44);
        AssertFloor(score, "statement kinds", 36);
        AssertFloor(score, "speakers", 15);
        AssertFloor(score, "speakers kept apart", 5);
        AssertFloor(score, "mustNot", 8);
        AssertFloor(score, "not speakers", 6);
        AssertFloor(score, "meetings", 4);
        AssertFloor(score, "meetings kept apart", 2);
        AssertFloor(score, "statement meetings", 6);
        AssertFloor(score, "cross-outlet quotes", 4);
    }

    private static void AssertFloor(SeedsScore score, string line, int passed) =>
        Assert.True(score[line].Passed >= passed, $"{line}: {score[line].Passed} passed, floor {passed}");

    private static async Task<SeedsScore> ScoreAsync(SeedsGold gold)
    {
        var folder = Directory.CreateTempSubdirectory("corpus-seeds-");
        try
        {
            await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
            {
                b.UseSetting("Storage:Sqlite:Path", Path.Combine(folder.FullName, "corpus.db"));
                b.UseSetting("Corpus:LoadSeeds", "true");
                b.UseSetting("Orleans:Endpoints:SiloPort", LoopbackPort.TakeSetting());
                b.UseSetting("Corpus:SeedsPath", Path.Combine(SharedData.RepositoryRoot, "seeds"));
            });
            using var client = factory.CreateClient();
            await CorpusProgress.WaitUntilProcessedAsync(client, TimeSpan.FromMinutes(3));
            var articles = await ListAsync<ArticleView>(client, "/api/articles");
            var speakers = await ListAsync<SpeakerView>(client, "/api/speakers");
            var meetings = await ListAsync<MeetingView>(client, "/api/meetings");
            return new SeedsScorer(gold, articles, speakers, meetings).Score();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static async Task<List<T>> ListAsync<T>(HttpClient client, string path)
    {
        var items = new List<T>();
        string? cursor = null;
        do
        {
            var page = await client.GetFromJsonAsync<Page<T>>($"{path}?limit=500{(cursor is null ? string.Empty : "&cursor=" + cursor)}");
            items.AddRange(page!.Items);
            cursor = page.Next;
        }
        while (cursor is not null);
        return items;
    }
}
