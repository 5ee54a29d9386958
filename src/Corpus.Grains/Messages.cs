using Corpus.Storage.Meetings;
using Corpus.Text.Meetings;
using Corpus.Text.Speakers;

namespace Corpus.Grains;

/// <summary>A person or organisation named in one article, with the statement attributed to them (if any).</summary>
public sealed record SpeakerMention(string? StatementId, string Name, SpeakerKind Kind, IReadOnlyList<string> Aliases, IReadOnlyList<string> Roles);

/// <summary>To a speaker grain (one surname, or one organisation): these mentions need a speaker.</summary>
public sealed record SpeakerMessage(string ArticleId, string? Source, IReadOnlyList<SpeakerMention> Mentions);

/// <summary>To a quote grain (one speaker): these statements need grouping into quotes.</summary>
public sealed record QuoteMessage(IReadOnlyList<string> StatementIds);

/// <summary>To a meeting grain (one set of participants): one article reports a meeting.</summary>
public sealed record MeetingMessage(
    string ArticleId,
    string? Source,
    int Ordinal,
    string Title,
    MeetingKind Kind,
    string? Date,
    string? Place,
    bool InPassing,
    IReadOnlyList<MeetingParticipant> Participants,
    IReadOnlyList<string> StatementIds);
