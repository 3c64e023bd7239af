using System;
using System.Collections.Immutable;

namespace ConflictModel;

/// <summary>The members of <see cref="ConflictReport"/> in the format, <c>schemaVersion</c> first.</summary>
internal enum ConflictReportMember
{
    SchemaVersion,
    Sources,
    Actors,
    Locations,
    Engagements,
    Claims,
    Attributions,
    Mentions,
    DatasetFields,
}

/// <content>Reader of the report, the root of a document.</content>
internal static partial class ModelReader
{
    private static readonly MemberTable ConflictReportMembers = MemberTable.Create("a report", ConflictReportMember.SchemaVersion);

    /// <summary>Reads a whole document: a report, and nothing after it.</summary>
    public static ConflictReport ReadDocument(ReadOnlySpan<byte> utf8Json, ReadSession session)
    {
        var cursor = new JsonCursor(utf8Json, session);
        cursor.Start();
        var report = ReadReport(ref cursor);
        cursor.End();
        return report;
    }

    public static ConflictReport ReadReport(ref JsonCursor c)
    {
        var scope = c.BeginObject(ConflictReportMembers);
        CheckSchemaVersion(ref c);
        ImmutableArray<Source> sources = default;
        ImmutableArray<Actor> actors = default;
        ImmutableArray<Location> locations = default;
        ImmutableArray<Engagement> engagements = default;
        ImmutableArray<Claim> claims = default;
        ImmutableArray<SourceAttribution> attributions = default;
        ImmutableArray<Mention> mentions = default;
        ImmutableArray<DatasetField> datasetFields = default;
        while (c.NextMember(ref scope, out var member))
        {
            switch ((ConflictReportMember)member)
            {
                case ConflictReportMember.SchemaVersion:
                    // Already read and checked by CheckSchemaVersion.
                    break;
                case ConflictReportMember.Sources:
                    sources = c.ReadArray(ReadSource);
                    break;
                case ConflictReportMember.Actors:
                    actors = c.ReadArray(ReadActor);
                    break;
                case ConflictReportMember.Locations:
                    locations = c.ReadArray(ReadLocation);
                    break;
                case ConflictReportMember.Engagements:
                    engagements = c.ReadArray(ReadEngagement);
                    break;
                case ConflictReportMember.Claims:
                    claims = c.ReadArray(ReadClaim);
                    break;
                case ConflictReportMember.Attributions:
                    attributions = c.ReadArray(ReadSourceAttribution);
                    break;
                case ConflictReportMember.Mentions:
                    mentions = c.ReadArray(ReadMention);
                    break;
                case ConflictReportMember.DatasetFields:
                    datasetFields = c.ReadArray(ReadDatasetField);
                    break;
            }
        }

        try
        {
            return new ConflictReport(sources, actors, locations, engagements, claims, attributions, mentions, datasetFields);
        }
        catch (ArgumentException e)
        {
            throw c.Refused(in scope, e);
        }
    }

    /// <summary>
    /// Finds and checks <c>schemaVersion</c> before anything else is read, wherever it stands:
    /// a newer major version is refused, and a newer minor version is read tolerantly, because a
    /// minor version only adds optional members.
    /// </summary>
    private static void CheckSchemaVersion(ref JsonCursor c)
    {
        var current = SchemaVersion.Current;
        if (!c.TryFindMember("schemaVersion"u8, "schemaVersion", out var found))
        {
            throw c.Error(ConflictJsonErrorKind.MissingMember, $"A report needs the member 'schemaVersion' (\"{current}\"), which is missing.");
        }

        var text = found.ReadString();
        if (!SchemaVersion.TryParse(text, out var version))
        {
            throw found.Error(ConflictJsonErrorKind.InvalidValue, $"'{MessageQuote.Of(text)}' is not a schema version; a schema version is \"major.minor\", such as \"{current}\".");
        }

        if (version.Major != current.Major)
        {
            throw found.Error(
                ConflictJsonErrorKind.UnsupportedSchemaVersion,
                version.Major > current.Major
                    ? $"The document has schema version {version}, of a newer major version; this library reads major version {current.Major} (up to {current}). Use a newer ConflictModel to read it."
                    : $"The document has schema version {version}; this library reads major version {current.Major} (up to {current}).");
        }

        c.Session.Pop();
        if (version.Minor > current.Minor)
        {
            c.Session.Mode = ConflictJsonReadMode.Tolerant;
        }
    }
}
