using System;
using System.IO;
using System.Linq;
using ConflictModel;
using ConflictModel.Fixtures;
using ConflictModel.Html;
using ConflictModel.Interop;
using ConflictModel.Interop.Acled;
using ConflictModel.Interop.Stix;
using ConflictModel.Interop.Ucdp;

// Reads the Mali report's canonical JSON, validates it, writes it back, and checks that nothing was
// lost or changed — in a trimmed, natively compiled app where any reflection would have failed.
var json = args.Length == 1 ? File.ReadAllText(args[0]) : MaliArticle.CanonicalJson;
var report = ConflictJson.Deserialize(json);
var result = report.Validate();
var written = ConflictJson.Serialize(report, MaliArticle.CanonicalJsonOptions);

Console.WriteLine($"read {report}");
Console.WriteLine($"validation: {(result.IsValid ? "valid" : "INVALID")}, {result.Issues.Length} issue(s)");
if (!result.IsValid || written != json || report != MaliArticle.Report)
{
    Console.Error.WriteLine("FAILED: the report did not survive a read and write in the trimmed app unchanged.");
    return 1;
}

// Kayes lies at latitude 14.4469; at 200 the reader must refuse the document, naming where.
var broken = json.Replace("14.4469", "200", StringComparison.Ordinal);
if (broken == json)
{
    Console.Error.WriteLine("FAILED: the Mali JSON no longer holds Kayes's latitude, so the refusal cannot be checked.");
    return 1;
}

try
{
    ConflictJson.Deserialize(broken);
    Console.Error.WriteLine("FAILED: a latitude of 200 was read.");
    return 1;
}
catch (ConflictJsonException exception)
{
    Console.WriteLine($"refused as expected: {exception.Message}");
}

// The invalid-document corpus: its manifest is parsed and each document must fail as it states.
foreach (var document in InvalidDocuments.All)
{
    string? pointer;
    try
    {
        var issues = ConflictJson.Deserialize(document.Json).Validate().Issues;
        pointer = issues.Length == 1 && issues[0].Code == document.ExpectedValidationCode ? issues[0].Path : null;
    }
    catch (ConflictJsonException exception)
    {
        pointer = exception.Kind == document.ExpectedReadError ? exception.JsonPointer : null;
    }

    if (pointer != document.ExpectedPointer)
    {
        Console.Error.WriteLine($"FAILED: the corpus document '{document.Name}' did not fail as it states.");
        return 1;
    }
}

Console.WriteLine($"refused as stated: the {InvalidDocuments.All.Length} documents of the invalid-document corpus");

// ConflictModel.Interop and CsvHelper under native AOT: an invented ACLED row and a UCDP GED row
// (UCDP, CC BY 4.0) read, written back byte for byte, and a latitude of 200 refused with its row and column.
const string AcledCsvText =
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp\n"
    + "FRE1,05 March 2024,2024,1,Political violence,Battles,Armed clash,Military Forces of Freedonia (2019-),,1,Northern Liberation Front,,2,12,,999,Western Africa,Freedonia,Alto Norte,Riberalta,,Puerto Claro,14.4469,-11.4411,1,Radio Freedonia,National,\"On 5 March 2024, a \"\"clash\"\",\nwith 4 dead.\",4,,1709856000\n";
const string UcdpCsvText =
    "id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id,conflict_new_id,conflict_name,dyad_dset_id,dyad_new_id,dyad_name,side_a_dset_id,side_a_new_id,side_a,side_b_dset_id,side_b_new_id,side_b,number_of_sources,source_article,source_office,source_date,source_headline,source_original,where_prec,where_coordinates,where_description,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,country_id,region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low,gwnoa,gwnob\n"
    + "448810,SYR-2022-2-16135-59,2022,1,Clear,2,16135,14803,SNA - SDF,16135,16135,SNA - SDF,7514,7514,SNA,6288,6288,SDF,1,\"\"\"SOHR,2022-09-09,By Turkish shooters | Civilian killed in northern Al-Raqqa countryside\"\"\",SOHR,2022-09-09,By Turkish shooters | Civilian killed in northern Al-Raqqa countryside,SOHR,2,Khaldiya village,vicinity of Al-Khalediyah village in Ain Eissa district,Ar Raqqah governorate,Tall Abyad district,36.418139,38.809811,POINT (38.809811 36.418139),181878,Syria,652,Middle East,1,1,2022-09-09,2022-09-09,0,0,1,0,1,1,1,,\n";
var acledRows = AcledCsv.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(AcledCsvText))).ToList();
var acledBack = new MemoryStream();
AcledCsv.Write(acledBack, acledRows, DatasetWriteOptions.MachineToMachine);
var ucdpRows = UcdpGedCsv.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(UcdpCsvText))).ToList();
var ucdpBack = new MemoryStream();
UcdpGedCsv.Write(ucdpBack, ucdpRows, DatasetWriteOptions.MachineToMachine);
if (acledRows.Count != 1 || acledRows[0].EventDate != new NodaTime.LocalDate(2024, 3, 5) || acledRows[0].Fatalities != 4
    || System.Text.Encoding.UTF8.GetString(acledBack.ToArray()) != AcledCsvText
    || ucdpRows.Count != 1 || ucdpRows[0].Best != 1 || System.Text.Encoding.UTF8.GetString(ucdpBack.ToArray()) != UcdpCsvText)
{
    Console.Error.WriteLine("FAILED: the ACLED and UCDP rows did not survive a read and write in the trimmed app unchanged.");
    return 1;
}

try
{
    var read = AcledCsv.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(AcledCsvText.Replace(",14.4469,", ",200,", StringComparison.Ordinal)))).Count();
    Console.Error.WriteLine($"FAILED: an ACLED latitude of 200 was read ({read} row).");
    return 1;
}
catch (DatasetFormatException exception) when (exception.RowNumber == 2 && exception.Column == "latitude")
{
    Console.WriteLine($"refused as expected: {exception.Message}");
}

// ConflictModel.Html under native AOT: the page is written by hand, with no reflection; its text must hold the article.
var html = ReportHtml.ToHtml(report);
if (!html.Contains("data-kind=\"attribution\"", StringComparison.Ordinal) || !html.Contains("Content-Security-Policy", StringComparison.Ordinal))
{
    Console.Error.WriteLine("FAILED: the HTML page of the Mali report has no highlighted attribution or no policy.");
    return 1;
}

Console.WriteLine($"OK: rendered the Mali report as HTML ({html.Length} characters).");

Console.WriteLine("OK: read and wrote ACLED and UCDP GED rows unchanged.");

// The STIX 2.1 export and read-back under native AOT: the Mali bundle reads back to the same report.
var bundle = StixBundleWriter.WriteToString(MaliArticle.Report);
var stix = StixBundleReader.Read(bundle);
if (stix.Report != MaliArticle.Report || !stix.Losses.IsEmpty || StixBundleWriter.Losses(MaliArticle.Report).IsEmpty)
{
    Console.Error.WriteLine("FAILED: the Mali report did not survive a STIX write and read in the trimmed app unchanged.");
    return 1;
}

Console.WriteLine($"OK: wrote the Mali report as a STIX bundle of {bundle.Length} characters and read it back unchanged.");
Console.WriteLine("OK: read, validated and wrote the Mali JSON unchanged.");
return 0;
