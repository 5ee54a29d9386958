namespace Corpus.Text.Evaluation.Attribution;

/// <summary>A statement as the scorer sees it: its text, its kind (<c>direct</c>, <c>partial</c>, <c>indirect</c>) and its speaker's name.
/// <see cref="Rule"/> is the extraction rule that made it, shown in error listings and never scored.</summary>
public sealed record ScoredStatement(string Text, string Kind, string? SpeakerName, string? Rule = null);
