using System.Net.Http.Json;
using System.Text.Json;
using Corpus.Storage;
using Corpus.Storage.Views;

namespace Corpus.Acceptance.Tests.Durability;

/// <summary>
/// Everything the API serves, reduced to what must not depend on ids or timing: articles, statements,
/// speakers, meetings and quotes by content, sorted. Two stores that processed the same uploads agree on it.
/// </summary>
public static class CorpusSnapshot
{
    public static async Task<IReadOnlyList<string>> TakeAsync(HttpClient client)
    {
        var articles = await ListAsync<ArticleView>(client, "/api/articles");
        var speakers = await ListAsync<SpeakerView>(client, "/api/speakers");
        var meetings = await ListAsync<MeetingView>(client, "/api/meetings");
        var quotes = await ListAsync<QuoteView>(client, "/api/quotes");
        var keyOf = articles.ToDictionary(a => a.Id, a => a.Key);
        var lines = new List<string>();
        lines.AddRange(articles.Select(a => Line("article", a.Key, a.Source, a.Title, a.Published, a.State, a.Text, a.DuplicateOf is null ? null : keyOf[a.DuplicateOf],
            a.Statements.Select(s => Line(s.Kind, s.Cue, s.Start, s.End, s.Text, s.Speaker?.Name, s.MeetingId is not null, s.QuoteId is not null)).ToList())));
        lines.AddRange(speakers.Select(s => Line("speaker", s.Name, s.Kind, s.StatementCount, s.SourceCount, s.Aliases.Order(StringComparer.Ordinal), s.Roles.Order(StringComparer.Ordinal))));
        lines.AddRange(meetings.Select(m => Line("meeting", m.Title, m.Kind, m.Date, m.Place, m.InPassing, m.Participants.Select(p => p.Name).Order(StringComparer.Ordinal), m.Sources, m.StatementCount)));
        lines.AddRange(quotes.Select(q => Line("quote", q.Speaker.Name, q.Text, q.SourceCount, q.Variants.Select(v => v.Text).Order(StringComparer.Ordinal))));
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    public static async Task<List<T>> ListAsync<T>(HttpClient client, string path)
    {
        var items = new List<T>();
        string? cursor = null;
        do
        {
            var page = await client.GetFromJsonAsync<Page<T>>($"{path}?limit=500{(cursor is null ? string.Empty : "&cursor=" + Uri.EscapeDataString(cursor))}");
            items.AddRange(page!.Items);
            cursor = page.Next;
        }
        while (cursor is not null);
        return items;
    }

    private static string Line(params object?[] parts) => JsonSerializer.Serialize(parts);
}
