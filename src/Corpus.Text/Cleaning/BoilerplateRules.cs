using System.Text.RegularExpressions;

namespace Corpus.Text.Cleaning;

/// <summary>Lines that are page furniture wherever they appear: ads, sign-up prompts, player widgets, credits, copyright.</summary>
internal static partial class BoilerplateRules
{
    public static bool IsBoilerplate(string line) => Furniture().IsMatch(line) || (line.Length <= 400 && FurnitureInside().IsMatch(line)) || (line.Length <= 400 && Rights().IsMatch(line)) || (line.Length <= 80 && Credit().IsMatch(line));

    /// <summary>Headers of related lists, share bars and teasers: they often end the article, but may sit inside it.</summary>
    public static bool IsListHeader(string line) => line.Length <= 120 && ListHeader().IsMatch(line);

    /// <summary>Headers of the lists that follow an article: more from the site, recommended, most popular.</summary>
    public static bool StartsTeasers(string line) => line.Length <= 80 && TeasersHeader().IsMatch(line);

    /// <summary>Headers of comment sections: nothing after them is the article.</summary>
    public static bool StartsComments(string line) => line.Length <= 120 && CommentsHeader().IsMatch(line);

    [GeneratedRegex(
        @"^(advertisement|advertising|ad|sponsored|search|share|share this( article| story)?:?|sections list|next up:?|play live radio|available on air stations|listen( live| now)?|filed under:?.*|tags?:.*|\d{1,2}:\d{2}(\s+\d{1,2}:\d{2})*|/|click here:.*|click to (share|email|print).*|sign up.*|by submitting this form.*|by subscribing .*|subscribe( now| today)?.*newsletter.*|have a tip we should know\??|follow .{1,60} on (twitter|facebook|instagram)\.?|\[featured image.*\]|copyright .*|\(?©.*|.*all rights reserved\.?|watch the clip .*|published with permission of .*|—?.{1,80} contributed to this report.*|this (article|story) (was|has been) (updated|corrected).{0,60}|(story|article) continues below.*|continue reading.*|skip (to|ad).*|(image|photo|picture)( credit| source| copyright)?:.*|read (more|next|also):?.*|related:.*|more:.*|see also:?.*|watch:.*|listen:.*|recommended( for you)?:?|\d+\s*(shares?|comments?|views?)|print( this)?( article| page)?|email( this)?( article| page)?|loading\.*|close|menu|back to top.*|updated:?|posted:?|we'd like to hear from you.*|shares?|home|need more \w+\? subscribe .*|get breaking .{1,60}!|no spam.*unsubscribe.*|join our .{1,60} forums? .*|courtesy of .{1,60}|(share (on|via) \w+\s*){2,}|\d+ of \d+|wordcount: \d+|get .{1,60} delivered to your inbox.*|(you have been )?successfully subscribed.*|subscribe( now| no thanks)?|newsletter|how to contact us|view pdf.*|image (caption|copyright)\b.*|image \d+ of /? ?\d+|\d+ / \d+|caption|back to gallery|.{0,80}\bnewsletters?[.!]?|see all newsletters|thanks for signing up!?|have a tip\?.*|see more:.*|follow .{1,60} on (twitter|facebook|instagram|youtube)\b.*|listen to .{1,40} live at .*|if you buy something through .*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Furniture();

    /// <summary>Furniture told by a phrase inside or at the end of the line: caption credits, sign-up flows, notices.</summary>
    [GeneratedRegex(
        @"\((image|photo|picture) credit:[^)]*\)|\[file: [^\]]*\]$|\bwe may earn an affiliate commission\b|\bcredit: [^.]{1,60}\)?$|\((ap|reuters|afp|getty images|file)\)$|\bsubmitted photo$|\bclick to tweet$|\bsubscribe to (our|.{1,40}) newsletters?\b|\(image: [^)]*\)$|\bopt-in box\b|\berror processing your subscription\b|\blast modified on\b|\brequires javascript\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FurnitureInside();

    [GeneratedRegex(@"©|\ball rights reserved\b|\b(registered )?trademarks? of\b|\bfor informational purposes only\b|\bhave not been evaluated by\b|\bconsult your (physician|doctor)\b|\bresults (may )?vary\b|\bmay vary in your country\b|\bin your country may vary\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Rights();

    [GeneratedRegex(@"(getty images|ap photo|afp|reuters|shutterstock|istock|associated press|epa|/\s*ap\b|photo by|photograph:|file photo)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Credit();

    [GeneratedRegex(@"^(related( content| articles| stories| posts| coverage| links| news)?:?|trending news|read more|share this( article| story)?:?|see also:?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListHeader();

    [GeneratedRegex(@"^(leave a (reply|comment).*|\d+ (responses?|comments?|replies)( (to|on)\b.*)?|comments?( \(\d+\))?|\d+ thoughts on .*|join the (conversation|discussion).*|show comments|view comments|post a comment|add a comment)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentsHeader();

    [GeneratedRegex(@"^(more (from|on|stories|news|in|to explore|like this)\b.*|more \p{Lu}\S*( \S+){0,3}|you (may|might) (also )?(like|enjoy|be interested).*|recommended( for you| stories| articles| reading)?|trending( now| stories| articles)?|most (popular|read|commented|viewed|shared).*|popular (now|stories|posts|articles)|about the author|latest( news| stories| articles| videos)|what to read next|up next|sponsored (content|stories|links)|around the web|from (our|the) (partners|web)|promoted (stories|content)|editor'?s picks|top stories( in .{1,30})?|quick links|don't miss|sources:|about this (statement|article):?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TeasersHeader();
}
