using System;
using System.Globalization;
using System.Text;

namespace ConflictModel;

/// <summary>Wording shared by the built-in rules' messages.</summary>
internal static class MessageText
{
    private const int MaxCycleLength = 12;

    public static string Noun(EntityKind kind) => kind switch
    {
        EntityKind.Source => "source",
        EntityKind.Actor => "actor",
        EntityKind.Location => "location",
        EntityKind.Engagement => "engagement",
        EntityKind.Claim => "claim",
        EntityKind.Attribution => "attribution",
        _ => "mention",
    };

    public static string Article(EntityKind kind) => kind is EntityKind.Actor or EntityKind.Engagement or EntityKind.Attribution ? "an" : "a";

    /// <summary>Writes a cycle as "a -> b -> c -> a", shortened in the middle when long; reads only the ids it writes.</summary>
    public static string Cycle(int count, Func<int, string> idAt)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            if (count > MaxCycleLength && i == MaxCycleLength - 2)
            {
                text.Append(CultureInfo.InvariantCulture, $"... ({count - MaxCycleLength + 1} more) -> ");
                i = count - 1;
            }

            text.Append(idAt(i)).Append(" -> ");
        }

        return text.Append(idAt(0)).ToString();
    }
}
