using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace ConflictModel.Cli;

/// <summary>
/// Writes a readable summary of a <see cref="ConflictReport"/>: its sources, each engagement with its
/// time, places and sides, each claim with its claimant, value, status and the quoted words of every
/// attribution that carries it, the claims that disagree with or corroborate each other, and the
/// names as printed that the report resolves.
/// </summary>
/// <remarks>Works on any report; names are looked up by id through <see cref="ConflictReport.Index"/>, and an id that does not resolve is shown as the id itself.</remarks>
internal sealed class ReportSummary
{
    private const string Indent = "    ";

    private readonly ConflictReport _report;
    private readonly ReportIndex _index;

    private ReportSummary(ConflictReport report)
    {
        _report = report;
        _index = report.Index;
    }

    /// <summary>Describes a report as text.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The summary, lines separated by '\n'.</returns>
    public static string Describe(ConflictReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(report, writer);
        return writer.ToString();
    }

    /// <summary>Writes the summary of a report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">Where to write.</param>
    public static void Write(ConflictReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        new ReportSummary(report).WriteAll(writer);
    }

    /// <summary>Writes a report's validation: one line saying whether it is valid, then each issue on a line of its own.</summary>
    /// <param name="validation">The result of validating the report.</param>
    /// <param name="writer">Where to write.</param>
    public static void WriteValidation(ValidationResult validation, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(validation);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine(validation.Issues.IsEmpty
            ? "Validation: valid, no issues (every reference resolves, every quote and mention matches its source's text)"
            : $"Validation: {(validation.IsValid ? "valid" : "INVALID")}, {validation.Issues.Length} issue(s)");
        foreach (var issue in validation.Issues)
        {
            writer.WriteLine($"  {issue}");
        }
    }

    private void WriteAll(TextWriter writer)
    {
        WriteSources(writer);
        WriteEngagements(writer);
        WriteClaims(writer);
        WriteComparisons(writer);
        WriteResolvedNames(writer);
    }

    private void WriteSources(TextWriter writer)
    {
        writer.WriteLine($"Sources ({_report.Sources.Length})");
        foreach (var source in _report.Sources)
        {
            writer.WriteLine($"  {source.Id}: {source.Title ?? "(untitled)"}");
            var language = source.Language is { } tag ? $" in {tag}" : string.Empty;
            writer.WriteLine($"{Indent}{Words(source.Kind)}{language}, published {source.Published?.ToString() ?? "at an unknown time"}");
            if (source.Text is { } text)
            {
                var bytes = Encoding.UTF8.GetByteCount(text);
                writer.WriteLine(Invariant($"{Indent}text: {bytes} bytes, SHA-256 {source.TextSha256?.Hex ?? "(none)"}"));
                var spans = _report.Attributions.Where(a => a.Source == source.Id).Select(a => a.Quote)
                    .Concat(_report.Mentions.Where(m => m.Source == source.Id).Select(m => m.Span))
                    .ToList();
                var matching = spans.Count(span => span.IsFoundIn(text));
                writer.WriteLine(Invariant($"{Indent}spans: {matching} of {spans.Count} quotes and mentions stand in the text as recorded"));
            }
        }

        writer.WriteLine();
    }

    private void WriteEngagements(TextWriter writer)
    {
        writer.WriteLine($"Engagements ({_report.Engagements.Length})");
        foreach (var engagement in _report.Engagements)
        {
            var type = engagement.SubType is { } sub ? $"{engagement.Type.ToAcledLabel()} / {sub.ToAcledLabel()}" : engagement.Type.ToAcledLabel();
            var scope = engagement.Campaign is { } campaign ? $"part of {campaign}" : Words(engagement.Scope);
            writer.WriteLine($"  {engagement.Id}: {type}, {scope}");
            writer.WriteLine($"{Indent}when:  {Describe(engagement.Time)}");
            writer.WriteLine($"{Indent}where: {string.Join(", ", engagement.Locations.Select(LocationName))}");
            if (!engagement.Participants.IsEmpty)
            {
                writer.WriteLine($"{Indent}who:   {string.Join(", ", engagement.Participants.Select(Describe))}");
            }

            foreach (var id in engagement.Attributions)
            {
                WriteAttribution(writer, id);
            }
        }

        writer.WriteLine();
    }

    private void WriteClaims(TextWriter writer)
    {
        writer.WriteLine($"Claims ({_report.Claims.Length})");
        foreach (var claim in _report.Claims)
        {
            writer.WriteLine($"  {claim.Id}: {Words(claim.Kind)}, {Words(claim.Status)}");
            writer.WriteLine($"{Indent}claimant: {ClaimantName(claim.Claimant)}");
            writer.WriteLine($"{Indent}about:    {string.Join(", ", claim.Subjects.Select(SubjectName))}");
            writer.WriteLine($"{Indent}value:    {DescribeValue(claim)}");
            foreach (var id in claim.Attributions)
            {
                WriteAttribution(writer, id);
            }
        }

        writer.WriteLine();
    }

    private void WriteComparisons(TextWriter writer)
    {
        var comparisons = ClaimComparisons.Find(_report);
        writer.WriteLine($"Disagreements and corroborations ({comparisons.Length})");
        foreach (var comparison in comparisons)
        {
            writer.WriteLine($"  {Words(comparison.Kind)} ({Words(comparison.Rule)}): {string.Join(" / ", comparison.Claims.Select(c => c.Id))}");
            writer.WriteLine($"{Indent}{comparison.Reason}");
            foreach (var quote in comparison.Quotes)
            {
                writer.WriteLine($"{Indent}{quote.Claim}: \"{quote.Text}\"");
            }
        }

        writer.WriteLine();
    }

