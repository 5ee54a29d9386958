using System.Text.RegularExpressions;
using Corpus.Text.Speakers;

namespace Corpus.Text.Meetings;

/// <summary>Where a meeting took place: a venue or a city, as the sentence names it.</summary>
public static partial class MeetingPlaces
{
    /// <summary>Rooms known to be inside a larger venue, so that "Oval Office" and "White House" name one place.</summary>
    private static readonly Dictionary<string, string> InsideOf = new(StringComparer.Ordinal)
    {
        ["oval office"] = "white house",
        ["rose garden"] = "white house",
        ["west wing"] = "white house",
        ["east room"] = "white house",
        ["situation room"] = "white house",
        ["cabinet room"] = "white house",
        ["roosevelt room"] = "white house",
    };

    /// <summary>Lower-case words that may follow a place; any other ("in American elections") shows an adjective, not a place.</summary>
    private static readonly HashSet<string> Followers = new(StringComparer.Ordinal)
    {
        "on", "in", "at", "to", "and", "after", "before", "for", "with", "earlier", "later", "last", "this", "that", "where", "when",
        "which", "while", "but", "as", "during", "today", "yesterday", "tomorrow", "on", "by", "since", "until", "over", "about",
    };

    private static readonly HashSet<string> NotPlaces = new(StringComparer.Ordinal)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "The", "A", "An",
    };

    /// <summary>The place named right after the meeting words ("at the State Department", "in Hamburg") or just before them ("Oval Office meeting").</summary>
    public static string? Find(string sentence, int triggerStart, int triggerEnd, Func<string, bool> isPerson)
    {
        var after = sentence[triggerEnd..];
        var clause = ClauseEnd().Match(after);
        var window = clause.Success ? after[..clause.Index] : after;
        foreach (Match m in After().Matches(window))
        {
            var place = m.Groups["place"].Value.Trim().TrimEnd('.');
            var next = NextWord().Match(window, m.Index + m.Length);
            if (Acceptable(place, isPerson) && (!next.Success || Followers.Contains(next.Groups["word"].Value)))
            {
                return place;
            }
        }
        var before = Before().Match(sentence[..triggerStart]);
        if (before.Success)
        {
            var place = before.Groups["place"].Value.Trim();
            if (Acceptable(place, isPerson))
            {
                return place;
            }
        }
        return null;
    }

    /// <summary>Places agree when either is unknown, one contains the other, or one is a room of the other.</summary>
    public static bool Compatible(string? a, string? b) => a is null || b is null || Agree(a, b);

    /// <summary>Both places are known and name the same place.</summary>
    public static bool Agree(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return false;
        }
        var fa = Widen(SpeakerNames.Fold(a));
        var fb = Widen(SpeakerNames.Fold(b));
        return fa.Contains(fb, StringComparison.Ordinal) || fb.Contains(fa, StringComparison.Ordinal);
    }

    private static string Widen(string folded)
    {
        foreach (var (room, venue) in InsideOf)
        {
            folded = folded.Replace(room, venue, StringComparison.Ordinal);
        }
        return folded;
    }

    private static bool Acceptable(string place, Func<string, bool> isPerson)
    {
        var words = place.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && !NotPlaces.Contains(words[0]) && !isPerson(place) && !words.Any(w => w.Any(char.IsDigit) && w.Length == 4 && !w.Contains('-', StringComparison.Ordinal));
    }

    private const string Name = @"\p{Lu}[\w.’'-]*(?:\s+(?:\p{Lu}[\w.’'-]*|of|de))*";

    [GeneratedRegex(@"\b(?:at|in|inside)\s+(?:the\s+)?(?<place>" + Name + @"(?:\s+in\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\b)\p{Lu}\w+)?(?:[ \u00A0]+(?:building|headquarters|residence|compound|estate|palace|embassy|hotel))?)")]
    private static partial Regex After();

    [GeneratedRegex(@"(?:^|\s)(?:the\s+|an?\s+|’s\s+|'s\s+)?(?<place>\p{Lu}[\w.-]*(?:\s+\p{Lu}[\w.-]*)?)\s+(?:[a-z-]+\s+)?$")]
    private static partial Regex Before();

    [GeneratedRegex(@"\G[ \u00A0]+(?<word>\p{Ll}[\p{Ll}-]*)")]
    private static partial Regex NextWord();

    [GeneratedRegex(@"[,;:“""]|\b(?:that|about|which|who|where|after|before|for|because|but)\b")]
    private static partial Regex ClauseEnd();
}
