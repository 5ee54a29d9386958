using Corpus.Storage.Meetings;
using Corpus.Text.Meetings;

namespace Corpus.Grains.Meetings;

/// <summary>One meeting as one original article reports it, for the meeting grain of <paramref name="GrainKey"/>.</summary>
/// <param name="Ordinal">The meeting's place among the article's meetings.</param>
/// <param name="StatementIds">The article's statements about this meeting.</param>
[GenerateSerializer, Immutable, Alias("corpus.meeting-mention")]
public sealed record MeetingMention(
    string ArticleId,
    long Arrival,
    int Ordinal,
    string GrainKey,
    string? Source,
    string Title,
    MeetingKind Kind,
    string? Date,
    string? Place,
    bool InPassing,
    IReadOnlyList<MeetingParticipant> Participants,
    IReadOnlyList<string> StatementIds);
