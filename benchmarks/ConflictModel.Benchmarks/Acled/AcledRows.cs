using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ConflictModel.Benchmarks.Acled;

/// <summary>Flattens a report into ACLED rows, one per engagement, as an ACLED export would show the same events.</summary>
public static class AcledRows
{
    private const int MaliIsoNumeric = 466;

    /// <summary>Makes one row per engagement of the report.</summary>
    /// <param name="report">A valid report whose engagements each have a location, two participants and an attribution.</param>
    /// <returns>The rows, in the order of the engagements.</returns>
    public static List<AcledRow> FromReport(ConflictReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var actors = report.Actors.ToDictionary(a => a.Id);
        var locations = report.Locations.ToDictionary(l => l.Id);
        var sources = report.Sources.ToDictionary(s => s.Id);
        var attributions = report.Attributions.ToDictionary(a => a.Id);
        var fatalities = report.Claims
            .OfType<CasualtyClaim>()
            .SelectMany(c => c.Subjects.Select(s => (s.Id, c.Count.Low)))
            .GroupBy(x => x.Id)
            .ToDictionary(g => g.Key, g => g.Min(x => x.Low) ?? 0, StringComparer.Ordinal);

        var rows = new List<AcledRow>(report.Engagements.Length);
        foreach (var engagement in report.Engagements)
        {
            // ACLED's event ids are the country's ISO alpha-3 code and a number.
            var number = rows.Count + 1;
            var actor1 = actors[engagement.Participants[0].Actor];
            var actor2 = actors[engagement.Participants[1].Actor];
            var location = locations[engagement.Locations[0]];
            var attribution = attributions[engagement.Attributions[0]];
            var date = engagement.Time?.FirstDate ?? default;
            var inter1 = Inter(actor1);
            var inter2 = Inter(actor2);
            rows.Add(new AcledRow
            {
                EventIdCnty = string.Create(CultureInfo.InvariantCulture, $"MLI{number}"),
                EventDate = new DateOnly(date.Year, date.Month, date.Day),
                Year = date.Year,
                TimePrecision = engagement.Time?.ToAcledTimePrecision() ?? 3,
                DisorderType = "Political violence",
                EventType = "Battles",
                SubEventType = "Armed clash",
                Actor1 = actor1.Name.Text,
                AssocActor1 = actor1.Aliases.IsEmpty ? string.Empty : actor1.Aliases[0].Text,
                Inter1 = inter1,
                Actor2 = actor2.Name.Text,
                AssocActor2 = actor2.Aliases.IsEmpty ? string.Empty : actor2.Aliases[0].Text,
                Inter2 = inter2,
                Interaction = (Math.Min(inter1, inter2) * 10) + Math.Max(inter1, inter2),
                CivilianTargeting = string.Empty,
                Iso = MaliIsoNumeric,
                Region = "Western Africa",
                Country = "Mali",
                Admin1 = "Kayes",
                Admin2 = "Kayes",
                Admin3 = location.Name.Text,
                Location = location.Name.Text,
                Latitude = location.Point?.Latitude ?? 0,
                Longitude = location.Point?.Longitude ?? 0,
                GeoPrecision = 1,
                Source = sources[attribution.Source].Title ?? string.Empty,
                SourceScale = "National",
                Notes = attribution.Quote.Exact,
                Fatalities = fatalities.GetValueOrDefault(engagement.Id.Value),
                Tags = string.Empty,
                Timestamp = new DateTimeOffset(date.Year, date.Month, date.Day, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds(),
            });
        }

        return rows;
    }

    private static int Inter(Actor actor) => actor.Category == ConflictCategory.StateForces ? 1 : 2;
}
