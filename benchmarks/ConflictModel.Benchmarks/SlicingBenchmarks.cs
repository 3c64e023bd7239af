using System;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using ConflictModel.Benchmarks.Infrastructure;

namespace ConflictModel.Benchmarks;

/// <summary>
/// <see cref="ConflictReport.SplitByEngagement"/> of a report of 10,000 and of 1,000,000
/// engagements with one claim each, beside reading the same report from its JSON: splitting must
/// stay in proportion to reading (it was quadratic: 120 s for 1,797 of the 1,000,000 slices).
/// </summary>
/// <remarks>
/// The report is lean — per engagement one location, one participant, one attribution and one
/// casualties claim, about 600 bytes of JSON — so that a million engagements fit in memory
/// (about 600 MB of JSON, above <see cref="ConflictJsonOptions.DefaultMaxDocumentSize"/>, which
/// the read raises). An operation takes seconds, so this class has the streaming job.
/// </remarks>
[Config(typeof(StreamingConfig))]
public class SlicingBenchmarks
{
    private const string ModelInput = "model";
    private static readonly ConflictJsonOptions Unlimited = new() { MaxDocumentSize = Array.MaxLength };

    private byte[] _utf8 = [];
    private ConflictReport _report = ConflictReport.Empty;

    /// <summary>Gets or sets the number of engagements in the report.</summary>
    [Params(10_000, 1_000_000)]
    public int Engagements { get; set; }

    /// <summary>Writes the report's JSON and reads it once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _utf8 = Encoding.UTF8.GetBytes(Lean(Engagements));
        _report = ConflictJson.Deserialize(_utf8, Unlimited);
        Measurements.Record(Measurements.Key(typeof(SlicingBenchmarks), Engagements.ToString(CultureInfo.InvariantCulture), ModelInput), _utf8.Length);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    /// <summary>Resets the peak working set before each operation.</summary>
    [IterationSetup]
    public void ResetPeak() => PeakMemory.Reset();

    /// <summary>The reference: reading the whole report from its JSON.</summary>
    /// <returns>The number of engagements read.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Split")]
    [Input(ModelInput)]
    public int Deserialize() => ConflictJson.Deserialize(_utf8, Unlimited).Engagements.Length;

    /// <summary>Splitting the report as read into one slice per engagement, every slice built.</summary>
    /// <returns>The number of engagements in all slices.</returns>
    [Benchmark]
    [BenchmarkCategory("Split")]
    [Input(ModelInput)]
    public long SplitByEngagement()
    {
        long engagements = 0;
        foreach (var slice in _report.SplitByEngagement())
        {
            engagements += slice.Engagements.Length;
        }

        return engagements;
    }

    /// <summary>Records the peak working set of the read that just ran.</summary>
    [IterationCleanup(Target = nameof(Deserialize))]
    public void RecordReadPeak() => RecordPeak(nameof(Deserialize));

    /// <summary>Records the peak working set of the split that just ran.</summary>
    [IterationCleanup(Target = nameof(SplitByEngagement))]
    public void RecordSplitPeak() => RecordPeak(nameof(SplitByEngagement));

    /// <summary>The report's JSON: engagements sharing 400 actors, 5,000 places and 1,000 sources, one claim and one attribution each.</summary>
    internal static string Lean(int engagements)
    {
        var json = new StringBuilder(engagements * 640);
        json.Append("""{"schemaVersion":"1.0","sources":[""");
        var sources = Math.Min(1_000, engagements);
        var actors = Math.Min(400, engagements);
        var places = Math.Min(5_000, engagements);
        for (var i = 0; i < sources; i++)
        {
            json.Append(i == 0 ? "" : ",").Append(CultureInfo.InvariantCulture, $$"""{"id":"s{{i}}","kind":"newsArticle"}""");
        }

        json.Append("],\"actors\":[");
        for (var i = 0; i < actors; i++)
        {
            json.Append(i == 0 ? "" : ",").Append(CultureInfo.InvariantCulture, $$"""{"id":"a{{i}}","name":{"text":"Actor {{i}}"},"kind":"organisation"}""");
        }

        json.Append("],\"locations\":[");
        for (var i = 0; i < places; i++)
        {
            json.Append(i == 0 ? "" : ",").Append(CultureInfo.InvariantCulture, $$"""{"id":"l{{i}}","name":{"text":"Place {{i}}"},"kind":"settlement"}""");
        }

        json.Append("],\"engagements\":[");
        for (var i = 0; i < engagements; i++)
        {
            json.Append(i == 0 ? "" : ",").Append(CultureInfo.InvariantCulture, $$"""{"id":"e{{i}}","type":"battles","time":{"date":"2025-07-01","basis":"stated"},"locations":["l{{i % places}}"],"participants":[{"actor":"a{{i % actors}}","role":"attacker"}],"attributions":["t{{i}}"]}""");
        }

        json.Append("],\"claims\":[");
        for (var i = 0; i < engagements; i++)
        {
            json.Append(i == 0 ? "" : ",").Append(CultureInfo.InvariantCulture, $$"""{"kind":"casualties","id":"c{{i}}","claimant":{"actor":"a{{i % actors}}"},"subjects":[{"kind":"engagement","id":"e{{i}}"}],"attributions":["t{{i}}"],"status":"asserted","count":{"qualifier":"moreThan","value":{{i % 100}}},"outcome":"killed"}""");
        }

        json.Append("],\"attributions\":[");
        for (var i = 0; i < engagements; i++)
        {
            json.Append(i == 0 ? "" : ",").Append(CultureInfo.InvariantCulture, $$"""{"id":"t{{i}}","source":"s{{i % sources}}","quote":{"start":0,"end":4,"exact":"said"},"mode":"paraphrase","channel":"sourceItself"}""");
        }

        return json.Append("]}").ToString();
    }

    private static void RecordPeak(string method)
    {
        if (PeakMemory.Peak() is { } peak)
        {
            Measurements.RecordMax(Measurements.Key(typeof(SlicingBenchmarks), string.Empty, method + ".peak"), peak);
        }
    }
}
