using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace ConflictModel.Html;

/// <summary>The timeline and the map: plain SVG drawn from the report's times and coordinates.</summary>
internal sealed partial class ReportPage
{
    private const double ChartLeft = 300;
    private const double ChartRight = 940;
    private const double RowHeight = 30;

    private void WriteTimeline()
    {
        Raw("<section id=\"timeline\" aria-labelledby=\"h-timeline\">\n<h2 id=\"h-timeline\">Timeline</h2>\n");
        var timed = _report.Engagements.Where(e => e.Time is not null).ToList();
        if (timed.Count == 0)
        {
            Raw("<p class=\"hint\">No engagement has a time.</p>\n</section>\n");
            return;
        }

        // Each time is drawn as the days it may fall on: one day, a range, a whole month.
        var first = timed.Min(e => e.Time!.FirstDate);
        var last = timed.Max(e => e.Time!.LastDate).PlusDays(1);
        var days = Math.Max(1, Period.Between(first, last, PeriodUnits.Days).Days);
        double X(LocalDate date) => ChartLeft + ((ChartRight - ChartLeft) * Period.Between(first, date, PeriodUnits.Days).Days / days);
        var height = 50 + (timed.Count * RowHeight);
        Raw("<p class=\"hint\">Solid bars are stated times, hatched bars with a dashed outline are inferred; each bar covers the days the time may fall on.</p>\n");
        Raw("<svg class=\"chart\" viewBox=\"0 0 1000 ");
        Number(height);
        Raw("\" role=\"img\" aria-labelledby=\"timeline-title\"><title id=\"timeline-title\">Engagements by time; the table below gives the same</title>");
        Raw("<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#1f4e79\" stroke-width=\"3\"/></pattern></defs>");
        Axis(first, last, height);
        for (var row = 0; row < timed.Count; row++)
        {
            var engagement = timed[row];
            var time = engagement.Time!;
            var y = 30 + (row * RowHeight);
            var x1 = X(time.FirstDate);
            var x2 = X(time.LastDate.PlusDays(1));
            var inferred = time.Basis == TimeBasis.Inferred;
            Raw("<g class=\"bar ");
            Raw(inferred ? "inferred" : "stated");
            Raw("\"><title>");
            Text(EngagementTitle(engagement));
            Raw(": ");
            Text(TimeInWords(time));
            Raw("</title><text class=\"label\" x=\"");
            Number(ChartLeft - 8);
            Raw("\" y=\"");
            Number(y + 15);
            Raw("\" text-anchor=\"end\">");
            Text(Shorten(engagement.Id.Value));
            Raw("</text><rect x=\"");
            Number(x1);
            Raw("\" y=\"");
            Number(y + 4);
            Raw("\" width=\"");
            Number(Math.Max(3, x2 - x1));
            Raw("\" height=\"16\"");
            Raw(inferred ? " fill=\"url(#hatch)\" stroke=\"#1f4e79\" stroke-dasharray=\"4 2\"" : " fill=\"#1f4e79\" stroke=\"#1f4e79\"");
            Raw("/></g>");
        }

        Raw("</svg>\n<table class=\"times\"><caption>Engagements by time</caption><thead><tr><th scope=\"col\">Engagement</th><th scope=\"col\">Time</th><th scope=\"col\">Precision</th><th scope=\"col\">Basis</th></tr></thead><tbody>\n");
        foreach (var engagement in timed)
        {
            var time = engagement.Time!;
            Raw("<tr><td>");
            Text(EngagementTitle(engagement));
            Raw("</td><td>");
            Text(time.ToString());
            if (time.Wording is { } wording)
            {
                Raw(" (“");
                Text(wording);
                Raw("”)");
            }

            Raw("</td><td>");
            Text(PrecisionOf(time));
            Raw("</td><td>");
            Text(HtmlText.Words(time.Basis));
            Raw("</td></tr>\n");
        }

        Raw("</tbody></table>\n</section>\n");
    }

    private void Axis(LocalDate first, LocalDate last, double height)
    {
        Raw("<line class=\"axis\" x1=\"");
        Number(ChartLeft);
        Raw("\" y1=\"22\" x2=\"");
        Number(ChartRight);
        Raw("\" y2=\"22\" stroke=\"#333333\"/>");
        Tick(ChartLeft, first.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "start", height);
        Tick(ChartRight, last.PlusDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + " (end)", "end", height);
    }

    private void Tick(double x, string label, string anchor, double height)
    {
        Raw("<line x1=\"");
        Number(x);
        Raw("\" y1=\"18\" x2=\"");
        Number(x);
        Raw("\" y2=\"");
        Number(height - 4);
        Raw("\" stroke=\"#767676\" stroke-dasharray=\"2 3\"/><text class=\"tick\" x=\"");
        Number(x);
        Raw("\" y=\"14\" text-anchor=\"");
        Raw(anchor);
        Raw("\">");
        Text(label);
        Raw("</text>");
    }

