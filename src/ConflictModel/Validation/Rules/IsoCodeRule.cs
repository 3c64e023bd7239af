namespace ConflictModel;

/// <summary>
/// CM0701–CM0704: ISO 3166 codes exist in the embedded table, and a location's code is of the level
/// its kind calls for.
/// </summary>
/// <remarks>
/// The table is a dated snapshot and ISO 3166-2 changes several times a year, so a subdivision code
/// missing from it is a warning, and one of a country for which the table lists no subdivision is
/// not checked at all. ISO 3166-1 changes rarely: an unknown country code is an error.
/// </remarks>
internal sealed class IsoCodeRule : BuiltInRule
{
    public IsoCodeRule()
        : base(
            ValidationCodes.UnknownCountryCode,
            ValidationCodes.UserAssignedCountryCode,
            ValidationCodes.UnknownSubdivisionCode,
            ValidationCodes.IsoCodeLevelMismatch)
    {
    }

    public override void Validate(ReportValidationContext context)
    {
        var report = context.Report;
        for (var i = 0; i < report.Actors.Length; i++)
        {
            if (report.Actors[i].Country is { } country)
            {
                CheckExists(context, country, new MemberPath(EntityKind.Actor, i, JsonName.Of(ActorMember.Country)), report.Actors[i].Id.Value);
            }
        }

        for (var i = 0; i < report.Locations.Length; i++)
        {
            var location = report.Locations[i];
            if (location.IsoCode is not { } code)
            {
                continue;
            }

            var path = new MemberPath(EntityKind.Location, i, JsonName.Of(LocationMember.IsoCode));
            CheckExists(context, code, path, location.Id.Value);
            var expected = location.Kind switch
            {
                LocationKind.Country when code.IsSubdivision => "an ISO 3166-1 alpha-2 country code, not a subdivision code",
                LocationKind.FirstOrderDivision or LocationKind.SecondOrderDivision when code.IsCountry => "an ISO 3166-2 subdivision code, not a country code",
                LocationKind.MultiCountryRegion => "no ISO 3166 code: ISO 3166 codes name one country or one subdivision",
                _ => null,
            };
            if (expected is not null)
            {
                Report(context, ValidationCodes.IsoCodeLevelMismatch, path.ToString(), location.Id.Value, $"The location is a {location.Kind} with the code '{code}', but a {location.Kind} takes {expected}. Correct the code or the location's kind.");
            }
        }
    }

    private static void CheckExists(ReportValidationContext context, Iso3166Code code, MemberPath path, string entityId)
    {
        var country = code.Value[..2];
        if (Iso3166Table.IsUserAssigned(country))
        {
            Report(context, ValidationCodes.UserAssignedCountryCode, path.ToString(), entityId, $"'{country}' is in a range ISO 3166-1 leaves to users (AA, QM-QZ, XA-XZ, ZZ), so other systems may read it differently (XK for Kosovo is the common one). Keep it only if every reader of the report agrees on its meaning.");
        }
        else if (!Iso3166Table.IsCountry(country))
        {
            Report(context, ValidationCodes.UnknownCountryCode, path.ToString(), entityId, $"'{country}' is not an ISO 3166-1 alpha-2 country code. Use the country's two-letter code, such as 'ML' for Mali or 'SN' for Senegal.");
        }
        else if (code.IsSubdivision && Iso3166Table.HasSubdivisions(country) && !Iso3166Table.IsSubdivision(code.Value))
        {
            Report(context, ValidationCodes.UnknownSubdivisionCode, path.ToString(), entityId, $"'{code}' is not among the ISO 3166-2 subdivision codes of '{country}' in the embedded table (ISO 3166-2 as of the table's date). Check the code against the current ISO 3166-2 list; if it is newer than the table, lower this code's severity.");
        }
    }
}
