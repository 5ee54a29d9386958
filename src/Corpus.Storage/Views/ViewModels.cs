using System.Text.Json.Serialization;

namespace Corpus.Storage.Views;

public sealed record SpeakerLink(string? Id, string Name);

/// <param name="Published">The article's date, or null when it has none.</param>
public sealed record StatementView(
    string Id,
    SpeakerLink? Speaker,
    string Text,
    string Kind,
    string Cue,
    string ArticleId,
    string? Source,
    string? Published,
    string? MeetingId,
    string? QuoteId,
    long Start,
    long End,
    string Rule,
    double Confidence)
{
    /// <summary>In a full-text search, where the query's words are in <see cref="Text"/>; absent elsewhere.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<TextMatch>? Matches { get; init; }
}

/// <summary>A matched word of a statement's text, in UTF-16 code units as JavaScript strings count: [Start, End).</summary>
public sealed record TextMatch(int Start, int End);

public sealed record ArticleView(
    string Id,
    string? Key,
    string? Source,
    string? Url,
    string? Title,
    string? Published,
    IReadOnlyList<string> Authors,
    string? Text,
    string State,
    string? DuplicateOf,
    IReadOnlyList<string> Duplicates,
    IReadOnlyList<StatementView> Statements);

public sealed record SpeakerView(
    string Id,
    string Name,
    string Kind,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Roles,
    long StatementCount,
    long SourceCount)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<MeetingView>? Meetings { get; init; }
}

public sealed record MeetingView(
    string Id,
    string Title,
    string Kind,
    string? Date,
    string? Place,
    bool InPassing,
    IReadOnlyList<SpeakerLink> Participants,
    IReadOnlyList<string> Sources,
    long StatementCount)
{
    /// <summary>The articles that report the meeting, one per outlet column.</summary>
    public IReadOnlyList<MeetingReportView> Reports { get; init; } = [];

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<StatementView>? Statements { get; init; }

    /// <summary>The statements grouped by speaker (participants first), then by outlet.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<MeetingSpeakerGroup>? BySpeaker { get; init; }
}

/// <summary>One article reporting a meeting. <see cref="Outlet"/> is its source, or its own key when the source is unknown.</summary>
public sealed record MeetingReportView(string ArticleId, string? Source, string Outlet, string? Title);

public sealed record MeetingSpeakerGroup(SpeakerLink? Speaker, bool Participant, IReadOnlyList<OutletStatements> Outlets);

public sealed record OutletStatements(string Outlet, IReadOnlyList<StatementView> Statements);

/// <summary>One outlet's wording of a quote, with its word-level difference from the canonical wording.</summary>
public sealed record QuoteVariant(string StatementId, string ArticleId, string? Source, string Text)
{
    public string Outlet { get; init; } = Source ?? ArticleId;

    public bool Canonical { get; init; }

    public IReadOnlyList<QuoteDiffPart> Diff { get; init; } = [];
}

/// <param name="Op">"same", "missing" (in the canonical wording, left out here) or "added" (here only).</param>
public sealed record QuoteDiffPart(string Op, string Text);

public sealed record QuoteView(string Id, SpeakerLink Speaker, string Text, long SourceCount, IReadOnlyList<QuoteVariant> Variants);

public sealed record SourceView(string Name, long ArticleCount, long StatementCount);

public sealed record Rejection(long Line, string? Key, string Error);

/// <summary>The answer to an upload, sent once every accepted article is committed.</summary>
public sealed record UploadReceipt(string Id, long Received, long Accepted, long Duplicates, IReadOnlyList<Rejection> Rejected);