    private void WriteMap()
    {
        Raw("<section id=\"map\" aria-labelledby=\"h-map\">\n<h2 id=\"h-map\">Map</h2>\n");
        var points = new List<(Engagement Engagement, Location Location, GeoPoint Point)>();
        foreach (var engagement in _report.Engagements)
        {
            foreach (var id in engagement.Locations)
            {
                if (_index.TryGet(id, out var location) && location.Point is { } point)
                {
                    points.Add((engagement, location, point));
                }
            }
        }

        if (points.Count == 0)
        {
            Raw("<p class=\"hint\">No engagement has a location with coordinates.</p>\n</section>\n");
            return;
        }

        // An equirectangular projection, squeezed by the cosine of the middle latitude so that a
        // degree east looks as long as it is there: enough for a region, with no tiles to fetch.
        var minLat = points.Min(p => p.Point.Latitude) - 0.5;
        var maxLat = points.Max(p => p.Point.Latitude) + 0.5;
        var minLon = points.Min(p => p.Point.Longitude) - 0.5;
        var maxLon = points.Max(p => p.Point.Longitude) + 0.5;
        var squeeze = Math.Max(0.2, Math.Cos((minLat + maxLat) / 2 * Math.PI / 180));
        var spanX = (maxLon - minLon) * squeeze;
        var spanY = maxLat - minLat;
        var scale = Math.Min(900 / spanX, 520 / spanY);
        double Px(GeoPoint p) => 50 + ((p.Longitude - minLon) * squeeze * scale);
        double Py(GeoPoint p) => 40 + ((maxLat - p.Latitude) * scale);
        var width = 100 + (spanX * scale);
        var height = 80 + (spanY * scale);
        Raw("<p class=\"hint\">Each located engagement at its coordinates; the ring's size and the label give the place's precision. No map tiles: the frame shows latitude and longitude.</p>\n");
        Raw("<svg class=\"chart map\" viewBox=\"0 0 ");
        Number(width);
        Raw(" ");
        Number(height);
        Raw("\" role=\"img\" aria-labelledby=\"map-title\"><title id=\"map-title\">Located engagements; the list below gives the same</title>");
        Raw("<rect x=\"50\" y=\"40\" width=\"");
        Number(width - 100);
        Raw("\" height=\"");
        Number(height - 80);
        Raw("\" fill=\"#f7f7f2\" stroke=\"#767676\"/>");
        Corner(50, 34, $"{maxLat:0.##}° N, {minLon:0.##}° E", "start");
        Corner(width - 50, height - 26, $"{minLat:0.##}° N, {maxLon:0.##}° E", "end");
        var placed = new HashSet<LocationId>();
        foreach (var (engagement, location, point) in points)
        {
            var first = placed.Add(location.Id);
            Raw("<g class=\"place\"><title>");
            Text(EngagementTitle(engagement));
            Raw(": ");
            Text(location.Name.Text);
            Raw(" (");
            Text(PlacePrecisionWords(location));
            Raw(")</title><circle cx=\"");
            Number(Px(point));
            Raw("\" cy=\"");
            Number(Py(point));
            Raw("\" r=\"");
            Number(RadiusOf(location.Precision));
            Raw("\" fill=\"#b3541e\" fill-opacity=\"0.25\" stroke=\"#7a3410\" stroke-width=\"2\"/><circle cx=\"");
            Number(Px(point));
            Raw("\" cy=\"");
            Number(Py(point));
            Raw("\" r=\"3\" fill=\"#7a3410\"/>");
            if (first)
            {
                Raw("<text class=\"label\" x=\"");
                Number(Px(point) + RadiusOf(location.Precision) + 4);
                Raw("\" y=\"");
                Number(Py(point) + 4);
                Raw("\">");
                Text(location.Name.Text);
                Raw(" (");
                Text(PlacePrecisionWords(location));
                Raw(")</text>");
            }

            Raw("</g>");
        }

        Raw("</svg>\n<ul class=\"places\">\n");
        foreach (var (engagement, location, point) in points)
        {
            Raw("<li>");
            Text(EngagementTitle(engagement));
            Raw(": ");
            Text(location.Name.Text);
            Raw(" — ");
            Text(point.ToString());
            Raw(", ");
            Text(PlacePrecisionWords(location));
            Raw("</li>\n");
        }

        Raw("</ul>\n</section>\n");
    }

    private void Corner(double x, double y, FormattableString label, string anchor)
    {
        Raw("<text class=\"tick\" x=\"");
        Number(x);
        Raw("\" y=\"");
        Number(y);
        Raw("\" text-anchor=\"");
        Raw(anchor);
        Raw("\">");
        Text(FormattableString.Invariant(label));
        Raw("</text>");
    }

    private static string PlacePrecisionWords(Location location)
        => location.Precision is { } precision ? HtmlText.Words(precision) : "precision not given";

    private static double RadiusOf(PlacePrecision? precision) => precision switch
    {
        PlacePrecision.ExactSite => 5,
        PlacePrecision.Settlement => 7,
        PlacePrecision.NearPlace => 10,
        PlacePrecision.SecondOrderDivision => 14,
        PlacePrecision.FirstOrderDivision => 18,
        _ => 22,
    };
}
