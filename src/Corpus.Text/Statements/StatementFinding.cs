using Corpus.Text.Speakers;

namespace Corpus.Text.Statements;

/// <summary>
/// One statement found in a clean body. <see cref="Start"/> and <see cref="End"/> are character offsets
/// of <see cref="Text"/> in the body (end exclusive); <see cref="Rule"/> names the rule that produced it.
/// </summary>
public sealed record StatementFinding(
    string Text,
    StatementKind Kind,
    string Cue,
    int Start,
    int End,
    string Rule,
    double Confidence,
    SpeakerRef? Speaker);
