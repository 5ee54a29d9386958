using System.CommandLine;
using System.Globalization;
using Corpus.Storage.Views;

namespace Corpus.Cli.Commands;

/// <summary><c>corpus speakers</c>, <c>corpus meetings</c>, <c>corpus quotes</c>: the cross-source views as rows or JSON.</summary>
internal static class ViewCommands
{
    public static Command Speakers()
    {
        var query = new Option<string?>("--q") { Description = "Only speakers whose name or alias contains this." };
        return new ViewList<SpeakerView>("speakers", "List speakers with their statement and source counts.").Create(
            [query],
            parse => "/api/speakers" + ViewList<SpeakerView>.Query(("q", parse.GetValue(query))),
            ["id", "name", "kind", "roles", "statements", "sources"],
            speakers => speakers.OrderByDescending(s => s.StatementCount).Select(s => (IReadOnlyList<string>)
                [s.Id, s.Name, s.Kind, string.Join(", ", s.Roles), Count(s.StatementCount), Count(s.SourceCount)]));
    }

    public static Command Meetings()
    {
        var speaker = new Option<string?>("--speaker") { Description = "Only meetings of this speaker id." };
        var from = new Option<string?>("--from") { Description = "Earliest date, yyyy-MM-dd." };
        var to = new Option<string?>("--to") { Description = "Latest date, yyyy-MM-dd." };
        return new ViewList<MeetingView>("meetings", "List meetings with participants and the outlets that reported them.").Create(
            [speaker, from, to],
            parse => "/api/meetings" + ViewList<MeetingView>.Query(("speaker", parse.GetValue(speaker)), ("from", parse.GetValue(from)), ("to", parse.GetValue(to))),
            ["id", "date", "kind", "participants", "place", "sources", "statements"],
            meetings => meetings.OrderBy(m => m.Date, StringComparer.Ordinal).Select(m => (IReadOnlyList<string>)
                [m.Id, m.Date ?? "?", m.Kind, string.Join(", ", m.Participants.Select(p => p.Name)), m.Place ?? string.Empty, string.Join(", ", m.Sources), Count(m.StatementCount)]));
    }

    public static Command Quotes()
    {
        var speaker = new Option<string?>("--speaker") { Description = "Only quotes of this speaker id." };
        var minSources = new Option<int>("--min-sources") { Description = "Only quotes carried by at least this many outlets.", DefaultValueFactory = _ => 1 };
        return new ViewList<QuoteView>("quotes", "List quotes with how many outlets carried them.").Create(
            [speaker, minSources],
            parse => "/api/quotes" + ViewList<QuoteView>.Query(("speaker", parse.GetValue(speaker)), ("minSources", Count(parse.GetValue(minSources)))),
            ["id", "speaker", "quote", "sources", "variants"],
            quotes => quotes.OrderByDescending(q => q.SourceCount).Select(q => (IReadOnlyList<string>)
                [q.Id, q.Speaker.Name, q.Text, Count(q.SourceCount), Count(q.Variants.Count)]));
    }

    private static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);
}