    private void WriteResolvedNames(TextWriter writer)
    {
        var resolved = _report.Mentions.Where(m => m.Confidence is not null).ToList();
        writer.WriteLine($"Names as printed, resolved ({resolved.Count})");
        foreach (var mention in resolved)
        {
            var rationale = mention.Rationale is { } why ? $": {why}" : string.Empty;
            writer.WriteLine($"  \"{mention.AsPrinted}\" -> {SubjectName(mention.Entity)} ({Words(mention.Confidence!.Value)}){rationale}");
        }
    }

    private void WriteAttribution(TextWriter writer, AttributionId id)
    {
        if (!_index.TryResolve(id, out var resolved))
        {
            writer.WriteLine($"{Indent}source:   {id} (not in the report)");
            return;
        }

        var attribution = resolved.Attribution;

        var who = attribution.Speaker is { } speaker ? $"{Words(attribution.Mode)} of {ActorName(speaker)}" : "the source's own statement";
        var channel = attribution.Channel == StatementChannel.SourceItself ? string.Empty : $", channel: {Words(attribution.Channel)}";
        var when = attribution.StatedAt is { } time ? $", stated {Describe(time)}" : string.Empty;
        var where = resolved.Source is { } source ? source.Id.Value : $"{attribution.Source} (not in the report)";
        writer.WriteLine($"{Indent}source:   {who}{channel}{when}, in {where} at [{attribution.Quote.Start}, {attribution.Quote.End})");
        writer.WriteLine($"{Indent}          \"{resolved.QuotedText}\"");
    }

    private string DescribeValue(Claim claim) => claim switch
    {
        CasualtyClaim c => $"{c.Count} {Words(c.Outcome)} ({Bounds(c.Count)}){Of(c.Victims, "among")}",
        TerritorialControlClaim c => $"{ActorName(c.Controller)} {Words(c.Change)} {(c.Extent is { } extent ? $"{extent} ({Bounds(extent)})" : string.Empty)}{PlacesOf(c)}",
        ResponsibilityClaim c => $"{ActorName(c.Responsible)} responsible{(c.IsSelfClaimed ? " (claimed by itself)" : string.Empty)}",
        OutcomeClaim c => c.Prevailing is { } prevailing ? $"{Words(c.Outcome)}, {ActorName(prevailing)} prevailing" : Words(c.Outcome),
        MaterielClaim c => $"{Words(c.Action)} {string.Join(", ", c.Items)}{Of(c.Taker, "by")}{Of(c.From, "from")}",
        CharacterisationClaim c => $"\"{c.Characterisation}\"",
        AssessmentClaim c => $"\"{c.Assessment}\"",
        ExtentClaim c => $"{c.Extent} ({Bounds(c.Extent)})",
        _ => claim.ToString(),
    };

    private string PlacesOf(TerritorialControlClaim claim)
        => claim.Places.IsEmpty ? string.Empty : $" at {string.Join(", ", claim.Places.Select(LocationName))}";

    private string Of(ActorId? actor, string preposition) => actor is { } id ? $" {preposition} {ActorName(id)}" : string.Empty;

    /// <summary>"jihadist fighters (attacker), believed to be JNIM by claimed responsibility (jnim-responsibility)".</summary>
    private string Describe(Participant participant)
    {
        var text = $"{ActorName(participant.Actor)} ({Words(participant.Role)})";
        if (participant.Identification is not { } identification)
        {
            return text;
        }

        var claims = identification.Claims.IsEmpty ? string.Empty : $" ({string.Join(", ", identification.Claims)})";
        return $"{text}, believed to be {ActorName(identification.Actor)} by {Words(identification.Basis)}{claims}";
    }

    private string ActorName(ActorId id) => _index.TryGet(id, out var actor) ? actor.Name.Text : id.Value;

    private string LocationName(LocationId id)
    {
        if (!_index.TryGet(id, out var location))
        {
            return id.Value;
        }

        var name = location.Kind is LocationKind.MilitaryInstallation or LocationKind.Airport or LocationKind.Building
            && _index.AncestorsOf(id) is [var site, ..]
            ? $"{location.Name.Text} in {site.Name.Text}"
            : location.Name.Text;
        var printed = _index.MentionsOf(EntityReference.To(id))
            .Where(m => m.Confidence is not null)
            .Select(m => $"printed \"{m.AsPrinted}\", {Words(m.Confidence!.Value)}")
            .ToList();
        return printed.Count == 0 ? name : $"{name} ({string.Join("; ", printed)})";
    }

    private string ClaimantName(Claimant claimant)
        => claimant.Actor is { } actor ? ActorName(actor) : $"the source itself ({claimant.Source})";

    private string SubjectName(EntityReference subject) => subject.Kind switch
    {
        EntityKind.Actor => ActorName(new ActorId(subject.Id)),
        EntityKind.Location => _index.TryGet(new LocationId(subject.Id), out var location) ? location.Name.Text : subject.Id,
        _ => subject.Id,
    };

    private static string Describe(ReportedTime? time) => time switch
    {
        null => "not given",
        { Wording: { } wording } => $"{time}, as printed \"{wording}\"",
        _ => time.ToString(),
    };

    private static string Bounds(CountEstimate count)
    {
        var bounds = count.Low is null && count.High is null && count.Best is null
            ? "no figure"
            : Invariant($"low {Bound(count.Low)}, best {Bound(count.Best)}, high {Bound(count.High)}");
        return count.Wording is { } wording ? $"{bounds}; as printed \"{wording}\"" : bounds;
    }

    private static string Bound(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "none";

    /// <summary>Turns an enum member's name into lower-case words: "DirectQuote" gives "direct quote".</summary>
    private static string Words<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        var words = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                words.Append(' ');
            }

            words.Append(char.ToLowerInvariant(name[i]));
        }

        return words.ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
