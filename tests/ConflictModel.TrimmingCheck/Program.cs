using System;
using System.IO;
using ConflictModel;
using ConflictModel.Fixtures;

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
Console.WriteLine("OK: read, validated and wrote the Mali JSON unchanged.");
return 0;
