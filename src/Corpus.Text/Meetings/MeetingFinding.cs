using Corpus.Text.Speakers;

namespace Corpus.Text.Meetings;

/// <summary>
/// A meeting one article reports. <see cref="StatementIndexes"/> point into the article's statements that
/// were made at the meeting or are about it; <see cref="InPassing"/> marks a meeting only mentioned.
/// </summary>
public sealed record MeetingFinding(
    string Title,
    MeetingKind Kind,
    IReadOnlyList<SpeakerRef> Participants,
    DateOnly? Date,
    string? Place,
    bool InPassing,
    IReadOnlyList<int> StatementIndexes);
