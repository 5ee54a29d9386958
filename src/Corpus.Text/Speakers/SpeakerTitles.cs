namespace Corpus.Text.Speakers;

/// <summary>Titles and descriptors that precede a name ("Secretary of State", "Sen.", "Russian Foreign Minister"), and their normal forms.</summary>
public static class SpeakerTitles
{
    private static readonly HashSet<string> TitleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "del", "delegate", "sen", "sens", "senator", "rep", "reps", "representative", "gov", "governor",
        "lt", "gen", "general", "col", "maj", "capt", "sgt", "adm", "cmdr", "rev", "pres", "president", "vice", "vp", "secretary", "sec",
        "attorney", "chairman", "chairwoman", "chair", "speaker", "leader", "judge", "justice", "mayor", "former", "deputy", "acting",
        "ambassador", "commissioner", "chief", "director", "spokesman", "spokeswoman", "spokesperson", "candidate", "nominee", "minister",
        "foreign", "prime", "state", "treasury", "defense", "defence", "homeland", "national", "security", "adviser", "advisor", "press",
        "majority", "minority", "whip", "first", "lady", "democratic", "republican", "democrat", "gop", "house", "white", "special",
        "counsel", "interior", "justice", "energy", "commerce", "labor", "health", "education", "agriculture", "transportation",
        "russian", "american", "chinese", "british", "french", "german", "iranian", "israeli", "ukrainian", "u.s", "us", "senior", "top",
        "presidential", "campaign", "manager", "chairman", "executive", "officer", "official", "aide", "analyst", "pollster", "strategist",
        "author", "host", "anchor", "reporter", "columnist", "editor", "economist", "professor", "lawyer", "attorney", "rabbi", "pastor",
        "pope", "king", "queen", "prince", "sheikh", "emir", "chancellor", "premier", "council", "councilman", "councilwoman",
        "assemblyman", "assemblywoman", "congressman", "congresswoman", "lawmaker", "of", "the", "and", "for",
    };

    private static readonly Dictionary<string, string> Abbreviated = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sen"] = "Senator",
        ["sens"] = "Senator",
        ["rep"] = "Representative",
        ["reps"] = "Representative",
        ["gov"] = "Governor",
        ["sec"] = "Secretary",
        ["gen"] = "General",
        ["lt"] = "Lieutenant",
        ["col"] = "Colonel",
        ["adm"] = "Admiral",
        ["pres"] = "President",
        ["prof"] = "Professor",
    };

    private static readonly HashSet<string> Courtesy = new(StringComparer.OrdinalIgnoreCase) { "mr", "mrs", "ms", "miss", "dr", "the", "a", "an" };

    private static readonly HashSet<string> Nationalities = new(StringComparer.OrdinalIgnoreCase)
    {
        "russian", "american", "chinese", "british", "french", "german", "iranian", "israeli", "ukrainian", "u.s.", "us",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = TitleWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsTitleWord(string word) => IsTitleWord(word.AsSpan());

    public static bool IsTitleWord(ReadOnlySpan<char> word) => TitleLookup.Contains(word.TrimEnd('.'));

    /// <summary>
    /// The role a title prefix gives: abbreviations expanded, courtesy titles and a leading nationality or place dropped
    /// ("Russian Foreign Minister" → "Foreign Minister", "Ohio Governor" → "Governor"); null when nothing is left.
    /// </summary>
    public static string? Normalize(string prefix)
    {
        var words = prefix.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => Abbreviated.TryGetValue(w.TrimEnd('.'), out var full) ? full : w)
            .Where(w => !Courtesy.Contains(w.TrimEnd('.')))
            .ToList();
        while (words.Count > 1 && (Nationalities.Contains(words[0]) || (char.IsUpper(words[0][0]) && !IsTitleWord(words[0]) && IsTitleWord(words[1]))))
        {
            words.RemoveAt(0);
        }
        return words.Count == 0 ? null : string.Join(' ', words);
    }

    /// <summary>Separates a leading title from a name: "Secretary of State Mike Pompeo" → ("Secretary of State", "Mike Pompeo").</summary>
    public static (string? Role, string Name) Split(string mention)
    {
        if (MentionParser.Parse(mention) is { Form: MentionForm.Name } parsed)
        {
            return (parsed.Roles.Count > 0 ? parsed.Roles[0] : null, parsed.Name);
        }
        return (null, mention.Trim());
    }
}
