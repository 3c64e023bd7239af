using System;
using System.IO;
using System.Reflection;
using System.Text.Json;
using System.Linq;
using System.Text;
using ConflictModel.Fixtures;
using ConflictModel.Interop;
using ConflictModel.Interop.Acled;
using ConflictModel.Interop.Stix;
using ConflictModel.GeoJson;

namespace ConflictModel.PackageTests;

public sealed class PackageConsumerTests
{
    [Theory]
    [InlineData(typeof(ConflictReport), "ConflictModel")]
    [InlineData(typeof(MaliArticle), "ConflictModel.Fixtures")]
    [InlineData(typeof(AcledCsv), "ConflictModel.Interop")]
    [InlineData(typeof(GeoJsonExport), "ConflictModel.GeoJson")]
    public void Assemblies_ComeFromThePackedPackages_NotFromProjectReferences(Type type, string packageId)
    {
        // The deps file records, for each library the app loads, whether it came from a package or a project.
        using var deps = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "ConflictModel.PackageTests.deps.json")));
        var version = type.Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];
        var library = deps.RootElement.GetProperty("libraries").GetProperty($"{packageId}/{version}");

        Assert.Equal("package", library.GetProperty("type").GetString());
        Assert.Equal($"{packageId.ToLowerInvariant()}/{version}", library.GetProperty("path").GetString());
        Assert.Equal(packageId, type.Assembly.GetName().Name);
    }

    [Fact]
    public void AcledCsv_FromThePackage_ReadsAnInventedRowAndRefusesLatitude200()
    {
        const string Header = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp\n";
        const string Row = "FRE1,2024-03-05,2024,1,Political violence,Battles,Armed clash,Army of Freedonia,,1,Rebels,,2,12,,999,Western Africa,Freedonia,North,,,Puerto Claro,14.4469,-11.4411,1,Radio Freedonia,National,Invented.,4,,1709856000\n";

        var row = AcledCsv.Read(new MemoryStream(Encoding.UTF8.GetBytes(Header + Row))).Single();
        var error = Assert.Throws<DatasetFormatException>(() => AcledCsv.Read(new MemoryStream(Encoding.UTF8.GetBytes(Header + Row.Replace("14.4469", "200", StringComparison.Ordinal)))).ToList());

        Assert.Equal(SubEventType.ArmedClash, row.SubEventType);
        Assert.Equal("latitude", error.Column);
    }

    [Fact]
    public void Stix_FromThePackage_WritesTheMaliBundleAndReadsItBackEqual()
    {
        var bundle = StixBundleWriter.WriteToString(MaliArticle.Report);

        var read = StixBundleReader.Read(bundle);

        Assert.Equal(MaliArticle.Report, read.Report);
        Assert.True(read.Losses.IsEmpty);
        Assert.Contains($"\"{StixExtension.DefinitionId}\"", bundle, StringComparison.Ordinal);
    }

    [Fact]
    public void GeoJson_FromThePackage_PlacesKayesLongitudeFirst()
    {
        var map = GeoJsonExport.ToFeatureCollection(MaliArticle.Report);

        var kayes = map.Single(f => Equals(f.Attributes.GetOptionalValue("locationId"), "kayes"));
        Assert.Equal((-11.4445, 14.4469), (kayes.Geometry.Coordinate.X, kayes.Geometry.Coordinate.Y));
    }

    [Fact]
    public void MaliFixture_FromThePackage_ValidatesWithoutAnyIssue()
    {
        var result = MaliArticle.Report.Validate();

        Assert.True(result.Issues.IsEmpty, string.Join(Environment.NewLine, result.Issues));
    }

    [Fact]
    public void MaliFixture_FromThePackage_SerializesToItsCanonicalJsonAndReadsBackEqual()
    {
        var json = ConflictJson.Serialize(MaliArticle.Report, MaliArticle.CanonicalJsonOptions);

        Assert.Equal(MaliArticle.CanonicalJson, json);
        Assert.Equal(MaliArticle.Report, ConflictJson.Deserialize(json));
    }

    [Fact]
    public void InvalidDocuments_FromThePackage_EachFailsAsStated()
    {
        var files = Directory.GetFiles(Path.Combine(ReadmeSnippetTests.Root, "src", "ConflictModel.Fixtures", "Corpus", "invalid"), "*.json");
        Assert.Equal(files.Length, InvalidDocuments.All.Length);
        Assert.Empty(ConflictJson.Deserialize(InvalidDocuments.ValidBaseJson).Validate().Issues);
        foreach (var document in InvalidDocuments.All)
        {
            if (document.Stage == InvalidDocumentStage.Read)
            {
                var error = Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize(document.Utf8Json.Span));
                Assert.Equal(document.ExpectedReadError, error.Kind);
                Assert.Equal(document.ExpectedPointer, error.JsonPointer);
            }
            else
            {
                var issue = Assert.Single(ConflictJson.Deserialize(document.Utf8Json.Span).Validate().Issues);
                Assert.Equal(document.ExpectedValidationCode, issue.Code);
                Assert.Equal(document.ExpectedPointer, issue.Path);
            }
        }
    }

    [Fact]
    public void MaliArticleText_FromThePackage_IsTheSeedByteForByte()
    {
        Assert.Equal("bcc5e17ad75acef98d60254ffb3f5e953cd90b664717333f705e7a24d3d0ae3b", Sha256Digest.Of(MaliArticle.Text).Hex);
    }
}
