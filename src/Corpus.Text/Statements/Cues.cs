using System.Collections.Frozen;

namespace Corpus.Text.Statements;

/// <summary>Verbs that introduce what someone said, wrote or thinks, and the helper words that may stand between a source and its cue.</summary>
public static class Cues
{
    private static readonly FrozenSet<string> Verbs = new[]
    {
        "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "claimed", "claims", "warned", "warns", "wrote",
        "writes", "tweeted", "tweets", "replied", "replies", "explained", "explains", "argued", "argues", "insisted", "insists",
        "noted", "notes", "asked", "asks", "continued", "continues", "declared", "declares", "announced", "announces",
        "acknowledged", "acknowledges", "admitted", "admits", "suggested", "suggests", "recalled", "recalls", "responded",
        "responds", "countered", "counters", "predicted", "predicts", "vowed", "vows", "promised", "promises", "conceded",
        "concedes", "complained", "complains", "contended", "contends", "maintained", "maintains", "asserted", "asserts",
        "remarked", "boasted", "boasts", "charged", "stressed", "stresses", "emphasized", "emphasizes", "joked", "jokes", "quipped",
        "posted", "wondered", "mused", "cautioned", "urged", "urges", "demanded", "demands", "believes", "believed", "thinks",
        "observed", "observes", "reported", "reports", "testified", "confirmed", "confirms", "denied", "denies", "revealed",
        "pledged", "pledges", "proclaimed", "answered", "shouted", "yelled", "retorted", "saying", "telling", "adding", "writing",
        "asserting", "noting", "arguing", "insisting", "warning", "claiming", "asking", "declaring", "explaining", "tweeting",
        "concluded", "concludes", "commented", "comments", "replying", "responding", "recalling", "stating", "joking",
        "lamented", "laments", "lamenting", "reiterated", "reiterates", "reiterating", "speculated", "speculates", "hinted", "hints",
        "bragged", "brags", "bragging", "objected", "conceding", "predicting", "suggesting", "pressed", "interjected", "snapped",
        "scoffed", "chided", "cracked", "teased", "sniped", "griped", "fumed", "gushed", "thundered", "exclaimed", "recounted",
        "reasoned", "elaborated", "opined", "whispered",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs that introduce a quotation but, without one, rarely report speech ("called X a …", "chanted").</summary>
    private static readonly FrozenSet<string> QuotationVerbs = new[]
    {
        "called", "calls", "calling", "described", "describes", "describing", "branded", "dubbed", "labeled", "labelled", "chanted",
        "chanting", "sang", "sings", "singing", "read", "reads", "characterized", "likened", "quoted", "exhorted", "pleaded",
        "accused", "accuses", "accusing",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Auxiliaries = new[]
    {
        "has", "had", "have", "also", "later", "then", "once", "previously", "recently", "repeatedly", "often", "reportedly",
        "publicly", "privately", "would", "will", "has", "again", "just", "even", "never", "first", "flatly", "simply", "quickly",
        "already", "still", "frequently", "famously", "bluntly", "angrily", "mockingly", "sarcastically",
        "further",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VerbLookup = Verbs.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AuxiliaryLookup = Auxiliaries.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> QuotationVerbLookup = QuotationVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The shapes of the words above: rule after rule asks about every word of a sentence, and most are none of them.</summary>
    private static readonly WordShapeFilter VerbShapes = new(Verbs);

    private static readonly WordShapeFilter QuotationVerbShapes = new(QuotationVerbs);

    private static readonly WordShapeFilter AuxiliaryShapes = new(Auxiliaries);

    public static bool IsVerb(string word) => Verbs.Contains(word);

    internal static IEnumerable<string> AllVerbs => Verbs;

    /// <summary>
    /// Cue verbs are lower-case words ("States" in "the United States" is no cue); the span form lets hot loops test
    /// every word without allocating.
    /// </summary>
    public static bool IsVerb(ReadOnlySpan<char> word) => word.Length > 2 && char.IsLower(word[0]) && VerbShapes.MayContain(word) && VerbLookup.Contains(word);

    public static bool IntroducesQuotation(ReadOnlySpan<char> word) => word.Length > 2 && char.IsLower(word[0])
        && ((VerbShapes.MayContain(word) && VerbLookup.Contains(word)) || (QuotationVerbShapes.MayContain(word) && QuotationVerbLookup.Contains(word)));

    public static bool IsAuxiliary(string word) => IsAuxiliary(word.AsSpan());

    public static bool IsAuxiliary(ReadOnlySpan<char> word) => (AuxiliaryShapes.MayContain(word) && AuxiliaryLookup.Contains(word)) || (word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(word[0]));
}
