using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Corpus.Gateway.Tests.Infrastructure;

/// <summary>Small made-up news articles for tests.</summary>
public static class Articles
{
    public static string Text(int n) =>
        $"""
        Council approves budget number {n}

        The city council approved budget plan {n} on Monday after a long debate about parks and roads.

        "We listened to every neighbourhood before we voted on plan {n}," Mayor Jane Holloway said.

        Councillor Peter Vance said the plan would fund {n} new benches. "It is a fair compromise for everyone," he said.
        """;

    public static string Line(object article) => JsonSerializer.Serialize(article);

    public static StringContent Ndjson(params object[] articles) => Ndjson(string.Join('\n', articles.Select(Line)) + "\n");

    public static StringContent Ndjson(string body)
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        return content;
    }
}
