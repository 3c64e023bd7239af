using System;
using System.Globalization;
using System.Linq;

namespace ConflictModel.Interop.Stix;

/// <summary>
/// A claim in words, for the content of its STIX note: what a consumer that ignores the extension
/// reads. Counts keep their wording ("more than 80"), or say their bounds when there is none.
/// </summary>
internal static class StixClaimText
{
    public static string Describe(Claim claim, Func<ActorId, string> actor, Func<LocationId, string> location) => claim switch
    {
        CasualtyClaim c => $"{StixVocabulary.Capitalised(Count(c.Count))} {StixVocabulary.Words(c.Outcome)}{(c.Victims is { } v ? $" ({actor(v)})" : string.Empty)}.",
        TerritorialControlClaim c => $"{actor(c.Controller)} {StixVocabulary.Words(c.Change)} {string.Join(", ", c.Places.Select(location).Concat(c.Extent is { } e ? [Count(e)] : []))}.",
        ResponsibilityClaim c => $"{actor(c.Responsible)} is responsible.",
        OutcomeClaim c => $"{StixVocabulary.Capitalised(StixVocabulary.Words(c.Outcome))}{(c.Prevailing is { } p ? $", {actor(p)} prevailing" : string.Empty)}.",
        MaterielClaim c => $"{StixVocabulary.Capitalised(StixVocabulary.Words(c.Action))}: {string.Join(", ", c.Items.Select(i => i.Wording))}{(c.Taker is { } t ? $", by {actor(t)}" : string.Empty)}{(c.From is { } f ? $", from {actor(f)}" : string.Empty)}.",
        CharacterisationClaim c => $"\u201c{c.Characterisation}\u201d.",
        AssessmentClaim c => $"\u201c{c.Assessment}\u201d.",
        ExtentClaim c => $"{StixVocabulary.Capitalised(Count(c.Extent))}.",
        _ => throw new InvalidOperationException($"Unknown claim kind {claim.Kind}."),
    };

    /// <summary>"more than 80 militants" (the wording), else the qualifier and value in words; lower case.</summary>
    public static string Count(CountEstimate count)
    {
        var figure = count.Wording ?? count.Qualifier switch
        {
            EstimateQualifier.Exact => Number(count.Value),
            EstimateQualifier.AtLeast => "at least " + Number(count.Value),
            EstimateQualifier.MoreThan => "more than " + Number(count.Value),
            EstimateQualifier.AtMost => "at most " + Number(count.Value),
            EstimateQualifier.FewerThan => "fewer than " + Number(count.Value),
            EstimateQualifier.Between => $"between {Number(count.Low)} and {Number(count.High)}",
            EstimateQualifier.Approximately => "about " + Number(count.Value),
            EstimateQualifier.Undisclosed => "an undisclosed number of",
            _ => "an unknown number of",
        };
        var counted = count.Counted is null || figure.Contains(count.Counted, StringComparison.OrdinalIgnoreCase) ? string.Empty : " " + count.Counted;
        return figure + counted;
    }

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "?";
}
