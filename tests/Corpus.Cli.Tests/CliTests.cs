using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Corpus.Cli.Tests;

/// <summary>The <c>corpus</c> command against a real gateway, its output piped as in a script.</summary>
public sealed class CliTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    private const char Escape = '\u001b';

    private string Server => gateway.Address.ToString();

    [Theory]
    [InlineData("speakers")]
    [InlineData("meetings")]
    [InlineData("quotes")]
    public async Task Piped_output_is_plain_rows_with_whole_ids(string view)
    {
        var result = await CliProcess.RunAsync([view, "--server", Server]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain(Escape, result.Stdout + result.Stderr);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id\t", lines[0], StringComparison.Ordinal);
        var ids = lines.Skip(1).Select(l => l.Split('\t')[0]).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(ids);
        Assert.Equal(await IdsFromApiAsync($"/api/{view}?limit=500"), ids);
    }

    [Theory]
    [InlineData("speakers")]
    [InlineData("meetings")]
    [InlineData("quotes")]
    public async Task Json_prints_the_servers_items(string view)
    {
        var result = await CliProcess.RunAsync([view, "--server", Server, "--json"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var printed = JsonNode.Parse(result.Stdout)!.AsObject();
        var ids = printed["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(await IdsFromApiAsync($"/api/{view}?limit=500"), ids);
        Assert.Null(printed["next"]);
    }

    [Theory]
    [InlineData("/api/meetings?from=10.12.2019", "meetings", "--from", "10.12.2019")]
    [InlineData("/api/quotes?minSources=0", "quotes", "--min-sources", "0")]
    public async Task A_refused_request_prints_the_problems_title_and_detail(string path, string view, string option, string value)
    {
        using var client = gateway.CreateClient();
        using var direct = await client.GetAsync(path);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, direct.StatusCode);
        var problem = (await direct.Content.ReadFromJsonAsync<JsonObject>())!;

        var result = await CliProcess.RunAsync([view, option, value, "--server", Server]);

        Assert.True(result.ExitCode == 1, result.ToString());
        var printed = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"{problem["title"]!.GetValue<string>()} (400)", printed[0]);
        Assert.Equal(problem["detail"]!.GetValue<string>(), printed[1]);
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public async Task The_server_comes_from_CORPUS_SERVER()
    {
        var result = await CliProcess.RunAsync(["speakers", "--json"], new Dictionary<string, string> { ["CORPUS_SERVER"] = Server });

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.NotEmpty(JsonNode.Parse(result.Stdout)!["items"]!.AsArray());
    }

    [Fact]
    public async Task Without_a_server_it_says_how_to_give_one_rather_than_guessing()
    {
        var result = await CliProcess.RunAsync(["speakers"]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("CORPUS_SERVER", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public async Task The_seed_loader_takes_outlets_urls_and_dates_from_the_manifest()
    {
        var talks = await ArticleByKeyAsync("talks");
        var visit = await ArticleByKeyAsync("visit");

        Assert.Equal(GatewayFixture.SeedOutlet, talks["source"]!.GetValue<string>());
        Assert.Equal("https://gazette.example/talks", talks["url"]!.GetValue<string>());
        Assert.StartsWith("2019-12-10", talks["published"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("2019-12-11", visit["published"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_takes_each_files_outlet_from_the_manifest_and_waits_until_processed()
    {
        var folder = gateway.NewFolder("upload-with-manifest");
        await File.WriteAllTextAsync(Path.Combine(folder, "cli-geneva.txt"), Articles.Extra);
        await File.WriteAllTextAsync(Path.Combine(folder, "cli-unlisted.txt"), Articles.Extra.Replace("Geneva", "Helsinki", StringComparison.Ordinal));
        await File.WriteAllTextAsync(Path.Combine(folder, "manifest.json"), """
            [{"key": "cli-geneva", "source": "Manifest Outlet", "published": "2018-08-23"}]
            """);

        var result = await CliProcess.RunAsync(["upload", folder, "--server", Server, "--source", "Fallback Outlet", "--wait"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain(Escape, result.Stdout + result.Stderr);
        var lines = result.Stdout.Split('\n');
        Assert.Contains("uploads\treceived\taccepted\tduplicates\trejected", lines);
        Assert.Contains("1\t2\t2\t0\t0", lines);
        var uploadId = lines.Single(l => l.StartsWith("upload ", StringComparison.Ordinal) && l.Contains(" done: ", StringComparison.Ordinal)).Split(' ')[1];
        using var client = gateway.CreateClient();
        var upload = (await client.GetFromJsonAsync<JsonObject>($"/api/uploads/{uploadId}"))!;
        Assert.Equal("done", upload["state"]!.GetValue<string>());
        var geneva = await ArticleByKeyAsync("cli-geneva");
        Assert.Equal("Manifest Outlet", geneva["source"]!.GetValue<string>());
        Assert.StartsWith("2018-08-23", geneva["published"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Fallback Outlet", (await ArticleByKeyAsync("cli-unlisted"))["source"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_broken_manifest_stops_the_upload_with_its_reason()
    {
        var folder = gateway.NewFolder("broken-manifest");
        await File.WriteAllTextAsync(Path.Combine(folder, "cli-broken.txt"), Articles.Extra);
        await File.WriteAllTextAsync(Path.Combine(folder, "manifest.json"), """{"key": "cli-broken", "source": "Nowhere"}""");

        var result = await CliProcess.RunAsync(["upload", folder, "--server", Server]);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("manifest.json is not a JSON array", result.Stderr, StringComparison.Ordinal);
        using var client = gateway.CreateClient();
        var page = (await client.GetFromJsonAsync<JsonObject>("/api/articles?limit=500"))!;
        Assert.DoesNotContain(page["items"]!.AsArray(), a => a!["key"]?.GetValue<string>() == "cli-broken");
    }

    private async Task<List<string>> IdsFromApiAsync(string path)
    {
        using var client = gateway.CreateClient();
        var page = (await client.GetFromJsonAsync<JsonObject>(path))!;
        return page["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToList();
    }

    private async Task<JsonObject> ArticleByKeyAsync(string key)
    {
        using var client = gateway.CreateClient();
        var page = (await client.GetFromJsonAsync<JsonObject>("/api/articles?limit=500"))!;
        return page["items"]!.AsArray().Select(a => a!.AsObject()).Single(a => a["key"]?.GetValue<string>() == key);
    }
}
