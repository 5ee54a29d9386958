using System.Globalization;
using System.Text.RegularExpressions;

namespace Corpus.Text.Meetings;

/// <summary>
/// Dates as articles write them: explicit ("December 10, 2019", "Dec. 10", "10 December 2019"), and relative
/// ("on Tuesday", "this morning", "yesterday") resolved against the article's own date.
/// </summary>
public static partial class MeetingDates
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The first full date the body gives (a byline or dateline), for articles uploaded without one.</summary>
    public static DateOnly? FirstFullDate(string body)
    {
        foreach (Match m in Explicit().Matches(body))
        {
            if (m.Groups["year"].Success && ToDate(m, null) is { } date)
            {
                return date;
            }
        }
        return null;
    }

    /// <summary>The date nearest to <paramref name="anchor"/> in the sentence, resolved against <paramref name="reference"/>.</summary>
    public static DateOnly? Find(string sentence, int anchor, DateOnly? reference)
    {
        var candidates = new List<(int Distance, DateOnly Date)>();
        foreach (Match m in Explicit().Matches(sentence))
        {
            if (ToDate(m, reference) is { } date)
            {
                candidates.Add((Distance(m, anchor), date));
            }
        }
        if (reference is { } today)
        {
            foreach (Match m in Relative().Matches(sentence))
            {
                candidates.Add((Distance(m, anchor), Resolve(m, today)));
            }
        }
        return candidates.Count == 0 ? null : candidates.MinBy(c => c.Distance).Date;
    }

    /// <summary>True when the sentence places the meeting in an earlier month or year than the article's.</summary>
    public static bool NamesEarlierPeriod(string sentence, DateOnly? reference)
    {
        foreach (Match m in MonthYear().Matches(sentence))
        {
            var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
            var month = MonthOf(m.Groups["month"].Value);
            if (reference is not { } today || year < today.Year || (year == today.Year && month < today.Month))
            {
                return true;
            }
        }
        return false;
    }

    private static int Distance(Match m, int anchor) => m.Index > anchor ? m.Index - anchor : anchor - (m.Index + m.Length);

    private static DateOnly Resolve(Match m, DateOnly today)
    {
        if (m.Groups["weekday"].Success)
        {
            var weekday = Enum.Parse<DayOfWeek>(m.Groups["weekday"].Value, ignoreCase: true);
            var back = ((int)today.DayOfWeek - (int)weekday + 7) % 7;
            return today.AddDays(-back);
        }
        return m.Value.StartsWith("yesterday", StringComparison.OrdinalIgnoreCase) ? today.AddDays(-1) : today;
    }

    private static DateOnly? ToDate(Match m, DateOnly? reference)
    {
        var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        var month = MonthOf(m.Groups["month"].Value);
        int year;
        if (m.Groups["year"].Success)
        {
            year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        }
        else if (reference is { } today)
        {
            year = month > today.Month + 1 ? today.Year - 1 : today.Year;
        }
        else
        {
            return null;
        }
        return day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    private static int MonthOf(string name) => Array.IndexOf(Months, name[..3].ToLowerInvariant()) + 1;

    private const string Month = @"(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

    [GeneratedRegex(@"\b" + Month + @"\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<year>(?:19|20)\d\d)\b)?|\b(?<day>\d{1,2})\s+" + Month + @"\.?\s+(?<year>(?:19|20)\d\d)\b")]
    private static partial Regex Explicit();

    [GeneratedRegex(@"\b(?:(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|this\s+(?:morning|afternoon|evening)\b|today\b|tonight\b|earlier\s+in\s+the\s+day\b|yesterday\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Relative();

    [GeneratedRegex(@"\b" + Month + @"\s+(?<year>(?:19|20)\d\d)\b")]
    private static partial Regex MonthYear();
}
