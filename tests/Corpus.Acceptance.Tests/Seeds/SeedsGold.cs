using System.Text.Json;
using System.Text.Json.Serialization;

namespace Corpus.Acceptance.Tests.Seeds;

/// <summary>The shape of ../shared/gold/seeds.json (see its <c>_about</c>).</summary>
public sealed record SeedsGold(
    Dictionary<string, GoldArticle> Articles,
    List<GoldSpeaker> Speakers,
    List<List<string>> KeepApart,
    List<string> NotSpeakers,
    List<GoldStatement> Statements,
    List<GoldStatement> MustNot,
    List<GoldMeeting> Meetings,
    List<List<string>> MeetingsKeptApart,
    List<GoldQuote> Quotes)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static SeedsGold Load(string path) => JsonSerializer.Deserialize<SeedsGold>(File.ReadAllText(path), Options)!;
}

public sealed record GoldArticle(string? Title, List<string>? Authors, string? Published, List<string>? Keep, List<string>? Drop, List<string>? Once);

public sealed record GoldSpeaker(string Name, string Kind, List<string>? Aliases, List<string>? Roles);

public sealed record GoldStatement(string? Id, string? Article, string Speaker, string? Kind, string Contains, string? Meeting, bool Optional, string? Why);

public sealed record GoldMeeting(string Id, List<string> Participants, string? Date, List<string>? PlaceContains, List<string> Articles, bool Optional);

public sealed record GoldQuote(string Speaker, List<string> Statements);
